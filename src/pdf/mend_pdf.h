// What happens to libharu's output after it has saved, with qpdf's library.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "model/page.h"
#include "pdf/font_cache.h"
#include "pdf/form_import.h"
#include "pdf/structure_tree.h"

namespace jianli::pdf {

struct PdfMending {
  // The page resource /J<n> is fonts[n], shared with the renders before (font_cache.h).
  std::vector<std::shared_ptr<const PreparedFont>> fonts;
  std::vector<std::set<int>> page_fonts;  // the resources each page's text uses
  // The page resource /JS<n> is forms[n] as a Form XObject (an SVG's vectors, image_objects.h).
  std::vector<ForeignPage> forms;
  std::vector<std::set<int>> page_forms;           // the forms each page draws
  std::string lang;                                // BCP 47; empty: no /Lang
  std::vector<model::StructureElement> structure;  // empty: an untagged PDF
  std::vector<PageMarks> page_marks;               // by page, when tagged
  std::vector<model::AttachedFile> attachments;    // --attach-source (document_extras.h)
};

// Rewrites the PDF: each page gets the font resources its text names (font_objects.h) and
// the forms it draws, each copied in once (form_import.h);
// outline destinations keep the reader's zoom, /Lang is set on the catalog, the structure
// tree added (structure_tree.h) with the viewer showing the title; object streams
// are generated, the XMP metadata and any attachments added (document_extras.h), every stream
// compressed once (libharu saves uncompressed: see render_pdf), with a deterministic /ID, so that
// the same input still gives the same bytes. Throws std::runtime_error when qpdf fails or the pages
// do not match `page_fonts`.
std::string mend_pdf(const std::string& pdf, const PdfMending& mending);

}  // namespace jianli::pdf
