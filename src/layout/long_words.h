// Words wider than the line (issue 11 item 8): a Latin word, a URL or a run of digits
// with no legal break inside that a narrow measure cannot hold, and how to cut one.
#pragma once

#include <vector>

#include "layout/linebreak.h"
#include "layout/paragraph.h"

namespace jianli::layout {

// The stretches between legal breaks (allowed, penalized, hard, or a hyphenation point)
// whose natural width is more than `width`, in order.
std::vector<GlyphRange> words_wider_than(const Paragraph& p, double width);

// `word` cut into the fewest pieces no wider than `width` (one glyph wider than the line
// is a piece of its own), their widths as even as the glyphs allow: a 2.3-line word is
// three pieces of 0.77 lines, not two full lines and a scrap. A cut goes where an
// emergency break is allowed (B6) when one is near, anywhere otherwise.
std::vector<GlyphRange> even_pieces(const Paragraph& p, GlyphRange word, double width);

}  // namespace jianli::layout
