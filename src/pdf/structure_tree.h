// The tagged PDF's logical structure (ISO 32000-1 §14.7, §14.8): the structure tree built
// in the qpdf pass from the elements the layout named and the marked content the page
// drawer wrote (libharu 2.3.0 writes no structure of its own).
#pragma once

#ifndef POINTERHOLDER_TRANSITION
#define POINTERHOLDER_TRANSITION 4  // qpdf 11: std::shared_ptr, not PointerHolder
#endif
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <vector>

#include "model/page.h"

namespace jianli::pdf {

// What each page's content belongs to, as the page drawer wrote it.
struct PageMarks {
  std::vector<int> marked_content;  // by MCID: the element
  std::vector<int> annotations;     // by place in the page's /Annots: the element, or kArtifact
};

// The standard type's name without its slash: "H1", "LBody".
const char* structure_type_name(model::StructureType type);

// Adds /StructTreeRoot with its parent tree, /StructParents to the pages and /StructParent to
// the link annotations, and /MarkInfo to the catalog. An element nothing on the pages belongs
// to is left out; the Document's children are ordered by their source lines, so that a
// sidebar layout's two columns, drawn one after the other, read in the résumé's order.
// Throws std::runtime_error when the pages do not match `marks`.
void add_structure_tree(QPDF& pdf, const std::vector<QPDFPageObjectHelper>& pages,
                        const std::vector<model::StructureElement>& structure,
                        const std::vector<PageMarks>& marks);

}  // namespace jianli::pdf
