// What happens to libharu's output after it has saved, with qpdf's library.
#pragma once

#include <string>
#include <vector>

#include "pdf/font_subset.h"

namespace jianli::pdf {

struct PdfMending {
  // The font each stand-in stands for: fonts[n] replaces "JianliStandIn<n>".
  std::vector<const SubsetFont*> fonts;
  std::string lang;  // BCP 47; empty: no /Lang
};

// Rewrites the PDF: each stand-in Type0 font becomes the real subset font (font_objects.h),
// outline destinations keep the reader's zoom, /Lang is set on the catalog; object streams
// are generated, every stream compressed once (libharu saves uncompressed: see render_pdf),
// with a deterministic /ID, so that the same input still gives the same bytes. Throws
// std::runtime_error when qpdf fails or a page uses a font that is no stand-in.
std::string mend_pdf(const std::string& pdf, const PdfMending& mending);

}  // namespace jianli::pdf
