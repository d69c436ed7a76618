// The PDF objects of an embedded font: the Type0 font, its CIDFont with /W widths, the
// descriptor with the subset program, and a ToUnicode CMap that gives back the text each
// code stands for. libharu never sees them (page_drawer.h says why); mend_pdf adds them.
#pragma once

#define POINTERHOLDER_TRANSITION 4  // qpdf 11: std::shared_ptr, not PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>
#include <vector>

#include "pdf/font_cache.h"
#include "pdf/font_subset.h"

namespace jianli::pdf {

// A ToUnicode CMap (PDF 32000 9.10.3) for the codes: bfchar entries in UTF-16BE (surrogate
// pairs beyond the BMP, several units for a ligature), runs of consecutive codes and
// characters folded into bfranges, at most 100 entries per block as the CMap
// specification requires. Codes with no text get no entry.
std::string to_unicode_cmap(const std::vector<FontCode>& codes);

// A /W array: [first [w1 w2 …] …] over runs of consecutive codes.
QPDFObjectHandle widths_array(const std::vector<FontCode>& codes);

// Six capital letters for the font's name (PDF 32000 9.6.4: a subset's name carries a tag),
// derived from the codes, so that the same input gives the same bytes.
std::string subset_tag(const SubsetFont& font);

// The font's streams, deflated once here rather than by qpdf on every write, so that they
// can be kept between renders (font_cache.h).
FontStreams font_streams(const SubsetFont& font);

// A new indirect Type0 font (Identity-H) that draws `font`, its streams written as they are.
QPDFObjectHandle make_font(QPDF& pdf, const PreparedFont& font);

}  // namespace jianli::pdf
