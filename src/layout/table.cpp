// Tables as grids (issue 10 item 3): each cell shaped and broken like body text,
// columns sized by HTML's automatic table layout, rules and padding from the layout's
// `tables:`, rows kept whole across pages and the header rows set again on each page.
#include <algorithm>
#include <memory>

#include "layout/flow.h"
#include "layout/linebreak.h"
#include "layout/table_grid.h"
#include "layout/table_split.h"
#include "layout/table_widths.h"

namespace jianli::layout {
namespace {

using text::BreakClass;

// A cell's widest unbreakable piece (it may break only inside it, as a last resort) and
// its widest line unwrapped; text only, in pt.
struct ContentWidths {
  double min = 0, max = 0;
};

ContentWidths content_widths(const Paragraph& p) {
  ContentWidths widths;
  size_t piece = 0, line = 0;
  for (size_t k = 0; k < p.glyphs.size(); ++k) {
    const bool last = k + 1 == p.glyphs.size();
    const BreakClass brk = last ? BreakClass::Mandatory : p.junctions[k].brk;
    if (brk == BreakClass::Allowed || brk == BreakClass::Penalized ||
        brk == BreakClass::Mandatory) {
      widths.min = std::max(widths.min, natural_width(p, piece, k + 1));
      piece = k + 1;
    }
    if (brk == BreakClass::Mandatory) {
      widths.max = std::max(widths.max, natural_width(p, line, k + 1));
      line = k + 1;
    }
  }
  // A line exactly as wide as its column must not be taken for one a rounding too wide.
  constexpr double kSlack = 0.05;
  return {widths.min + kSlack, widths.max + kSlack};
}

double to_points(const model::Length& length, double percent_of) {
  switch (length.unit) {
    case model::Length::Unit::Pt:
      return length.value;
    case model::Length::Unit::Px:
      return length.value * 0.75;
    case model::Length::Unit::Mm:
      return length.value * 72 / 25.4;
    case model::Length::Unit::Percent:
      return length.value / 100 * percent_of;
  }
  return length.value;
}

// How a cell's text is set: a header cell, a key–value grid's label, or body text.
struct CellLook {
  model::TextStyle style;
  bool bold = false;
};

CellLook cell_look(const model::LayoutSpec& spec, const Grid& grid, const GridCell& cell) {
  const model::TableStyle& t = spec.tables;
  CellLook look{spec.body_style, false};
  look.style.align =
      cell.align.value_or(grid.column_align[cell.column].value_or(model::Align::Left));
  if (grid.key_value && cell.column % 2 == 0) {
    look.bold = t.label_bold;
    if (t.label_color) look.style.color = *t.label_color;
  } else if (cell.header) {
    look.bold = t.header_bold;
    if (t.header_color) look.style.color = *t.header_color;
  }
  return look;
}

// A key–value grid spans the measure: its labels keep their own width, and the pairs
// share the rest alike, so that the second pair's labels line up in the middle.
void share_key_value_widths(std::vector<CellExtent>& extents, int columns, double measure) {
  std::vector<double> labels(columns, 0);
  for (const CellExtent& extent : extents)
    if (extent.column % 2 == 0) labels[extent.column] = std::max(labels[extent.column], extent.max);
  double label_total = 0;
  for (double width : labels) label_total += width;
  const double value_width = (measure - label_total) / (columns / 2);
  for (CellExtent& extent : extents)
    extent.width = extent.column % 2 == 0 ? labels[extent.column] : value_width;
}

// Where the lines of one band of rows go: its rules' thickness above and below the cells.
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

// A cell set: its lines, each at x = 0 on a baseline at 0.
struct SetCell {
  std::vector<SetLine> lines;
};

}  // namespace

void Flow::table(const model::Block& block) {
  const Grid grid = make_grid(*block.table);
  if (grid.cells.empty()) return;
  const int line_no = block.pos.line;
  if (grid.written_columns > 0) {
    diagnostics_.add({doc_.meta.source_path, line_no, 0,
                      "a table of " + std::to_string(grid.written_columns) + " columns is set in " +
                          std::to_string(kMaxTableColumns) +
                          ": the text of the cells past the last is joined to it"});
  }
  const model::TableStyle& t = spec_.tables;
  const model::TextStyle& body = spec_.body_style;

  // The cells' text, shaped and measured like body text.
  std::vector<Paragraph> texts;
  std::vector<CellExtent> extents;
  texts.reserve(grid.cells.size());
  extents.reserve(grid.cells.size());
  std::vector<model::Align> aligns;
  for (const GridCell& cell : grid.cells) {
    const CellLook look = cell_look(spec_, grid, cell);
    texts.push_back(prepare_text(collect(cell.inlines, look.bold), look.style, line_no));
    aligns.push_back(look.style.align);
    const ContentWidths content = content_widths(texts.back());
    CellExtent extent{cell.column, cell.columns, content.min + 2 * t.padding_x,
                      content.max + 2 * t.padding_x};
    if (cell.width) extent.width = to_points(*cell.width, measure());
    extents.push_back(extent);
  }
  if (grid.key_value) share_key_value_widths(extents, grid.columns, measure());
  std::optional<double> asked_width;
  if (block.table->width) asked_width = to_points(*block.table->width, measure());
  if (grid.key_value) asked_width = measure();
  const std::vector<double> widths =
      column_widths({grid.columns, std::move(extents), measure(), asked_width});
  std::vector<double> edges(grid.columns + 1, 0);  // from the table's left
  for (int c = 0; c < grid.columns; ++c) edges[c + 1] = edges[c] + widths[c];
  const double table_width = edges.back();
  double x0 = column_x_;
  if (block.align == model::Align::Center) x0 += (measure() - table_width) / 2;
  if (block.align == model::Align::Right) x0 += measure() - table_width;

  // Each cell broken into lines in its width, and the rows' heights.
  const double line_height = body.size * body.leading;
  std::vector<SetCell> set(grid.cells.size());
  std::vector<double> row_heights(grid.rows, 0);
  auto cell_height = [&](size_t i) {
    return std::max<size_t>(1, set[i].lines.size()) * line_height + 2 * t.padding_y;
  };
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& cell = grid.cells[i];
    const double width =
        std::max(1.0, edges[cell.column + cell.columns] - edges[cell.column] - 2 * t.padding_x);
    for (const LineSpan& span : break_lines(texts[i], width, spec_.line_breaking, spec_.justify))
      set[i].lines.push_back(set_line(texts[i], span, width, aligns[i], spec_.justify));
    if (cell.rows == 1) row_heights[cell.row] = std::max(row_heights[cell.row], cell_height(i));
  }
  // A cell across rows that needs more room than they have grows the last of them.
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& cell = grid.cells[i];
    if (cell.rows == 1) continue;
    double have = 0;
    for (int r = cell.row; r < cell.row + cell.rows; ++r) have += row_heights[r];
    row_heights[cell.row + cell.rows - 1] += std::max(0.0, cell_height(i) - have);
  }

  // Rows joined by a rowspan make one band, never split between pages.
  std::vector<int> band_end_of(grid.rows, 0);  // for the first row of each band: its end
  int header_end = 0;
  {
    int start = 0, end = 0;
    size_t i = 0;
    for (int r = 0; r < grid.rows; ++r) {
      end = std::max(end, r + 1);
      for (; i < grid.cells.size() && grid.cells[i].row == r; ++i)
        end = std::max(end, r + grid.cells[i].rows);
      if (end == r + 1) {
        band_end_of[start] = end;
        if (start < grid.header_rows) header_end = end;
        start = end;
      }
    }
  }

  const model::TableRules rules = grid.key_value ? t.key_value_rules : t.rules;
  pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
  const double page_height = spec_.page_height - spec_.margin_top - spec_.margin_bottom;
  const double baseline = (line_height - body.size) / 2 + 0.88 * body.size;
  double header_height = 0;
  std::vector<Row> header;
  std::shared_ptr<const std::vector<Row>> repeat;
  size_t cell = 0;
  for (int start = 0; start < grid.rows; start = band_end_of[start]) {
    const int end = band_end_of[start];
    const bool in_header = end <= header_end;
    const BandRules lines =
        band_rules(rules, t, start == 0, end == grid.rows, end == header_end && end < grid.rows);
    std::vector<double> tops(end - start + 1, lines.above);  // row tops in the band
    for (int r = start; r < end; ++r) tops[r - start + 1] = tops[r - start] + row_heights[r];
    Row row;
    row.space_before = start == 0 ? pending_space_ : 0;
    row.break_before = start == 0 && pending_page_break_;
    row.height = tops.back() + lines.below;
    row.keep_with_next = in_header;
    const model::Color& rule_color = t.rule_color;
    if (in_header && t.header_fill)
      row.boxes.push_back(
          {x0, lines.above, table_width, tops.back() - lines.above, *t.header_fill});
    if (lines.above > 0) row.boxes.push_back({x0, 0, table_width, lines.above, rule_color});
    if (lines.below > 0)
      row.boxes.push_back({x0, tops.back(), table_width, lines.below, rule_color});
    if (rules == model::TableRules::Grid)
      row.boxes.push_back({x0, 0, t.rule_width, row.height, rule_color});
    for (; cell < grid.cells.size() && grid.cells[cell].row < end; ++cell) {
      const GridCell& c = grid.cells[cell];
      const double x = x0 + edges[c.column];
      const double width = edges[c.column + c.columns] - edges[c.column];
      const double top = tops[c.row - start], bottom = tops[c.row - start + c.rows];
      const double content = set[cell].lines.size() * line_height;
      double y = top + t.padding_y + (bottom - top - 2 * t.padding_y - content) / 2;
      for (SetLine& line : set[cell].lines) {
        for (model::TextRun& run : line.runs) {
          run.x += x + t.padding_x;
          run.y = y + baseline;
          row.runs.push_back(std::move(run));
        }
        for (model::Link& link : line.links) {
          link.x += x + t.padding_x;
          link.y = y + baseline - (link.y + link.height);
          row.links.push_back(std::move(link));
        }
        y += line_height;
      }
      if (rules != model::TableRules::Grid) continue;
      // The grid: each cell draws its right edge, and its bottom edge inside the band.
      const double edge_top = c.row == start ? 0 : top;
      const double edge_bottom = c.row + c.rows == end ? row.height : bottom;
      row.boxes.push_back(
          {x + width - t.rule_width, edge_top, t.rule_width, edge_bottom - edge_top, rule_color});
      if (c.row + c.rows < end)
        row.boxes.push_back({x, bottom - t.rule_width, width, t.rule_width, rule_color});
    }
    if (start == 0) pending_space_ = 0, pending_page_break_ = false;
    if (in_header) {
      header.push_back(row);
      header.back().space_before = 0;
      header.back().break_before = false;
      header_height += row.height;
    } else {
      if (!repeat && !header.empty()) repeat = std::make_shared<const std::vector<Row>>(header);
      row.repeat_above = repeat;
    }
    // A row taller than a page (under the repeated header) runs on between its lines.
    for (Row& part : split_tall_row(std::move(row), page_height - (in_header ? 0 : header_height),
                                    {line_height, baseline}))
      rows_.push_back(std::move(part));
  }
  pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
}

}  // namespace jianli::layout
