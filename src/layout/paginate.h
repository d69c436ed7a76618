// Cutting rows into pages, then adding page numbers.
#pragma once

#include <vector>

#include "layout/font_table.h"
#include "layout/rows.h"
#include "model/page.h"
#include "model/style.h"

namespace jianli::layout {

// Places rows top to bottom inside the margins, a new page where page_starts
// (page_breaks.h) says. Pages already in `out` (another column's) are filled from the
// first before new ones are added. The rows' text runs are set in `region`.
// Returns where each row went: its page and its top.
struct RowPlace {
  int page = 0;
  double top = 0;  // pt above the page's bottom edge
};
std::vector<RowPlace> paginate(const std::vector<Row>& rows, const model::LayoutSpec& spec,
                               model::PageSet& out, model::Region region = model::Region::Main);

}  // namespace jianli::layout
