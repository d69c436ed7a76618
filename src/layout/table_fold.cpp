#include "layout/table_fold.h"

#include <algorithm>

namespace jianli::layout {
namespace {

bool is_title(const Grid& grid, const GridCell& cell) { return cell.columns == grid.columns; }

// The cells of each row, in order (a grid's cells are by row, left to right).
std::vector<std::vector<const GridCell*>> cells_by_row(const Grid& grid) {
  std::vector<std::vector<const GridCell*>> rows(grid.rows);
  for (const GridCell& cell : grid.cells) rows[cell.row].push_back(&cell);
  return rows;
}

// A key–value label keeps its look when it is no longer in a label column.
model::Inlines as_label(model::Inlines inlines, const model::TableStyle& style) {
  for (model::Span& span : inlines) {
    span.bold = span.bold || style.label_bold;
    if (!span.color) span.color = style.label_color;
  }
  return inlines;
}

}  // namespace

bool can_fold_pairs(const Grid& grid) {
  return grid.key_value && grid.shape == TableShape::Written &&
         (grid.columns == 4 || grid.columns == 6) &&
         std::none_of(grid.cells.begin(), grid.cells.end(),
                      [](const GridCell& cell) { return cell.rows > 1; });
}

Grid fold_pairs(const Grid& grid) {
  Grid folded = grid;
  folded.cells.clear();
  folded.columns = 2;
  folded.shape = TableShape::Pairs;
  folded.column_align.assign(2, std::nullopt);
  for (int c = 0; c < 2 && c < static_cast<int>(grid.column_align.size()); ++c)
    folded.column_align[c] = grid.column_align[c];
  int row = 0;
  for (const std::vector<const GridCell*>& cells : cells_by_row(grid)) {
    int pair = -1;  // the pair of the last cell placed, whose row is `row - 1`
    for (const GridCell* cell : cells) {
      GridCell placed = *cell;
      if (is_title(grid, *cell)) {
        placed.column = 0;
        placed.columns = 2;
        pair = -1;
      } else {
        placed.column = cell->column % 2;
        if (cell->column / 2 == pair) {
          placed.row = row - 1;  // the value beside its label
          folded.cells.push_back(std::move(placed));
          continue;
        }
        pair = cell->column / 2;
      }
      placed.row = row++;
      folded.cells.push_back(std::move(placed));
    }
  }
  folded.rows = row;
  return folded;
}

Grid stack_rows(const Grid& grid, const model::TableStyle& style) {
  Grid stacked = grid;
  stacked.cells.clear();
  stacked.columns = 1;
  stacked.column_align.assign(1, std::nullopt);
  stacked.shape = TableShape::Stacked;
  stacked.header_rows = 0;
  int row = 0;
  std::vector<std::vector<const GridCell*>> rows = cells_by_row(grid);
  for (int r = 0; r < grid.rows; ++r) {
    if (rows[r].empty()) continue;  // only cells from the rows above reach into it
    GridCell cell{.row = row,
                  .header = std::all_of(rows[r].begin(), rows[r].end(),
                                        [](const GridCell* part) { return part->header; })};
    for (const GridCell* part : rows[r]) {
      const bool label = grid.key_value && !is_title(grid, *part) && part->column % 2 == 0;
      model::Inlines text = label ? as_label(part->inlines, style) : part->inlines;
      if (text.empty()) continue;
      if (!cell.inlines.empty()) cell.inlines.push_back({.text = "\n"});
      cell.inlines.insert(cell.inlines.end(), text.begin(), text.end());
    }
    if (r < grid.header_rows) stacked.header_rows = row + 1;
    stacked.cells.push_back(std::move(cell));
    ++row;
  }
  stacked.rows = row;
  return stacked;
}

}  // namespace jianli::layout
