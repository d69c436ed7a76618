// Embedded fonts as the PDF stores them (the subset, its streams deflated), kept between
// renders in one process: a --watch save or a batch of variants usually draws the same
// glyphs as a render before, and subsetting plus compressing the fonts was a third of a
// warm render of the seed (perf: hb-subset 15 %, zlib on the font programs about half of
// its 19 %, the kernel mapping the font files).
#pragma once

#include <memory>
#include <string>

#include "pdf/font_subset.h"
#include "pdf/font_usage.h"

namespace jianli::pdf {

// A font's streams, deflated (deflate.h): the program (FontFile2 or FontFile3), the
// CIDToGIDMap (TrueType only, else empty) and the ToUnicode CMap.
struct FontStreams {
  std::string program, cid_to_gid, to_unicode;
};

struct PreparedFont {
  SubsetFont subset;
  FontStreams streams;
};

// The font with exactly these glyph uses, made (subset_font, then font_streams) or found
// among the last few made for the same file, unchanged on disk since (size and time). A
// found font is the very value a cold render makes, so the PDF's bytes do not depend on
// what was rendered before. Safe to call from several threads at once.
std::shared_ptr<const PreparedFont> prepared_font(const EmbeddedFont& font);

}  // namespace jianli::pdf
