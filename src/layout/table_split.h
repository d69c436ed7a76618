// A table row taller than a page, cut between its lines of text into rows that fit.
#pragma once

#include <vector>

#include "layout/rows.h"

namespace jianli::layout {

// Where the text lines of a row are: each baseline `baseline` below its line's top (a
// table's cells are set in the body style), lines `height` apart unless an image in one
// reaches higher than its em box and pushes it down.
struct LineGeometry {
  double height = 0;
  double baseline = 0;
  double image_foot = 0;  // how far under the baseline an image in a line stands
};

// A row taller than `limit`, cut above each of its lines of text and images that no line or
// image of a cell beside it crosses (rules and tints cut with it), so that the parts fill each
// page; a row that fits, whole. Only where lines of side-by-side cells overlap all the way down is
// a line cut through (it then goes with the part that holds its baseline).
std::vector<Row> split_tall_row(Row row, double limit, const LineGeometry& lines);

}  // namespace jianli::layout
