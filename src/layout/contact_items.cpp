#include "layout/contact_items.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "text/chars.h"
#include "text/utf8.h"

namespace jianli::layout {
namespace {

// Separators between the items of a contact line, in kinds from the strongest: a line is
// cut at the strongest kind it has, so that "Manchester, UK&emsp;📞 07700 900 652" keeps its
// city whole while "1990年，Email：…" is still cut at its comma. The wide spaces (U+3000,
// `&emsp;`, `&ensp;`) are how many Chinese résumés part their contact items; uncut, the side
// column wrapped "139-2688-0415 ✉ / hejingwen@example.cn" with the icon left at a line end.
// A dash with a space each side parts items as a bar does (pandoc's "engineer --- Edinburgh,
// Scotland --- …"); cut at its commas instead, corpus 09's side column read "Scotland —" on
// a line of its own and its phone number broken after "+44".
const std::vector<std::vector<std::string_view>> kSeparatorKinds = {
    {"｜", "|", "·", " — ", " – ", " - ", "\u3000", "\u2003", "\u2002"}, {"；"}, {"，", ", "}};

// Spaces at an item's ends are dropped when it is set (collect), so they may stay; a blank
// span is kept out of an item only where it would start one, since inside one it parts an
// icon from its text.
bool blank(std::string_view s) { return s.find_first_not_of(" \t\n") == std::string::npos; }

// A middle dot with text on both sides joins a phrase or a name (嵌入式软件工程师·八年经验,
// 马丁·路德), as Chinese writes it; between items it stands apart, " · ".
bool joins_phrase(std::string_view text, size_t at, size_t length) {
  return text.substr(at, length) == "·" && at > 0 && at + length < text.size() &&
         text[at - 1] != ' ' && text[at + length] != ' ';
}

// The strongest kind of separator that cuts the line somewhere; none: an empty list.
const std::vector<std::string_view>& separators_of(const model::Inlines& line) {
  static const std::vector<std::string_view> none;
  for (const std::vector<std::string_view>& kind : kSeparatorKinds)
    for (const model::Span& span : line) {
      if (span.image || !span.link.empty()) continue;
      for (std::string_view mark : kind)
        for (size_t at = span.text.find(mark); at != std::string::npos;
             at = span.text.find(mark, at + mark.size()))
          if (!joins_phrase(span.text, at, mark.size())) return kind;
    }
  return none;
}

// Adds `span` to the item being cut; a blank one that would start it goes with the
// separator before it instead (none: the line's start, where it is dropped).
void add_text(std::vector<ContactItem>& items, model::Span span) {
  if (!blank(span.text) || !items.back().text.empty())
    items.back().text.push_back(std::move(span));
  else if (items.size() > 1)
    items[items.size() - 2].separator.push_back(std::move(span));
}

// The bytes of white space (&nbsp; and the wide spaces too) at the text's start, or end.
size_t blank_head(std::string_view text) {
  size_t n = 0;
  while (n < text.size()) {
    const std::string_view c = text::first_code_points(text.substr(n), 1);
    if (c.empty() || !text::is_whitespace(text::first_code_point(c))) break;
    n += c.size();
  }
  return n;
}
size_t blank_tail(std::string_view text) {
  size_t end = text.size();
  while (end > 0) {
    const size_t start = text::code_point_start(text, end - 1);
    if (!text::is_whitespace(text::first_code_point(text.substr(start, end - start)))) break;
    end = start;
  }
  return text.size() - end;
}

// Moves the white space at an item's ends into the separators beside it: a line set from
// items starts and ends with text, where "&nbsp;&nbsp;|&nbsp;&nbsp;" (corpus 13) had left
// two no-break spaces indenting the line after a break.
void shed_blank_ends(std::vector<ContactItem>& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    model::Inlines& text = items[i].text;
    while (!text.empty() && !text.front().image) {
      const size_t n = blank_head(text.front().text);
      if (n == 0) break;
      model::Span blank = text.front();
      blank.text = blank.text.substr(0, n);
      if (i > 0) items[i - 1].separator.push_back(std::move(blank));
      text.front().text.erase(0, n);
      if (text.front().text.empty()) text.erase(text.begin());
    }
    while (!text.empty() && !text.back().image) {
      const size_t n = blank_tail(text.back().text);
      if (n == 0) break;
      model::Span blank = text.back();
      blank.text = blank.text.substr(blank.text.size() - n);
      items[i].separator.insert(items[i].separator.begin(), std::move(blank));
      text.back().text.resize(text.back().text.size() - n);
      if (text.back().text.empty()) text.pop_back();
    }
  }
}

}  // namespace

