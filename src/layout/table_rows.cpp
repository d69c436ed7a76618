#include "layout/table_rows.h"

#include <algorithm>
#include <memory>

namespace jianli::layout {
namespace {

// The thickness of the rules across the top and the foot of one band of rows.
struct BandRules {
  double above = 0, below = 0;
};

BandRules band_rules(model::TableRules rules, const model::TableStyle& t, bool first, bool last,
                     bool ends_header) {
  switch (rules) {
    case model::TableRules::Booktabs:
      return {first ? t.frame_width : 0, last ? t.frame_width : ends_header ? t.rule_width : 0};
    case model::TableRules::Grid:
      return {first ? t.rule_width : 0, t.rule_width};
    case model::TableRules::Rows:
      return {0, t.rule_width};
    case model::TableRules::None:
      return {};
  }
  return {};
}

// How far an image in the line pushes its baseline down, as in a paragraph (Flow::add_line).
double line_push(const SetLine& line, const std::vector<InlineObject>& objects,
                 const LineGeometry& lines) {
  return image_push(line, objects, lines.baseline, lines.image_foot);
}

// The height of cell i's lines, images included; an empty cell is one line tall.
double content_height(const SetTable& table, size_t i) {
  double height = 0;
  for (const SetLine& line : table.cells[i])
    height += table.lines.height + line_push(line, table.objects[i], table.lines);
  return std::max(height, table.lines.height);
}

std::vector<double> row_heights(const SetTable& table, const model::TableStyle& t) {
  const Grid& grid = table.grid;
  auto height = [&](size_t i) { return content_height(table, i) + 2 * t.padding_y; };
  std::vector<double> heights(grid.rows, 0);
  for (size_t i = 0; i < grid.cells.size(); ++i)
    if (grid.cells[i].rows == 1)
      heights[grid.cells[i].row] = std::max(heights[grid.cells[i].row], height(i));
  // A cell across rows that needs more room than they have grows the last of them.
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& cell = grid.cells[i];
    if (cell.rows == 1) continue;
    double have = 0;
    for (int r = cell.row; r < cell.row + cell.rows; ++r) have += heights[r];
    heights[cell.row + cell.rows - 1] += std::max(0.0, height(i) - have);
  }
  return heights;
}

// Rows joined by a rowspan make one band, never split between pages: for the first row of
// each band, the row after its last.
std::vector<int> band_ends(const Grid& grid) {
  std::vector<int> ends(grid.rows, 0);
  int start = 0, end = 0;
  size_t i = 0;
  for (int r = 0; r < grid.rows; ++r) {
    end = std::max(end, r + 1);
    for (; i < grid.cells.size() && grid.cells[i].row == r; ++i)
      end = std::max(end, r + grid.cells[i].rows);
    if (end == r + 1) ends[start] = end, start = end;
  }
  return ends;
}

// Sets one band, rows [start, end), as a row: `cell` is its first grid cell, moved past.
class BandSetter {
 public:
  BandSetter(SetTable& table, const model::TableStyle& style, model::TableRules rules,
             const std::vector<double>& heights)
      : table_(table), t_(style), rules_(rules), heights_(heights) {}

  Row set(int start, int end, BandRules lines, bool header, size_t& cell) {
    tops_.assign(end - start + 1, lines.above);  // row tops in the band
    for (int r = start; r < end; ++r) tops_[r - start + 1] = tops_[r - start] + heights_[r];
    Row row;
    row.height = tops_.back() + lines.below;
    row.keep_with_next = header;
    const double width = table_.edges.back();
    if (header && t_.header_fill)
      row.boxes.push_back(
          {table_.x, lines.above, width, tops_.back() - lines.above, *t_.header_fill});
    if (lines.above > 0) row.boxes.push_back({table_.x, 0, width, lines.above, t_.rule_color});
    if (lines.below > 0)
      row.boxes.push_back({table_.x, tops_.back(), width, lines.below, t_.rule_color});
    if (rules_ == model::TableRules::Grid)
      row.boxes.push_back({table_.x, 0, t_.rule_width, row.height, t_.rule_color});
    for (; cell < table_.grid.cells.size() && table_.grid.cells[cell].row < end; ++cell)
      set_cell(cell, start, end, row);
    return row;
  }

