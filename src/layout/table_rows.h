// A table whose cells are broken into lines, turned into rows for pagination: row heights,
// vertical centring, images in cells, rules and tints, rows joined by a rowspan kept as one, the
// header rows kept for repeating, rows taller than a page cut between lines.
#pragma once

#include <vector>

#include "layout/collect.h"
#include "layout/line.h"
#include "layout/rows.h"
#include "layout/table_grid.h"
#include "layout/table_split.h"
#include "model/style.h"

namespace jianli::layout {

struct SetTable {
  const Grid& grid;
  std::vector<std::vector<SetLine>> cells;  // by grid cell: its lines, at x = 0 on baseline 0
  std::vector<std::vector<InlineObject>> objects;  // by grid cell: the images its lines hold
  std::vector<double> edges;                       // column edges, from the table's left, in pt
  double x = 0;                                    // the table's left edge on the page
  LineGeometry lines;                              // every cell's text is set in the body style
  // By grid cell, by image: the image's Figure element, or model::kArtifact.
  std::vector<std::vector<int>> figures;
};

// The rows of `table`, top to bottom; the first carries no space before it. Lines and runs
// are moved out of `table.cells`. `page_height` is the height of a page's text area.
std::vector<Row> table_rows(SetTable& table, const model::TableStyle& style, double page_height);

}  // namespace jianli::layout