// Linear in the line's length: each separator's next place is found once and kept until
// the cut passes it (a line of 100,000 items took 69 s when every cut searched afresh).
std::vector<ContactItem> contact_items(const model::Inlines& line) {
  const std::vector<std::string_view>& separators = separators_of(line);
  std::vector<ContactItem> items(1);
  std::vector<size_t> next(separators.size());  // each separator's next place at or after `done`
  for (const model::Span& span : line) {
    if (span.image) {  // an icon goes with the item it stands before
      items.back().text.push_back(span);
      continue;
    }
    std::string_view text = span.text;
    model::Span style = span;  // copied once without its text, for each piece's span
    style.text = {};
    auto piece = [&](size_t from, size_t length) {
      model::Span cut = style;
      cut.text = text.substr(from, length);
      return cut;
    };
    size_t done = 0;
    for (size_t i = 0; i < separators.size(); ++i) next[i] = text.find(separators[i]);
    while (span.link.empty()) {
      size_t at = std::string_view::npos, which = 0;
      for (size_t i = 0; i < separators.size(); ++i) {
        if (next[i] != std::string_view::npos && next[i] < done)
          next[i] = text.find(separators[i], done);
        if (next[i] < at) at = next[i], which = i;
      }
      if (at == std::string_view::npos) break;
      const size_t len = separators[which].size();
      if (joins_phrase(text, at, len)) {
        next[which] = text.find(separators[which], at + len);
        continue;
      }
      add_text(items, piece(done, at - done));
      items.back().separator.push_back(piece(at, len));
      items.emplace_back();
      done = at + len;
    }
    add_text(items, piece(done, std::string_view::npos));
  }
  shed_blank_ends(items);
  // An empty item (two separators in a row, "　　") hands its separator to the item before.
  std::vector<ContactItem> kept;
  for (ContactItem& item : items) {
    if (!item.text.empty())
      kept.push_back(std::move(item));
    else if (!kept.empty())
      for (model::Span& span : item.separator) kept.back().separator.push_back(std::move(span));
  }
  if (!kept.empty()) kept.back().separator.clear();  // nothing follows it on the line
  return kept;
}

bool parted_by_blanks(const std::vector<ContactItem>& items) {
  if (items.size() < 2) return false;
  for (size_t i = 0; i + 1 < items.size(); ++i)
    for (const model::Span& span : items[i].separator)
      for (char32_t c : text::to_utf32(span.text))
        if (!text::is_whitespace(c)) return false;
  return true;
}

std::vector<size_t> balanced_lines(const std::vector<double>& widths, double separator,
                                   double limit) {
  // Items packed in order into lines of at most `cap`, each line as full as it goes: the
  // fewest lines that cap allows, so fewer or as many the wider the cap.
  auto pack = [&](double cap) {
    std::vector<size_t> starts;
    double width = 0;
    for (size_t i = 0; i < widths.size(); ++i) {
      if (starts.empty() || width + separator + widths[i] > cap) {
        starts.push_back(i);
        width = widths[i];
      } else {
        width += separator + widths[i];
      }
    }
    return starts;
  };
  const size_t fewest = pack(limit).size();
  // The narrowest cap that still needs no more lines, to a hundredth of a point.
  double low = 0, high = limit;
  while (high - low > 0.01) {
    const double mid = (low + high) / 2;
    (pack(mid).size() <= fewest ? high : low) = mid;
  }
  return pack(high);
}

}  // namespace jianli::layout
