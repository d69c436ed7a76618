// Column widths and the grid, without fonts: HTML's automatic table layout, spans,
// the column cap, the key–value grid.
#include "layout/table_widths.h"

#include <gtest/gtest.h>

#include <numeric>

#include "layout/table_grid.h"

namespace jianli::layout {
namespace {

double total(const std::vector<double>& widths) {
  return std::accumulate(widths.begin(), widths.end(), 0.0);
}

TEST(TableWidths, ContentThatFitsGetsItsUnwrappedWidth) {
  std::vector<double> w =
      column_widths({2, {{0, 1, 20, 60}, {1, 1, 30, 100}, {0, 1, 10, 80}}, 500});
  ASSERT_EQ(w.size(), 2u);
  EXPECT_DOUBLE_EQ(w[0], 80);  // the widest cell of the column
  EXPECT_DOUBLE_EQ(w[1], 100);
}

TEST(TableWidths, TooWideContentSharesTheMeasureAboveTheMinimums) {
  // Minimums 50 + 20, maxima 450 + 120: 130 pt to share, in proportion to 400 and 100.
  std::vector<double> w = column_widths({2, {{0, 1, 50, 450}, {1, 1, 20, 120}}, 200});
  EXPECT_NEAR(w[0], 50 + 130 * 0.8, 1e-9);
  EXPECT_NEAR(w[1], 20 + 130 * 0.2, 1e-9);
  EXPECT_NEAR(total(w), 200, 1e-9);
}

TEST(TableWidths, MinimumsWiderThanTheMeasureShrinkAlike) {
  std::vector<double> w = column_widths({2, {{0, 1, 300, 400}, {1, 1, 100, 100}}, 200});
  EXPECT_NEAR(w[0], 150, 1e-9);
  EXPECT_NEAR(w[1], 50, 1e-9);
}

TEST(TableWidths, ASpanningCellWidensTheColumnsItSpans) {
  // Columns of 40 and 60; a cell over both needs 200 unwrapped: the 100 more is shared 2:3.
  std::vector<double> w =
      column_widths({3, {{0, 1, 10, 40}, {1, 1, 10, 60}, {2, 1, 10, 50}, {0, 2, 20, 200}}, 1000});
  EXPECT_NEAR(w[0], 80, 1e-9);
  EXPECT_NEAR(w[1], 120, 1e-9);
  EXPECT_NEAR(w[2], 50, 1e-9);
}

TEST(TableWidths, AShortColumnBesideALongOneIsNotSqueezed) {
  // CSS alone would give "项目" (min 11, max 22) 11 + 1.4 pt: a character a line.
  std::vector<double> w = column_widths({2, {{0, 1, 11, 22}, {1, 1, 11, 2000}}, 400});
  EXPECT_NEAR(w[0], 22, 1e-9);
  EXPECT_NEAR(w[1], 378, 1e-9);
}

TEST(TableWidths, AColumnThatAsksForAWidthGetsItFirst) {
  std::vector<double> w = column_widths({2, {{0, 1, 20, 300, 150.0}, {1, 1, 20, 300}}, 250});
  EXPECT_NEAR(w[0], 150, 1e-9);
  EXPECT_NEAR(w[1], 100, 1e-9);
}

TEST(TableWidths, ATableWiderThanItsContentWidensTheFreeColumns) {
  std::vector<double> w = column_widths({2, {{0, 1, 20, 40, 40.0}, {1, 1, 20, 100}}, 500, 400.0});
  EXPECT_NEAR(w[0], 40, 1e-9);
  EXPECT_NEAR(w[1], 360, 1e-9);
}

model::TableCell cell(const std::string& text, int colspan = 1, int rowspan = 1) {
  return {.inlines = {model::Span{.text = text}}, .colspan = colspan, .rowspan = rowspan};
}

TEST(TableGrid, RowspanTakesItsSlotInTheRowsBelow) {
  model::Table table;
  table.rows = {{{cell("照片", 1, 2), cell("a"), cell("b")}}, {{cell("c"), cell("d")}}};
  Grid grid = make_grid(table);
  ASSERT_EQ(grid.cells.size(), 5u);
  EXPECT_EQ(grid.columns, 3);
  EXPECT_EQ(grid.cells[0].rows, 2);
  EXPECT_EQ(grid.cells[3].row, 1);
  EXPECT_EQ(grid.cells[3].column, 1) << "c goes beside the photo, not under it";
  EXPECT_EQ(grid.cells[4].column, 2);
}

TEST(TableGrid, SpansAreClippedToTheTable) {
  model::Table table;
  table.rows = {{{cell("a", 1, 99)}}, {{cell("b", 1000)}}};
  Grid grid = make_grid(table);
  EXPECT_EQ(grid.cells[0].rows, 2);
  EXPECT_EQ(grid.cells[1].columns, kMaxTableColumns - 1);
  EXPECT_EQ(grid.written_columns, 1001);
}

TEST(TableGrid, AThousandColumnsAreCutAtTheCapWithNoTextLost) {
  model::Table table;
  table.rows.resize(2);
  for (auto& row : table.rows)
    for (int c = 0; c < 1000; ++c) row.cells.push_back(cell("c" + std::to_string(c)));
  Grid grid = make_grid(table);
  EXPECT_EQ(grid.columns, kMaxTableColumns);
  EXPECT_EQ(grid.written_columns, 1000);
  ASSERT_EQ(grid.cells.size(), 2u * kMaxTableColumns);
  const std::string last = model::plain_text(grid.cells[kMaxTableColumns - 1].inlines);
  EXPECT_TRUE(last.starts_with("c15 c16 c17")) << last.substr(0, 40);
  EXPECT_TRUE(last.ends_with("c998 c999"));
}

TEST(TableGrid, LabelValuePairsAreAKeyValueGrid) {
  model::Table table;
  table.rows = {{{cell("性别"), cell("男"), cell("年龄"), cell("28")}},
                {{cell("电话"), cell("138"), cell("邮箱"), cell("a@b.c")}}};
  EXPECT_TRUE(make_grid(table).key_value) << "no header row";
  table.header_rows = 1;
  EXPECT_FALSE(make_grid(table).key_value) << "a header row of words: a data table";
  table.rows[0].cells[0] = cell("姓名");
  EXPECT_TRUE(make_grid(table).key_value) << "the name's pair in GFM's header row";
  model::Table named = table;
  named.rows.insert(named.rows.begin(), {{cell("项目"), cell("内容"), cell("项目"), cell("内容")}});
  named.rows[1].cells[0] = cell("性别");
  Grid pairs = make_grid(named);
  EXPECT_TRUE(pairs.key_value) << "a header row that names the pairs";
  EXPECT_TRUE(pairs.cells[0].header) << "and keeps the header's style";
  EXPECT_FALSE(pairs.cells[4].header);
  table.rows[0].cells[0] = cell("性别：");
  table.rows[0].cells[2] = cell("年龄：");
  table.rows[1].cells[0] = cell("电话:");
  table.rows[1].cells[2] = cell("邮箱：");
  Grid grid = make_grid(table);
  EXPECT_TRUE(grid.key_value) << "labels that end with colons";
  EXPECT_EQ(grid.header_rows, 0);
  table.rows.insert(table.rows.begin(), {{cell("基本信息", 4)}});
  table.rows[0].cells[0].header = true;
  grid = make_grid(table);
  EXPECT_TRUE(grid.key_value) << "a title across the grid";
  EXPECT_TRUE(grid.cells[0].header) << "the title keeps the header's style";
  EXPECT_FALSE(grid.cells[1].header);
  model::Table three;
  three.rows = {{{cell("姓名"), cell("张三"), cell("男")}}};
  EXPECT_FALSE(make_grid(three).key_value) << "three columns";
}

}  // namespace
}  // namespace jianli::layout