 private:
  void set_cell(size_t i, int start, int end, Row& row) {
    const GridCell& c = table_.grid.cells[i];
    const double x = table_.x + table_.edges[c.column];
    const double width = table_.edges[c.column + c.columns] - table_.edges[c.column];
    const double top = tops_[c.row - start], bottom = tops_[c.row - start + c.rows];
    const LineGeometry& lines = table_.lines;
    // Centred between the cell's top and foot, as browsers set a cell.
    const double text_x = x + t_.padding_x;
    double line_top = top + (bottom - top - content_height(table_, i)) / 2;
    for (SetLine& line : table_.cells[i]) {
      const std::vector<InlineObject>& objects = table_.objects[i];
      const double y = line_top + lines.baseline + line_push(line, objects, lines);
      const size_t placed = row.images.size();
      place_images(line, objects, text_x, y, lines.image_foot, row.images);
      for (size_t k = 0; k < line.objects.size(); ++k)
        row.images[placed + k].element = table_.figures[i][line.objects[k].object];
      for (model::TextRun& run : line.runs) {
        run.x += text_x;
        run.y = y;
        row.runs.push_back(std::move(run));
      }
      for (model::Link& link : line.links) {
        link.x += text_x;
        link.y = y - (link.y + link.height);
        row.links.push_back(std::move(link));
      }
      // Underlines, strikeouts and emphasis dots, as in a paragraph (Flow::add_line).
      for (model::Box& box : line.boxes) {
        box.x += text_x;
        box.y = y - (box.y + box.height);
        row.boxes.push_back(box);
      }
      line_top = y - lines.baseline + lines.height;
    }
    if (rules_ != model::TableRules::Grid) return;
    // The grid: each cell draws its right edge, and its foot when that is inside the band.
    const double edge_top = c.row == start ? 0 : top;
    const double edge_bottom = c.row + c.rows == end ? row.height : bottom;
    row.boxes.push_back({x + width - t_.rule_width, edge_top, t_.rule_width, edge_bottom - edge_top,
                         t_.rule_color});
    if (c.row + c.rows < end)
      row.boxes.push_back({x, bottom - t_.rule_width, width, t_.rule_width, t_.rule_color});
  }

  SetTable& table_;
  const model::TableStyle& t_;
  model::TableRules rules_;
  const std::vector<double>& heights_;
  std::vector<double> tops_;
};

// The rule across the top of `first`, alone in a row.
Row top_rule(const Row& first, double thickness) {
  Row rule;
  rule.height = thickness;
  for (const model::Box& box : first.boxes)
    if (box.y == 0 && box.height == thickness) rule.boxes.push_back(box);
  return rule;
}

}  // namespace

std::vector<Row> table_rows(SetTable& table, const model::TableStyle& style, double page_height) {
  const Grid& grid = table.grid;
  const std::vector<double> heights = row_heights(table, style);
  const std::vector<int> ends = band_ends(grid);
  int header_end = 0;  // the header rows, widened to the band they end in
  for (int start = 0; start < grid.header_rows; start = ends[start]) header_end = ends[start];
  const model::TableRules rules = grid.key_value ? style.key_value_rules : style.rules;
  BandSetter setter(table, style, rules, heights);

  std::vector<Row> rows;
  std::vector<Row> header;
  double header_height = 0;
  std::shared_ptr<const std::vector<Row>> repeat;
  size_t cell = 0;
  for (int start = 0; start < grid.rows; start = ends[start]) {
    const int end = ends[start];
    const bool in_header = end <= header_end;
    const BandRules lines = band_rules(rules, style, start == 0, end == grid.rows,
                                       end == header_end && end < grid.rows);
    Row row = setter.set(start, end, lines, in_header, cell);
    if (in_header) {
      header.push_back(row);
      header_height += row.height;
    } else {
      // A table with no header rows still closes its top on the next page.
      if (header.empty() && lines.above > 0) {
        header.push_back(top_rule(row, lines.above));
        header_height = lines.above;
      }
      // A header taller than a quarter of the page would cost more than it helps each page.
      if (header_height > page_height / 4) header.clear(), header_height = 0;
      if (!repeat && !header.empty()) repeat = std::make_shared<const std::vector<Row>>(header);
      row.repeat_above = repeat;
    }
    // A row taller than a page (under the repeated header) runs on between its lines.
    for (Row& part :
         split_tall_row(std::move(row), page_height - (in_header ? 0 : header_height), table.lines))
      rows.push_back(std::move(part));
  }
  return rows;
}

}  // namespace jianli::layout
