#include "layout/table_grid.h"

#include <algorithm>

namespace jianli::layout {
namespace {

// HTML caps spans the same way (colspan 1000, rowspan 65534); a larger value is a typo.
constexpr int kMaxRowSpan = 65534;

void join_text(model::Inlines& into, const model::Inlines& more) {
  if (more.empty()) return;
  if (!into.empty()) into.push_back({.text = " "});
  into.insert(into.end(), more.begin(), more.end());
}

// A cell's text without the blanks around it.
std::string trimmed(const model::Inlines& inlines) {
  std::string text = model::plain_text(inlines);
  const size_t begin = text.find_first_not_of(" \n");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \n") + 1 - begin);
}

bool ends_with_colon(const model::Inlines& inlines) {
  const std::string text = trimmed(inlines);
  return text.ends_with(":") || text.ends_with("：");
}

// A GFM table must have a header row, so a 基本信息 grid in Markdown is often written with
// its first pair there: "| 姓名 | 张三 | 性别 | 男 |". A grid that opens with the name's label
// is a key–value grid whatever its first row is marked.
bool opens_with_name_label(const Grid& grid) {
  if (grid.cells.empty()) return false;
  std::string first = trimmed(grid.cells.front().inlines);
  for (const char* colon : {":", "："})
    if (first.ends_with(colon)) first.resize(first.size() - std::string_view(colon).size());
  return first == "姓名" || first == "Name";
}

// A header row that names the pairs: "| 项目 | 内容 | 项目 | 内容 |". It stays, in the header's
// style, over a grid of pairs.
bool header_names_pairs(const Grid& grid) {
  if (grid.header_rows != 1 || grid.columns < 4) return false;
  std::vector<std::string> first_row;
  for (const GridCell& cell : grid.cells) {
    if (cell.row > 0) break;
    if (cell.columns > 1) return false;
    first_row.push_back(trimmed(cell.inlines));
  }
  if (static_cast<int>(first_row.size()) != grid.columns || first_row[0].empty()) return false;
  for (size_t c = 2; c < first_row.size(); ++c)
    if (first_row[c] != first_row[c - 2]) return false;
  return true;
}

}  // namespace

Grid make_grid(const model::Table& table) {
  Grid grid;
  grid.rows = static_cast<int>(table.rows.size());
  grid.header_rows = std::clamp(table.header_rows, 0, grid.rows);
  // busy_until[c]: the first row below the rowspan that holds column c.
  std::vector<int> busy_until(kMaxTableColumns, 0);
  for (int r = 0; r < grid.rows; ++r) {
    int column = 0;
    long long written = 0;  // columns this row takes as written, spans and all
    for (const model::TableCell& cell : table.rows[r].cells) {
      while (column < kMaxTableColumns && busy_until[column] > r) ++column, ++written;
      written += std::max(1, cell.colspan);
      if (column >= kMaxTableColumns) {
        // Past the last column: the text goes on in the last cell placed, not lost.
        if (!grid.cells.empty()) join_text(grid.cells.back().inlines, cell.inlines);
        continue;
      }
      GridCell placed{.inlines = cell.inlines,
                      .row = r,
                      .column = column,
                      .rows = std::clamp(cell.rowspan, 1, std::min(kMaxRowSpan, grid.rows - r)),
                      .columns = std::clamp(cell.colspan, 1, kMaxTableColumns - column),
                      .header = cell.header || r < grid.header_rows,
                      .align = cell.align,
                      .width = cell.width};
      for (int c = column; c < column + placed.columns; ++c) busy_until[c] = r + placed.rows;
      column += placed.columns;
      grid.columns = std::max(grid.columns, column);
      grid.cells.push_back(std::move(placed));
    }
    if (written > kMaxTableColumns) grid.written_columns = std::max(grid.written_columns, written);
  }
  grid.column_align = table.column_align;
  grid.column_align.resize(grid.columns);
  grid.key_value = is_key_value(grid);
  if (grid.key_value) {
    const int titles = header_names_pairs(grid) ? grid.header_rows : 0;
    grid.header_rows = 0;
    for (GridCell& cell : grid.cells)
      cell.header = cell.header && (cell.columns == grid.columns || cell.row < titles);
  }
  return grid;
}

bool is_key_value(const Grid& grid) {
  if (grid.columns != 2 && grid.columns != 4 && grid.columns != 6) return false;
  bool labels_end_with_colons = true;
  bool has_header = false;
  for (const GridCell& cell : grid.cells) {
    if (cell.columns == grid.columns) continue;  // a title across the grid ("基本信息")
    if (cell.columns > 1) return false;
    const bool label = cell.column % 2 == 0;
    if (label && !cell.inlines.empty())
      labels_end_with_colons = labels_end_with_colons && ends_with_colon(cell.inlines);
    // `<th>` labels beside `<td>` values are a key–value grid too; a header row is not.
    has_header = has_header || (cell.header && (cell.row < grid.header_rows || !label));
  }
  return !has_header || labels_end_with_colons || opens_with_name_label(grid) ||
         header_names_pairs(grid);
}

}  // namespace jianli::layout
