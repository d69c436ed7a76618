// Another PDF's page drawn inside the résumé as a Form XObject (PDF 1.7, 8.10): how an SVG
// comes in as vectors (svg_draw.h). The page is opened with qpdf before the résumé's pages
// are drawn, so that a page qpdf cannot read leaves time to draw the image another way, and
// copied in when mend_pdf writes the résumé.
#pragma once

#include <memory>
#include <string>

class QPDF;
class QPDFObjectHandle;

namespace jianli::pdf {

struct ForeignPage {
  // The file and qpdf's reader of it, kept until the résumé is written: qpdf reads the
  // copied streams then (copyForeignObject), from these bytes, which it does not copy.
  std::shared_ptr<const std::string> bytes;
  std::shared_ptr<QPDF> pdf;
  double width = 0, height = 0;  // the page's box, pt: the form's /BBox
};

// The first and only page of `pdf_bytes`. Throws std::runtime_error when qpdf cannot read
// the file, it has not exactly one page, or it has fonts (text).
ForeignPage open_foreign_page(const std::string& pdf_bytes);

// The page as a Form XObject of `into`, with its resources; call once per page and document.
QPDFObjectHandle import_as_form(QPDF& into, const ForeignPage& page);

}  // namespace jianli::pdf
