// A list marker as the layout hangs it before an item (layout/flow.cpp add_marker): a
// short run, the first of its line, its right edge a third of an em before the text.
// Read back from the display list by the plain-text twin and by `jianli check`.
#pragma once

#include <string_view>

namespace jianli::text {

// "•", "◦", "–", "1.", "12)", "a.": at most four characters, none a space or Han.
inline bool looks_like_list_marker(std::u32string_view text) {
  if (text.empty() || text.size() > 4) return false;
  for (char32_t c : text)
    if (c == U' ' || c == U'\u3000' || (c >= 0x2E80 && c <= 0x9FFF)) return false;
  return true;
}

// A marker with no letter or digit: a bullet, which plain text writes as "- ".
inline bool is_bullet(std::u32string_view text) {
  if (!looks_like_list_marker(text)) return false;
  for (char32_t c : text)
    if ((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))
      return false;
  return true;
}

}  // namespace jianli::text
