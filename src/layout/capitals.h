// Latin capitals for section headings: the case mapping and the letter-spacing
// that capitals want. Chinese is left alone.
#pragma once

#include "layout/paragraph.h"
#include "text/chars.h"

namespace jianli::layout {

// Capital of a Latin letter (ASCII and Latin-1), or the character itself.
inline char32_t latin_capital(char32_t c) {
  if (c >= U'a' && c <= U'z') return c - 32;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  return c;
}

inline bool latin_lower(char32_t c) { return latin_capital(c) != c; }

// Adds `spacing` pt between adjacent Latin letters and digits (not at spaces).
inline void track_letters(Paragraph& p, double spacing) {
  if (spacing <= 0) return;
  for (size_t k = 0; k < p.junctions.size(); ++k) {
    bool letters = text::is_latin_alnum(p.glyphs[k].cp) && text::is_latin_alnum(p.glyphs[k + 1].cp);
    if (letters && !p.junctions[k].space && !p.junctions[k].fixed)
      p.junctions[k].width += static_cast<float>(spacing);
  }
}

}  // namespace jianli::layout
