// What happens to libharu's output after it has saved, with qpdf's library.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "model/page.h"
#include "pdf/font_subset.h"
#include "pdf/structure_tree.h"

namespace jianli::pdf {

struct PdfMending {
  std::vector<SubsetFont> fonts;                   // the page resource /J<n> is fonts[n]
  std::vector<std::set<int>> page_fonts;           // the resources each page's text uses
  std::string lang;                                // BCP 47; empty: no /Lang
  std::vector<model::StructureElement> structure;  // empty: an untagged PDF
  std::vector<PageMarks> page_marks;               // by page, when tagged
  std::vector<model::AttachedFile> attachments;    // --attach-source (document_extras.h)
};

// Rewrites the PDF: each page gets the font resources its text names (font_objects.h),
// outline destinations keep the reader's zoom, /Lang is set on the catalog, the structure
// tree added (structure_tree.h) with the viewer showing the title; object streams
// are generated, the XMP metadata and any attachments added (document_extras.h), every stream
// compressed once (libharu saves uncompressed: see render_pdf), with a deterministic /ID, so that
// the same input still gives the same bytes. Throws std::runtime_error when qpdf fails or the pages
// do not match `page_fonts`.
std::string mend_pdf(const std::string& pdf, const PdfMending& mending);

}  // namespace jianli::pdf
