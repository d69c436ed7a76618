// A paragraph prepared for line breaking: each visible character as a glyph with
// its face and width, and between each pair of glyphs a junction that says how
// wide the space there is, how far it may stretch or shrink, and whether a line
// may break there (../shared/docs/cjk-typesetting.md §1–5).
#pragma once

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

struct Glyph {
  char32_t cp = 0;
  int font = 0;                    // PageSet font index
  double size = 10;                // pt
  double advance = 0;              // the face's advance, pt
  double left_cut = 0;             // blank removed on the left (P1), pt
  double right_cut = 0;            // blank removed on the right (P1), pt
  double start_trim = 0;           // blank an opening mark drops at a line start (P2), pt
  double end_trim = 0;             // blank a mark drops at a line end (P2), pt
  double ascent = 0, descent = 0;  // pt, for link areas
  GlyphClass cls = GlyphClass::Symbol;
  model::Color color;
  int link = -1;  // index into Paragraph::links

  double width() const { return advance - left_cut - right_cut; }
};

// What lies between glyph k and glyph k+1.
struct Junction {
  text::BreakClass brk = text::BreakClass::Prohibited;
  double width = 0;     // a space or a Han–Latin gap, pt; dropped at a line break
  double stretch = 0;   // how much it may grow before anything else does (J2 step 1), pt
  double shrink = 0;    // how much it may give when a line is tight (J1), pt
  bool space = false;   // a U+0020 stood here (kept in the PDF's text)
  bool spread = false;  // may take an equal share of what is left (J2 step 2)
};

struct Paragraph {
  std::vector<Glyph> glyphs;
  std::vector<Junction> junctions;  // junctions[k] follows glyphs[k]; one fewer than glyphs
  std::vector<std::string> links;
};

}  // namespace jianli::layout
