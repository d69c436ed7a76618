// Issue 13: the sidebar's columns must not line up into what poppler's default text mode
// takes for a table. side_row_in_table on lines built by hand, with the geometry of the
// seed's first rows (a 9 pt contact block and a 24 pt name, then two 12 pt headings).
#include "layout/extraction_tables.h"

#include <gtest/gtest.h>

namespace jianli::layout {
namespace {

using model::Region;

ExtractedLine line(double baseline, double size, double x0, double x1, Region region, size_t row) {
  return {.page = 0,
          .baseline = baseline,
          .size = size,
          .ascent = 1.16 * size,
          .descent = 0.288 * size,
          .x0 = x0,
          .x1 = x1,
          .region = region,
          .row = row};
}

// Side column at x 31–150, main at 207–555. `heading_drop` moves the side heading down.
std::vector<ExtractedLine> seed_top(double heading_drop) {
  return {
      line(780, 9, 31, 140, Region::Side, 0),                 // contact
      line(748 - heading_drop, 12, 31, 80, Region::Side, 1),  // 教育背景
      line(772, 24, 207, 280, Region::Main, 0),               // 钱玉磊
      line(748, 12, 207, 255, Region::Main, 1),               // 个人简介
      line(725, 9.5, 207, 555, Region::Main, 2),              // the summary, one block
      line(711, 9.5, 207, 555, Region::Main, 2),
  };
}

TEST(ExtractionTablesTest, HeadingsLevelAcrossTheColumnsMakeATable) {
  // The contact block beside the name, and the two headings level: poppler reads the four
  // as a 2×2 table; the side heading is the row to move.
  EXPECT_EQ(side_row_in_table(seed_top(0)), 1u);
  // 3 pt apart is still within half the smallest size (4.5 pt).
  EXPECT_EQ(side_row_in_table(seed_top(3)), 1u);
}

TEST(ExtractionTablesTest, HeadingsApartByHalfASizeMakeNoTable) {
  EXPECT_EQ(side_row_in_table(seed_top(7)), std::nullopt);
}

TEST(ExtractionTablesTest, OneColumnIsNeverATableWithItself) {
  std::vector<ExtractedLine> lines;
  for (size_t i = 0; i < 6; ++i) lines.push_back(line(780 - 20.0 * i, 9, 31, 140, Region::Side, i));
  EXPECT_EQ(side_row_in_table(lines), std::nullopt);
}

TEST(ExtractionTablesTest, LinesWithinOneAndAHalfSizesAreOneBlock) {
  // A main paragraph whose lines are 1.45 sizes apart is one tall block: it overlaps both
  // side blocks in y, so no table forms even with the headings level.
  std::vector<ExtractedLine> lines = {
      line(780, 9, 31, 140, Region::Side, 0),
      line(760, 9, 31, 140, Region::Side, 1),
  };
  for (size_t i = 0; i < 4; ++i)
    lines.push_back(line(780 - 1.45 * 9 * i, 9, 207, 555, Region::Main, i));
  EXPECT_EQ(side_row_in_table(lines), std::nullopt);
  // At 1.6 sizes each line is a block of its own, level with the side lines: a table.
  lines.resize(2);
  lines[1].baseline = 780 - 1.6 * 9;
  for (size_t i = 0; i < 4; ++i)
    lines.push_back(line(780 - 1.6 * 9 * i, 9, 207, 555, Region::Main, i));
  EXPECT_EQ(side_row_in_table(lines), 1u);
}

}  // namespace
}  // namespace jianli::layout
