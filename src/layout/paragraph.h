// A paragraph prepared for line breaking: each visible character as a glyph with
// its face and width, and between each pair of glyphs a junction that says how
// wide the space there is, how far it may stretch or shrink, and whether a line
// may break there (../shared/docs/cjk-typesetting.md §1–5).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/style.h"
#include "text/breaks.h"

namespace jianli::layout {

enum class GlyphClass : uint8_t {
  Han,     // ideographs
  Mark,    // full-width punctuation set in the Chinese face
  Latin,   // letters, digits and the punctuation of Latin text
  Symbol,  // anything else (bullets, emoji …)
};

// One character as set. Kept small (32 bytes): a paragraph may hold millions.
struct Glyph {
  char32_t cp = 0;
  int32_t link = -1;  // index into Paragraph::links
  uint16_t font = 0;  // PageSet font index
  GlyphClass cls = GlyphClass::Symbol;
  float advance = 0;     // the face's advance, pt
  float left_cut = 0;    // blank removed on the left (P1), pt
  float right_cut = 0;   // blank removed on the right (P1), pt
  float start_trim = 0;  // blank an opening mark drops at a line start (P2), pt
  float end_trim = 0;    // blank a mark drops at a line end (P2), pt

  double width() const { return double(advance) - left_cut - right_cut; }
};

// What lies between glyph k and glyph k+1.
struct Junction {
  text::BreakClass brk = text::BreakClass::Prohibited;
  bool space = false;   // a U+0020 stood here (kept in the PDF's text)
  bool spread = false;  // may take an equal share of what is left (J2 step 2)
  float width = 0;      // a space or a Han–Latin gap, pt; dropped at a line break
  float stretch = 0;    // how much it may grow before anything else does (J2 step 1), pt
  float shrink = 0;     // how much it may give when a line is tight (J1), pt
  float hyphen = 0;     // > 0: a hyphenation point; the hyphen's width a break here adds
};

// Ascent and descent of a face at the paragraph's size, for link areas.
struct FontMetrics {
  float ascent = 0, descent = 0;  // pt, both positive
};

struct Paragraph {
  std::vector<Glyph> glyphs;
  std::vector<Junction> junctions;  // junctions[k] follows glyphs[k]; one fewer than glyphs
  std::vector<std::string> links;
  double size = 10;                  // pt: one paragraph, one style
  model::Color color, link_color;    // of plain text and of links
  std::vector<FontMetrics> metrics;  // by PageSet font index

  const model::Color& color_of(const Glyph& g) const { return g.link >= 0 ? link_color : color; }
};

}  // namespace jianli::layout
