// Step 3 of setting a paragraph: choosing where its lines end.
#pragma once

#include <string>
#include <vector>

#include "layout/paragraph.h"
#include "model/style.h"

namespace jianli::layout {

struct LineSpan {
  size_t begin = 0, end = 0;  // glyph indices, end exclusive
  bool last = false;          // ends the paragraph or a hard break: not justified
};

using model::LineBreaking;  // a layout option, so the layout spec names it

// Glyphs [begin, end) of a paragraph.
struct GlyphRange {
  size_t begin = 0, end = 0;
};

// The natural width of glyphs [begin, end) set as one line: line-edge blanks
// dropped (P2), the junctions inside counted, shrink not applied.
double natural_width(const Paragraph& p, size_t begin, size_t end);

// The text a line of `p` stands for, as typed (UTF-8): every character of its glyphs' clusters.
std::string line_text(const Paragraph& p, const LineSpan& span);

// Breaks a paragraph into lines no wider than `width`. Allowed breaks are used
// first; an emergency break only when no allowed one fits, and a cut anywhere
// when neither does (B6). A line overflows only when one glyph is wider than it.
// A stretch with no legal break that is wider than the line (a long word or URL) is cut
// on its own (issue 11 item 8): the text before it is set by the normal rules, ending at
// the legal break before it, and its pieces are as even as the measure allows, the
// fewest that fit.
// Total fit costs a line that justifying would open past `limits` as very loose, so that it
// avoids lines set ragged (issue 11 item 1).
std::vector<LineSpan> break_lines(const Paragraph& p, double width,
                                  LineBreaking how = LineBreaking::TotalFit,
                                  const model::JustifyLimits& limits = {});
// The same with the first `narrow_lines` lines no wider than `narrow`, the rest no wider
// than `width`: text beside a floated image (issue 10). The narrow lines end where breaking
// the whole paragraph at `narrow` ends them; what follows is broken again at `width`.
std::vector<LineSpan> break_lines(const Paragraph& p, double narrow, size_t narrow_lines,
                                  double width, LineBreaking how,
                                  const model::JustifyLimits& limits);

// The two algorithms, for tests and benchmarks, on the whole paragraph or a range of it
// (whose end ends the last line).
std::vector<LineSpan> break_first_fit(const Paragraph& p, double width);
std::vector<LineSpan> break_first_fit(const Paragraph& p, GlyphRange range, double width);
// Empty when some stretch of the paragraph has no legal break that fits.
std::vector<LineSpan> break_total_fit(const Paragraph& p, double width,
                                      const model::JustifyLimits& limits = {});
std::vector<LineSpan> break_total_fit(const Paragraph& p, GlyphRange range, double width,
                                      const model::JustifyLimits& limits = {});

}  // namespace jianli::layout
