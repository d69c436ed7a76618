// Step 3 of setting a paragraph: choosing where its lines end.
#pragma once

#include <vector>

#include "layout/paragraph.h"

namespace jianli::layout {

struct LineSpan {
  size_t begin = 0, end = 0;  // glyph indices, end exclusive
  bool last = false;          // ends the paragraph or a hard break: not justified
};

// The natural width of glyphs [begin, end) set as one line: line-edge blanks
// dropped (P2), the junctions inside counted, shrink not applied.
double natural_width(const Paragraph& p, size_t begin, size_t end);

// First fit: each line takes as much as fits `width` (after shrinking Han–Latin
// gaps), ending at the last allowed break; an emergency break only when no
// allowed one fits, and a cut anywhere when neither does (B6). Never overflows
// unless a single glyph is wider than the line.
std::vector<LineSpan> break_lines(const Paragraph& p, double width);

}  // namespace jianli::layout
