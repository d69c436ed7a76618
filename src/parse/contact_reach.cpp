#include "parse/contact_reach.h"

#include <algorithm>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace jianli::parse {
namespace {

bool is_blank(char32_t c) { return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x3000; }

bool in_phone_number(char32_t c) {
  return (c >= U'0' && c <= U'9') || c == U' ' || c == U'+' || c == U'-' || c == U'(' || c == U')';
}

bool is_item_separator(char32_t c) {
  return c == U'|' || c == U'｜' || c == U'·' || c == 0x3000 || c == 0x2003;
}

}  // namespace

bool lists_details(const model::Inlines& line) {
  constexpr size_t kLongestItem = 24, kLongestLabel = 6;
  const std::u32string text = text::to_utf32(model::plain_text(line));
  size_t items = 0;
  for (size_t begin = 0; begin <= text.size();) {
    size_t end = begin;
    while (end < text.size() && !is_item_separator(text[end])) ++end;
    size_t first = begin, last = end;
    while (first < last && is_blank(text[first])) ++first;
    while (last > first && is_blank(text[last - 1])) --last;
    if (last > first) {
      const size_t colon = text.find(U'：', first);
      if (last - first > kLongestItem || colon >= last || colon == first ||
          colon - first > kLongestLabel || colon + 1 == last)
        return false;
      ++items;
    }
    begin = end + 1;
  }
  return items > 0;
}

bool reaches_the_person(const model::Inlines& line) {
  std::u32string text;
  std::vector<bool> reaching;  // per character of `text`
  for (const model::Span& span : line) {
    const std::u32string piece = text::to_utf32(span.text);
    text += piece;
    reaching.insert(reaching.end(), piece.size(), !span.link.empty());
    if (span.image && span.link.empty()) {  // an icon: itself, not its alt text ("the logo")
      text += U'\uFFFC';
      reaching.push_back(true);
    }
  }
  // An e-mail address: the word around an '@'.
  for (size_t at = text.find(U'@'); at != std::u32string::npos; at = text.find(U'@', at + 1)) {
    size_t begin = at, end = at;
    while (begin > 0 && !is_blank(text[begin - 1])) --begin;
    while (end < text.size() && !is_blank(text[end])) ++end;
    std::fill(reaching.begin() + begin, reaching.begin() + end, true);
  }
  // A phone number.
  for (size_t begin = 0; begin < text.size();) {
    size_t end = begin, digits = 0;
    for (; end < text.size() && in_phone_number(text[end]); ++end)
      digits += text[end] >= U'0' && text[end] <= U'9';
    if (digits >= 9) std::fill(reaching.begin() + begin, reaching.begin() + end, true);
    begin = end + 1;
  }
  size_t counted = 0, reached = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (is_blank(text[i])) continue;
    ++counted;
    reached += reaching[i];
  }
  return reached > 0 && 2 * reached >= counted;
}

}  // namespace jianli::parse
