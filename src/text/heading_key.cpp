#include "text/heading_key.h"

#include <unicode/uchar.h>

#include "text/chars.h"
#include "text/utf8.h"

namespace jianli::text {
namespace {

bool is_word_char(char32_t cp) { return u_isalnum(static_cast<UChar32>(cp)); }

bool is_space(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)); }

// Numerals that count sections: 1, 2 …, 一, 二 …, Ⅰ, Ⅱ …
bool is_numeral(char32_t cp) {
  return (cp >= U'0' && cp <= U'9') || (cp >= 0x2160 && cp <= 0x217F) ||
         std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
}

// "一、", "2.", "3)", "Ⅳ．" before the heading's words.
std::u32string_view drop_numbering(std::u32string_view s) {
  size_t n = 0;
  while (n < s.size() && is_numeral(s[n])) ++n;
  if (n == 0 || n == s.size()) return s;
  if (std::u32string_view(U"、.．)）:：").find(s[n]) == std::u32string_view::npos) return s;
  s.remove_prefix(n + 1);
  while (!s.empty() && !is_word_char(s.front())) s.remove_prefix(1);
  return s;
}

}  // namespace

std::string heading_key(std::string_view text) {
  std::u32string wide = to_utf32(text);
  std::u32string_view s = wide;
  while (!s.empty() && !is_word_char(s.front()) && !is_numeral(s.front())) s.remove_prefix(1);
  s = drop_numbering(s);
  while (!s.empty() && !is_word_char(s.back())) s.remove_suffix(1);

  std::u32string key;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == U'&') {  // "Honors & Awards" is "honors and awards"
      key += U"and";
      continue;
    }
    if (!is_space(s[i])) {
      key += static_cast<char32_t>(u_tolower(static_cast<UChar32>(s[i])));
      continue;
    }
    while (i + 1 < s.size() && is_space(s[i + 1])) ++i;  // a run of spaces is one
    bool beside_han = is_han(key.back()) || (i + 1 < s.size() && is_han(s[i + 1]));
    if (!beside_han) key += U' ';
  }
  return to_utf8(key);
}

}  // namespace jianli::text
