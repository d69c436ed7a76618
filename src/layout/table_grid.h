// A table as a grid: each cell placed at its row and column, its spans clipped to the
// table, slots under a rowspan skipped (the HTML table model, simplified). No fonts.
#pragma once

#include <optional>
#include <vector>

#include "model/document.h"

namespace jianli::layout {

// More columns than this are never legible on a page: 16 columns of an A4 measure
// (480 pt) leave 30 pt each, two Chinese characters and the padding.
constexpr int kMaxTableColumns = 16;

// The shapes a table is set in, tried in this order until its columns fit their longest
// words (table_fold.h): as written; a key–value grid of 4 or 6 columns folded to 2 (label,
// value), a row per pair; every row stacked, its cells one under another in one column.
enum class TableShape { Written, Pairs, Stacked };

struct GridCell {
  model::Inlines inlines;  // the cell's, with the text of cells past the last column after it
  int row = 0, column = 0;
  int rows = 1, columns = 1;  // spans, clipped to the table
  bool header = false;        // a header cell (`<th>`), or one of the header rows
  std::optional<model::Align> align;
  std::optional<model::Length> width;
};

struct Grid {
  int rows = 0, columns = 0;
  int header_rows = 0;          // rows at the top that repeat on each page
  std::vector<GridCell> cells;  // by row, left to right
  std::vector<std::optional<model::Align>> column_align;
  // Columns as written, when more than kMaxTableColumns: those past the last were joined
  // to it. 0 when none were.
  long long written_columns = 0;
  // A 基本信息 grid: label, value, label, value … (see is_key_value).
  bool key_value = false;
  TableShape shape = TableShape::Written;
};

Grid make_grid(const model::Table& table);

// Whether a table reads as label–value pairs: 2, 4 or 6 columns, no column spans but a
// title across the grid, and either no header row (header cells only as labels, in the
// even columns), every label ending with a colon ("姓名："), the first label 姓名 (Name), or a
// header row that names the pairs ("项目 内容 项目 内容"). Such a grid is set with its
// labels styled and no header row; a title across it keeps the header's style.
bool is_key_value(const Grid& grid);

}  // namespace jianli::layout
