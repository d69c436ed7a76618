#include "layout/table_fold.h"

#include <algorithm>

#include "text/chars.h"
#include "text/utf8.h"

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

// One row of a folded grid: a label and its value, or a title across the grid.
using Piece = std::vector<const GridCell*>;

// Each row's pairs, left to right (a pair with no cell is empty), or its title alone.
struct SplitRow {
  bool title = false;
  std::vector<Piece> pairs;
};

std::vector<SplitRow> split_rows(const Grid& grid) {
  std::vector<SplitRow> rows;
  for (const std::vector<const GridCell*>& cells : cells_by_row(grid)) {
    SplitRow split{.pairs = std::vector<Piece>(grid.columns / 2)};
    for (const GridCell* cell : cells) {
      if (is_title(grid, *cell)) {
        split = {.title = true, .pairs = {{cell}}};
        break;
      }
      split.pairs[cell->column / 2].push_back(cell);
    }
    rows.push_back(std::move(split));
  }
  return rows;
}

// Whether the first row names the pairs ("项目 内容 项目 内容"): header cells, none across the
// grid.
bool first_row_names_pairs(const Grid& grid, const std::vector<SplitRow>& rows) {
  if (rows.empty() || rows.front().title) return false;
  bool any = false;
  for (const GridCell& cell : grid.cells) {
    if (cell.row > 0) break;
    if (!cell.header) return false;
    any = true;
  }
  return any;
}

// The folded rows in order. Row by row, each row's pairs left to right; but under a first row
// that names the pairs, pair by pair, each under its own name: folded row by row, the names
// came out together at the top as "项目 内容" twice, away from the second pair they name
// (corpus 03 in sidebar). Titles across the grid stay where they are, between the runs.
std::vector<Piece> folding_order(const Grid& grid) {
  const std::vector<SplitRow> rows = split_rows(grid);
  const bool by_pair = first_row_names_pairs(grid, rows);
  std::vector<Piece> order;
  for (size_t first = 0; first < rows.size();) {
    if (rows[first].title) {
      order.push_back(rows[first++].pairs.front());
      continue;
    }
    size_t end = first;
    while (end < rows.size() && !rows[end].title) ++end;
    const size_t pairs = grid.columns / 2;
    for (size_t outer = 0; outer < (by_pair ? pairs : end - first); ++outer)
      for (size_t inner = 0; inner < (by_pair ? end - first : pairs); ++inner) {
        const Piece& piece =
            by_pair ? rows[first + inner].pairs[outer] : rows[first + outer].pairs[inner];
        if (!piece.empty()) order.push_back(piece);
      }
    first = end;
  }
  return order;
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
  for (const Piece& piece : folding_order(grid)) {
    for (const GridCell* cell : piece) {
      GridCell placed = *cell;
      placed.row = row;
      placed.column = is_title(grid, *cell) ? 0 : cell->column % 2;
      placed.columns = is_title(grid, *cell) ? 2 : 1;
      folded.cells.push_back(std::move(placed));
    }
    ++row;
  }
  folded.rows = row;
  return folded;
}

// The names a single header row gives the columns, one per column; none when the grid has
// no such row (a key–value grid, two header rows, a header cell across columns) or nothing
// under it.
std::vector<model::Inlines> column_names(const Grid& grid) {
  if (grid.key_value || grid.header_rows != 1 || grid.rows < 2) return {};
  std::vector<model::Inlines> names(grid.columns);
  for (const GridCell& cell : grid.cells) {
    if (cell.columns > 1 || cell.rows > 1) return {};
    if (cell.row == 0) names[cell.column] = cell.inlines;
  }
  return names;
}

// "Tools: " before a value, in the label's look; "：" after a Chinese name ("熟练程度：").
model::Inlines labelled(const model::Inlines& name, const model::Inlines& value,
                        const model::TableStyle& style) {
  if (name.empty()) return value;
  model::Inlines out = as_label(name, style);
  const std::u32string text = text::to_utf32(model::plain_text(name));
  model::Span colon = out.back();
  colon.text = !text.empty() && text::is_han(text.back()) ? "：" : ": ";
  colon.link.clear();
  out.push_back(colon);
  out.insert(out.end(), value.begin(), value.end());
  return out;
}

Grid stack_rows(const Grid& grid, const model::TableStyle& style) {
  const std::vector<model::Inlines> names = column_names(grid);
  Grid stacked = grid;
  stacked.cells.clear();
  stacked.columns = 1;
  stacked.column_align.assign(1, std::nullopt);
  stacked.shape = TableShape::Stacked;
  stacked.header_rows = 0;
  int row = 0;
  std::vector<std::vector<const GridCell*>> rows = cells_by_row(grid);
  // Under a header row that names the columns, each value says its column's name, so that
  // a row reads whole on its own ("Tools: Kubernetes, Helm / Years: 5"); the names are
  // then not set apart above the rows, where "Area / Tools / Years" had the reader count
  // lines to know what "5" was (corpus 04 in sidebar).
  for (int r = names.empty() ? 0 : 1; r < grid.rows; ++r) {
    if (rows[r].empty()) continue;  // only cells from the rows above reach into it
    GridCell cell{.row = row,
                  .header = std::all_of(rows[r].begin(), rows[r].end(),
                                        [](const GridCell* part) { return part->header; })};
    for (const GridCell* part : rows[r]) {
      const bool label = grid.key_value && !is_title(grid, *part) && part->column % 2 == 0;
      model::Inlines text = label ? as_label(part->inlines, style) : part->inlines;
      if (text.empty()) continue;
      if (!names.empty()) text = labelled(names[part->column], text, style);
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
