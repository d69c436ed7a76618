// Issue 11 item 5: where pages break. page_starts on rows built by hand, then whole
// documents: entries and lead-ins keep their first lines, runs of headings pack, the last
// page never holds a single line.
#include "layout/page_breaks.h"

#include <chrono>
#include <cmath>
#include <map>

#include "layout/engine.h"
#include "layout/fit.h"
#include "layout/paginate.h"
#include "layout_fixture.h"

namespace jianli::layout {
namespace {

std::vector<Row> rows_of(size_t n, double height, bool keep) {
  std::vector<Row> rows(n);
  for (Row& row : rows) row.height = height, row.keep_with_next = keep;
  return rows;
}

std::vector<size_t> page_sizes(const std::vector<size_t>& starts, size_t rows) {
  std::vector<size_t> sizes;
  for (size_t p = 0; p < starts.size(); ++p)
    sizes.push_back((p + 1 < starts.size() ? starts[p + 1] : rows) - starts[p]);
  return sizes;
}

TEST(PageStarts, AKeptRunMovesWholeToTheNextPageWhenItFitsThere) {
  std::vector<Row> rows = rows_of(12, 10, false);
  for (size_t k = 7; k < 10; ++k) rows[k].keep_with_next = true;  // rows 7..10 go together
  EXPECT_EQ(page_starts(rows, 90), (std::vector<size_t>{0, 7}));
}

TEST(PageStarts, ARunOfHeadingsTallerThanAPagePacksLikeAList) {
  // 300 headings with nothing under them: each keeps with the next. Before, every page
  // after the first held one heading and pagination took quadratic time.
  std::vector<Row> rows = rows_of(300, 10, true);
  rows.insert(rows.begin(), Row{.height = 10});  // a free row first (the name, say)
  const std::vector<size_t> sizes = page_sizes(page_starts(rows, 100), rows.size());
  ASSERT_EQ(sizes.size(), 31u);
  for (size_t p = 0; p + 2 < sizes.size(); ++p) EXPECT_EQ(sizes[p], 10u) << "page " << p + 1;
  EXPECT_EQ(sizes[29], 9u);  // so that the last heading is not alone
  EXPECT_EQ(sizes[30], 2u);
}

TEST(PageStarts, TheLastRowNeverStandsAloneOnAPage) {
  std::vector<Row> rows = rows_of(11, 10, false);
  EXPECT_EQ(page_sizes(page_starts(rows, 100), rows.size()), (std::vector<size_t>{9, 2}));
  rows[10].break_before = true;  // unless the résumé asks for the page itself
  EXPECT_EQ(page_sizes(page_starts(rows, 100), rows.size()), (std::vector<size_t>{10, 1}));
}

TEST(PageStarts, ExplicitBreaksAndOverTallRowsStillMakeNoBlankPage) {
  std::vector<Row> rows = rows_of(4, 10, true);
  rows[1].height = 500;  // taller than a page: alone on its page, overflowing
  rows[2].break_before = true;
  EXPECT_EQ(page_starts(rows, 100), (std::vector<size_t>{0, 1, 2}));
}

TEST(PageStarts, EightyThousandHeadingsTakeLinearTime) {
  // Before, the rows a heading keeps were counted anew for every heading: 40,000 headings
  // took 6.4 s and 80,000 took 38 s. Linear, 80,000 rows take about 10 ms.
  const std::vector<Row> rows = rows_of(80000, 10, true);
  model::LayoutSpec spec;
  spec.page_height = 842;
  spec.margin_top = spec.margin_bottom = 71;  // 700 pt of text: 70 rows a page
  model::PageSet pages;
  const auto start = std::chrono::steady_clock::now();
  paginate(rows, spec, pages);
  EXPECT_EQ(pages.pages.size(), (80000u + 69) / 70);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 1.0);
}

class KeepsTest : public LayoutTest {
 protected:
  model::Block heading(const std::string& text, int level) {
    return {.kind = model::BlockKind::Heading, .level = level, .inlines = plain(text)};
  }
  model::Block para(const std::string& text) {
    return {.kind = model::BlockKind::Paragraph, .inlines = plain(text)};
  }
  model::Block list(int items, const std::string& text) {
    model::Block block{.kind = model::BlockKind::List};
    for (int i = 0; i < items; ++i) block.items.push_back({{para(text + std::to_string(i))}});
    return block;
  }
  // Which page each line of text is on, by its text, in reading order.
  std::vector<std::pair<std::string, size_t>> lines(const model::Document& doc) {
    model::PageSet set = lay_out(doc, spec_, library_).pages;
    std::vector<std::pair<std::string, size_t>> out;
    for (size_t p = 0; p < set.pages.size(); ++p) {
      std::map<double, std::string, std::greater<double>> by_y;
      for (const model::TextRun& run : set.pages[p].runs)
        if (run.y > spec_.margin_bottom) by_y[std::round(run.y * 10)] += run.text;
      for (auto& [y, text] : by_y) out.push_back({text, p});
    }
    return out;
  }
  size_t page_of(const std::vector<std::pair<std::string, size_t>>& lines,
                 const std::string& start) {
    for (const auto& [text, page] : lines)
      if (text.starts_with(start)) return page;
    ADD_FAILURE() << "no line starts with " << start;
    return 0;
  }
};

TEST_F(KeepsTest, AnEntryKeepsItsDateLineAndTwoLinesOfItsBody) {
  spec_.entry_dates = model::DatePlace::Below;
  // One-line list items under the entry: before, only the first came with the heading.
  for (int shift = 0; shift < 50; ++shift) {
    model::Document doc;
    for (int i = 0; i < shift; ++i) doc.blocks.push_back(para("填充" + std::to_string(i)));
    model::Block entry = heading("2019年7月—至今　字节跳动", 3);
    entry.entry = model::Entry{"2019年7月", "至今", "", plain("字节跳动")};
    doc.blocks.push_back(entry);
    doc.blocks.push_back(list(6, "工作"));
    auto all = lines(doc);
    const size_t page = page_of(all, "字节跳动");
    EXPECT_EQ(page_of(all, "2019年7月"), page) << "shift " << shift;
    EXPECT_EQ(page_of(all, "•工作0"), page) << "shift " << shift;
    EXPECT_EQ(page_of(all, "•工作1"), page) << "shift " << shift;
  }
}

TEST_F(KeepsTest, ALeadInEndingInAColonStaysWithTheFirstItem) {
  for (const char* colon : {"：", ":"}) {
    for (int shift = 0; shift < 50; ++shift) {
      model::Document doc;
      for (int i = 0; i < shift; ++i) doc.blocks.push_back(para("填充" + std::to_string(i)));
      doc.blocks.push_back(para(std::string("主要工作") + colon));
      doc.blocks.push_back(list(3, "工作"));
      auto all = lines(doc);
      EXPECT_EQ(page_of(all, "主要工作"), page_of(all, "•工作0")) << colon << " shift " << shift;
    }
  }
}

TEST_F(KeepsTest, ARunOfHeadingsPacksOntoFullPages) {
  // An awards list written as headings: before, a blank page and pages of one heading each.
  model::Document doc;
  doc.blocks.push_back(heading("荣誉奖项", 2));
  for (int i = 0; i < 200; ++i) doc.blocks.push_back(heading("奖项" + std::to_string(i), 3));
  auto all = lines(doc);
  std::map<size_t, int> per_page;
  for (const auto& [text, page] : all) ++per_page[page];
  ASSERT_GE(per_page.size(), 3u);
  for (size_t p = 0; p < per_page.size(); ++p)
    EXPECT_GE(per_page[p], 10) << "page " << p + 1 << " of " << per_page.size();
}

TEST_F(KeepsTest, TheLastPageHoldsAtLeastTwoLines) {
  for (int shift = 0; shift < 60; ++shift) {
    model::Document doc;
    for (int i = 0; i < 40 + shift; ++i) doc.blocks.push_back(para("行" + std::to_string(i)));
    auto all = lines(doc);
    const size_t last = all.back().second;
    if (last == 0) continue;
    int on_last = 0;
    for (const auto& [text, page] : all) on_last += page == last;
    EXPECT_GE(on_last, 2) << "shift " << shift;
  }
}

TEST_F(KeepsTest, FitPagesTightensAwayAShortLastPageAndSaysWhatItDid) {
  model::Document doc;  // one-line paragraphs until the second page begins
  while (lay_out(doc, spec_, library_).pages.pages.size() < 2)
    doc.blocks.push_back(para("行" + std::to_string(doc.blocks.size())));
  const LayoutResult plain = lay_out(doc, spec_, library_);
  ASSERT_EQ(plain.last_page_lines, 2);  // the spilled line, with one to keep it company
  auto said = [](const FitResult& fit) {
    std::string all;
    for (const std::string& change : fit.changes) all += change + "; ";
    return all;
  };
  const FitResult fit = fit_pages(doc, spec_, library_, 2);
  ASSERT_TRUE(fit.laid);
  EXPECT_EQ(fit.laid->pages.pages.size(), 1u);
  EXPECT_NE(said(fit).find("a last page of 2 lines is not left"), std::string::npos) << said(fit);
  // A layout that may not tighten keeps the page, and says why.
  spec_.fit_min_spacing = 1;
  spec_.fit_min_leading = spec_.body_style.leading;
  spec_.fit_min_body_size = spec_.body_style.size;
  const FitResult kept = fit_pages(doc, spec_, library_, 2);
  ASSERT_TRUE(kept.laid);
  EXPECT_EQ(kept.laid->pages.pages.size(), 2u);
  EXPECT_NE(said(kept).find("the last page holds only 2 lines"), std::string::npos) << said(kept);
}

}  // namespace
}  // namespace jianli::layout
