// Tables as grids (issue 10 item 3): each cell shaped and broken like body text,
// columns sized by HTML's automatic table layout, rules and padding from the layout's
// `tables:`, rows kept whole across pages and the header rows set again on each page.
#include <algorithm>
#include <iterator>

#include "layout/flow.h"
#include "layout/linebreak.h"
#include "layout/table_fold.h"
#include "layout/table_grid.h"
#include "layout/table_rows.h"
#include "layout/table_widths.h"

namespace jianli::layout {
namespace {

using text::BreakClass;

// A cell's widest unbreakable piece (it may break only inside it, as a last resort) and
// its widest line unwrapped; text only, in pt.
struct ContentWidths {
  double min = 0, max = 0;
  // Its widest two neighbouring pieces, on lines of three pieces or more: narrower, such a
  // line is set a word a line. Two pieces ("Spark / Hive") may take a line each.
  double pair = 0;
};

ContentWidths content_widths(const Paragraph& p) {
  ContentWidths widths;
  size_t piece = 0, line = 0;
  size_t previous = 0, pieces = 0;  // the piece before `piece` on its line; pieces so far
  double line_pair = 0;
  for (size_t k = 0; k < p.glyphs.size(); ++k) {
    const bool last = k + 1 == p.glyphs.size();
    const BreakClass brk = last ? BreakClass::Mandatory : p.junctions[k].brk;
    if (brk == BreakClass::Allowed || brk == BreakClass::Penalized || brk == BreakClass::Costly ||
        brk == BreakClass::Mandatory) {
      widths.min = std::max(widths.min, natural_width(p, piece, k + 1));
      if (pieces > 0) line_pair = std::max(line_pair, natural_width(p, previous, k + 1));
      previous = piece;
      piece = k + 1;
      ++pieces;
    }
    if (brk == BreakClass::Mandatory) {
      widths.max = std::max(widths.max, natural_width(p, line, k + 1));
      if (pieces >= 3) widths.pair = std::max(widths.pair, line_pair);
      line = k + 1;
      pieces = 0;
      line_pair = 0;
    }
  }
  // A line exactly as wide as its column must not be taken for one a rounding too wide.
  constexpr double kSlack = 0.05;
  return {widths.min + kSlack, widths.max + kSlack, widths.pair > 0 ? widths.pair + kSlack : 0};
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
  if (cell.header) {
    look.bold = t.header_bold;
    if (t.header_color) look.style.color = *t.header_color;
  } else if (grid.key_value && grid.shape != TableShape::Stacked && cell.column % 2 == 0) {
    look.bold = t.label_bold;
    if (t.label_color) look.style.color = *t.label_color;
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

// A key–value grid's labels and values are fields (a name, a date, 政治面貌, 中共党员): one
// up to six ems wide is never broken, since 中共党/员 or 湖南长/沙 reads as two words; a longer
// one (an address, a list of languages) breaks like text.
constexpr double kFieldEms = 6;

// Each cell's needs in the grid as it is shaped, padding included.
std::vector<CellExtent> cell_extents(const Grid& grid, const std::vector<Paragraph>& texts,
                                     const model::LayoutSpec& spec, double measure) {
  const model::TableStyle& t = spec.tables;
  const bool fields = grid.key_value && grid.shape != TableShape::Stacked;
  std::vector<CellExtent> extents;
  extents.reserve(grid.cells.size());
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& cell = grid.cells[i];
    ContentWidths content = content_widths(texts[i]);
    if (fields && content.max <= kFieldEms * spec.body_style.size) content.min = content.max;
    extents.push_back(
        {cell.column, cell.columns, content.min + 2 * t.padding_x, content.max + 2 * t.padding_x});
    extents.back().pair = content.pair + 2 * t.padding_x;
    if (cell.width) extents.back().width = to_points(*cell.width, measure);
  }
  return extents;
}

// The columns' edges from the table's left, in pt: widths by HTML's automatic table layout
// from each cell's content widths and the widths the cells and the table ask for.
std::vector<double> column_edges(const Grid& grid, std::vector<CellExtent> extents,
                                 const model::Table& table, double measure) {
  std::optional<double> asked;
  if (table.width) asked = to_points(*table.width, measure);
  if (grid.key_value && grid.shape != TableShape::Stacked) {
    share_key_value_widths(extents, grid.columns, measure);
    asked = measure;
  }
  const std::vector<double> widths =
      column_widths({grid.columns, std::move(extents), measure, asked});
  std::vector<double> edges(grid.columns + 1, 0);
  for (int c = 0; c < grid.columns; ++c) edges[c + 1] = edges[c] + widths[c];
  return edges;
}

// Whether the grid reads well as it is shaped: its columns hold their longest words, and,
// in a grid that is not a key–value grid (whose fields have their own rule, kFieldEms),
// each cell's column holds two neighbouring words of it a line. In sidebar's 55 mm column
// corpus 04's three-column education table had "B.Eng. / Computer / Engineering" and
// "University / of / Waterloo" a word a line; stacked, each row reads "School: University
// of Waterloo". Chinese breaks between characters, so a narrow column of Chinese still
// reads well as a grid (corpus 03's "数据处理、/模型训练与/线上服务").
bool grid_reads_well(const Grid& grid, const std::vector<CellExtent>& extents,
                     const std::vector<double>& edges, double room) {
  if (minimum_table_width({grid.columns, extents, room, std::nullopt}) > room) return false;
  if (grid.key_value || grid.columns < 2) return true;
  for (const CellExtent& cell : extents)
    if (edges[cell.column + cell.columns] - edges[cell.column] < cell.pair) return false;
  return true;
}

}  // namespace

// The cells' text, shaped like body text in each cell's look.
struct CellTexts {
  std::vector<Paragraph> texts;
  std::vector<model::Align> aligns;
};

CellTexts Flow::cell_texts(const Grid& grid, model::SourcePos pos) {
  CellTexts out;
  out.texts.reserve(grid.cells.size());
  out.aligns.reserve(grid.cells.size());
  for (const GridCell& cell : grid.cells) {
    const CellLook look = cell_look(spec_, grid, cell);
    out.texts.push_back(prepare_text(collect(cell.inlines, look.bold), look.style, pos));
    out.aligns.push_back(look.style.align);
  }
  return out;
}

void Flow::table(const model::Block& block, double indent) {
  Grid grid = make_grid(*block.table);
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
  const double room = std::max(1.0, measure() - indent);

  // Columns that cannot fit their longest words would break inside them, and columns too
  // narrow for two words of a cell set it a word a line: the table is reshaped instead,
  // folded to pairs or stacked (table_fold.h), until it reads well.
  CellTexts cells = cell_texts(grid, block.pos);
  std::vector<CellExtent> extents = cell_extents(grid, cells.texts, spec_, room);
  std::vector<double> edges = column_edges(grid, extents, *block.table, room);
  for (TableShape shape : {TableShape::Pairs, TableShape::Stacked}) {
    if (grid_reads_well(grid, extents, edges, room)) break;
    if (shape == TableShape::Pairs && !can_fold_pairs(grid)) continue;
    if (shape == TableShape::Stacked && grid.columns == 1) break;
    grid = shape == TableShape::Pairs ? fold_pairs(grid) : stack_rows(grid, t);
    cells = cell_texts(grid, block.pos);
    extents = cell_extents(grid, cells.texts, spec_, room);
    edges = column_edges(grid, extents, *block.table, room);
  }
  double x0 = column_x_ + indent;
  if (block.align == model::Align::Center) x0 += (room - edges.back()) / 2;
  if (block.align == model::Align::Right) x0 += room - edges.back();

  // Each cell broken into lines in its width.
  const double line_height = body.size * body.leading;
  SetTable set{grid,
               std::vector<std::vector<SetLine>>(grid.cells.size()),
               std::vector<std::vector<InlineObject>>(grid.cells.size()),
               std::move(edges),
               x0,
               {line_height, (line_height - body.size) / 2 + 0.88 * body.size, 0.12 * body.size},
               std::vector<std::vector<int>>(grid.cells.size())};
  // Table, a TR for each row, a TH or TD for each cell, by row as the grid lists them.
  const int table_element = structure_.add(model::StructureType::Table, line_no);
  int row_element = -1;
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& cell = grid.cells[i];
    if (i == 0 || cell.row != grid.cells[i - 1].row)
      row_element = structure_.add_to(table_element, model::StructureType::TR);
    const int cell_element = structure_.add_to(
        row_element, cell.header ? model::StructureType::TH : model::StructureType::TD);
    const double width = std::max(
        1.0, set.edges[cell.column + cell.columns] - set.edges[cell.column] - 2 * t.padding_x);
    const Paragraph& text = cells.texts[i];
    for (const LineSpan& span : break_lines(text, width, spec_.line_breaking, spec_.justify)) {
      set.cells[i].push_back(set_line(text, span, width, cells.aligns[i], spec_.justify));
      stamp(set.cells[i].back(), cell_element);
    }
    set.objects[i] = text.objects;
    // An image in a cell is a Figure of the cell, read with its alt text; one without (an
    // icon beside a link) says nothing and stays an artifact.
    for (const InlineObject& object : set.objects[i]) {
      set.figures[i].push_back(model::kArtifact);
      if (object.image->alt.empty()) continue;
      set.figures[i].back() =
          structure_.add_to(cell_element, model::StructureType::Figure, line_no);
      structure_.at(set.figures[i].back()).alt = object.image->alt;
    }
  }
  std::vector<Row> rows =
      table_rows(set, t, spec_.page_height - spec_.margin_top - spec_.margin_bottom);
  pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
  rows.front().space_before = pending_space_;
  rows.front().break_before = pending_page_break_;
  pending_page_break_ = false;
  rows_.insert(rows_.end(), std::make_move_iterator(rows.begin()),
               std::make_move_iterator(rows.end()));
  pending_space_ = spec_.paragraph_gap;
}

}  // namespace jianli::layout
