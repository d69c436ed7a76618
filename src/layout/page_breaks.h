// Where a column's rows break into pages (issue 11 item 5). A row's keep_with_next
// makes the break after it a last resort: a run of kept rows (a heading with the first
// lines it introduces, a paragraph's first and last two lines, a table's row group) moves
// to the next page whole when it would fit there, and is cut where the page fills when
// it would not fit on any page (a run of headings with no text under them packs like a
// list). The last row of the column never stands alone on a page.
#pragma once

#include <vector>

#include "layout/rows.h"

namespace jianli::layout {

// The indexes of the rows that start a page, the first (0) included; `room` is the
// height of a page's text area, pt. Linear in the number of rows: each row is looked at
// no more than twice.
std::vector<size_t> page_starts(const std::vector<Row>& rows, double room);

}  // namespace jianli::layout
