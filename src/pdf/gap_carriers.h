// A gap between two glyphs that no typed space explains (the quarter em between Han and
// Latin, S1 of cjk-typesetting.md) is positioning, not a character. poppler reads it as no
// space inside an ActualText span (actual_text.h), but MuPDF takes any gap of 0.15 em for
// a space, measured from where the glyph's advance *in the font program* leaves the pen,
// and pypdf 3 any TJ adjustment of half a space's width: both read "1990 年" for "1990年"
// (docs/extraction.md).
//
// So such a gap inside one element's text is carried by a glyph beside it. A TrueType glyph is
// drawn as a copy of itself (a composite glyph added to the subset, font_subset.h) whose advance is
// a quarter em wider: the glyph before the gap carries it after its outline (Trailing), or the
// glyph after it carries it before (Leading: the outline moved right by as much). Read from the
// font program or from /W, the pen then ends where the next glyph starts, give or take the
// line's stretch or shrink (under 0.14 em). A CFF glyph cannot be copied this way, so a gap
// between two CFF glyphs stays a gap.
#pragma once

#include <cstdint>
#include <vector>

#include "model/page.h"

namespace jianli::pdf {

enum class GapCarrier : uint8_t {
  None = 0,
  Leading = 1,   // the gap before the glyph is part of it
  Trailing = 2,  // the gap after the glyph is part of it
  Both = 3,      // a Latin letter alone between two Han characters
};

constexpr bool carries(GapCarrier c, GapCarrier part) {
  return (static_cast<uint8_t>(c) & static_cast<uint8_t>(part)) != 0;
}

// The gap a carrier adds on each side it carries, thousandths of an em of its own size.
constexpr int kCarriedGap = 250;

// How far the glyph's origin is drawn left of where the layout put its outline, pt.
inline double leading_shift(GapCarrier c, double size) {
  return carries(c, GapCarrier::Leading) ? kCarriedGap * size / 1000 : 0;
}

// What the decision needs to know of each PageSet font.
class FontFacts {
 public:
  virtual ~FontFacts() = default;
  // The glyph's advance, thousandths of an em, as /W will say.
  virtual int advance(int font, uint32_t glyph) = 0;
  // The font's outlines are TrueType, so a glyph can be copied with another advance.
  virtual bool copyable(int font) = 0;
};

// For each glyph of `runs` (a page's, in drawing order), whether it carries a gap. Only a gap
// inside one element's text is carried, a link's text being its paragraph's: `structure` is
// the PageSet's, which the runs' `element` index.
std::vector<GapCarrier> gap_carriers(const std::vector<model::TextRun>& runs,
                                     const std::vector<model::StructureElement>& structure,
                                     FontFacts& fonts);

}  // namespace jianli::pdf
