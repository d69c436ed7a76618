#include "pdf/form_import.h"

// qpdf 11: use std::shared_ptr, not the deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <stdexcept>
#include <vector>

namespace jianli::pdf {

ForeignPage open_foreign_page(const std::string& pdf_bytes) {
  auto bytes = std::make_shared<const std::string>(pdf_bytes);
  auto pdf = std::make_shared<QPDF>();
  pdf->setSuppressWarnings(true);
  pdf->processMemoryFile("an SVG drawn by cairo", bytes->data(), bytes->size());
  std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(*pdf).getAllPages();
  if (pages.size() != 1)
    throw std::runtime_error("cairo wrote " + std::to_string(pages.size()) + " pages, not 1");
  // Text in an SVG (a logo's name) would come in as real text, which extractors read and
  // `jianli check` finds added to the résumé: such an SVG is drawn as pixels instead.
  for (QPDFObjectHandle object : pdf->getAllObjects()) {
    if (object.isDictionary() && object.getKey("/Type").isNameAndEquals("/Font"))
      throw std::runtime_error("the SVG has text, which would be read as the résumé's");
  }
  QPDFObjectHandle::Rectangle box = pages[0].getTrimBox().getArrayAsRectangle();
  if (pdf->anyWarnings())
    throw std::runtime_error(std::string("qpdf found problems in cairo's output: ") +
                             pdf->getWarnings().front().what());
  return {bytes, pdf, box.urx - box.llx, box.ury - box.lly};
}

QPDFObjectHandle import_as_form(QPDF& into, const ForeignPage& page) {
  QPDFPageObjectHelper foreign(QPDFPageDocumentHelper(*page.pdf).getAllPages().front());
  return into.copyForeignObject(foreign.getFormXObjectForPage());
}

}  // namespace jianli::pdf
