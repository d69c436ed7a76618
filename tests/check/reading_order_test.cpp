// A page read part by part (check/reading_order.h): a sidebar's two columns read whole in
// either order are in place; a line of one read among the other's is not.
#include "check/reading_order.h"

#include <gtest/gtest.h>

#include "check/compare.h"

namespace jianli::check {
namespace {

using model::Region;

// Lines in the résumé's order: main column m0..m3, side column s0..s2, the page number;
// `extracted` gives each its place in the extracted text.
std::vector<ReadLine> page(const std::vector<int>& extracted) {
  const Region regions[] = {Region::Main, Region::Main, Region::Main, Region::Main,
                            Region::Side, Region::Side, Region::Side, Region::Footer};
  std::vector<ReadLine> lines;
  for (size_t i = 0; i < extracted.size(); ++i) lines.push_back({regions[i], extracted[i]});
  return lines;
}

size_t out_of_place(const ReadingOrder& order) {
  return std::count(order.in_place.begin(), order.in_place.end(), false);
}

TEST(ReadingOrderTest, MainColumnFirstAsDrawnIsInPlace) {
  EXPECT_EQ(out_of_place(reading_order(page({0, 1, 2, 3, 4, 5, 6, 7}))), 0u);
}

TEST(ReadingOrderTest, SideColumnFirstAsPopplerReadsItIsInPlace) {
  EXPECT_EQ(out_of_place(reading_order(page({3, 4, 5, 6, 0, 1, 2, 7}))), 0u);
  // The page number after the side column, before the main one.
  EXPECT_EQ(out_of_place(reading_order(page({4, 5, 6, 7, 0, 1, 2, 3}))), 0u);
}

TEST(ReadingOrderTest, ASideLineReadAmongMainLinesInterleaves) {
  // s0 read between m1 and m2, as poppler's table detection reads a row of two columns.
  ReadingOrder order = reading_order(page({0, 1, 3, 4, 2, 5, 6, 7}));
  EXPECT_EQ(out_of_place(order), 1u);
  EXPECT_FALSE(order.in_place[4]);
  EXPECT_TRUE(order.interleaved[4]);
}

TEST(ReadingOrderTest, ColumnsReadRowByRowLeaveOnlyOneColumnInPlace) {
  // m0 s0 m1 s1 m2 s2 m3: three side lines (or three main ones) are out of place.
  ReadingOrder order = reading_order(page({0, 2, 4, 6, 1, 3, 5, 7}));
  EXPECT_EQ(out_of_place(order), 3u);
  for (size_t i = 4; i < 7; ++i) EXPECT_TRUE(order.interleaved[i]) << i;
}

TEST(ReadingOrderTest, ALineOutOfOrderInsideItsOwnColumnIsNotInterleaving) {
  // m1 and m2 swapped, the side column after the main one.
  ReadingOrder order = reading_order(page({0, 2, 1, 3, 4, 5, 6, 7}));
  EXPECT_EQ(out_of_place(order), 1u);
  for (size_t i = 0; i < 8; ++i) {
    if (!order.in_place[i]) {
      EXPECT_FALSE(order.interleaved[i]) << i;
    }
  }
}

TEST(ReadingOrderTest, OneColumnIsALongestIncreasingRun) {
  std::vector<ReadLine> lines;
  for (int e : {0, 3, 1, 2, 4}) lines.push_back({Region::Main, e});
  EXPECT_EQ(out_of_place(reading_order(lines)), 1u);
}

// A page of two columns, each line one run: the main column at x 200, the side at x 40.
struct TwoColumnPage {
  model::PageSet laid;
  ScannedPage scanned;
  TwoColumnPage() {
    laid.pages.emplace_back();
    const char* main_lines[] = {"Yulei Qian", "Summary", "Built the platform"};
    const char* side_lines[] = {"Email me", "Education", "Peking University"};
    for (int i = 0; i < 3; ++i) add(main_lines[i], 200, 800 - 20 * i, model::Region::Main);
    for (int i = 0; i < 3; ++i) add(side_lines[i], 40, 795 - 20 * i, model::Region::Side);
    for (int i = 0; i < 6; ++i) scanned.baselines.push_back(800 - 5 * (i % 2) - 20 * (i / 2));
  }
  void add(const std::string& text, double x, double y, model::Region region) {
    model::TextRun run;
    run.text = text, run.x = x, run.y = y, run.width = 6.0 * text.size(), run.region = region;
    run.glyphs.resize(text.size());
    laid.pages[0].runs.push_back(run);
  }
  Report check(std::vector<std::string> extracted) const {
    Report report;
    compare_text(laid, {ExtractedPage{std::move(extracted)}}, {scanned}, report);
    return report;
  }
};

TEST(CompareColumnsTest, ColumnsReadWholeInEitherOrderPass) {
  TwoColumnPage page;
  EXPECT_TRUE(page.check({"Yulei Qian", "Summary", "Built the platform", "Email me", "Education",
                          "Peking University"})
                  .passed());
  EXPECT_TRUE(page.check({"Email me", "Education", "Peking University", "Yulei Qian", "Summary",
                          "Built the platform"})
                  .passed());
}

TEST(CompareColumnsTest, InterleavedColumnsFailAtTheLineReadAmongTheOtherColumn) {
  TwoColumnPage page;
  // Read as poppler reads a "table" of the two columns' first blocks: row by row.
  Report report = page.check({"Email me", "Yulei Qian", "Education", "Summary", "Peking University",
                              "Built the platform"});
  ASSERT_FALSE(report.passed());
  ASSERT_EQ(report.findings.size(), 2u);
  for (const Finding& f : report.findings) {
    EXPECT_EQ(f.defect, Defect::OutOfOrder);
    EXPECT_EQ(f.page, 1);
    EXPECT_NE(f.detail.find("the columns interleave"), std::string::npos) << f.detail;
  }
  // Four lines can stay in place (the side column whole, then "Built the platform"): the
  // two others, "Yulei Qian" and "Summary", are reported at their page lines 1 and 3.
  EXPECT_EQ(report.findings[0].line, 1);
  EXPECT_NE(report.findings[0].detail.find("\"Yulei Qian\" is extracted as line 2"),
            std::string::npos)
      << report.findings[0].detail;
  EXPECT_EQ(report.findings[1].line, 3);
}

}  // namespace
}  // namespace jianli::check
