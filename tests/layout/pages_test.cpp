// Whole documents laid out: pagination rules, entries, page numbers, fitting.
#include <cmath>
#include <map>

#include "layout/dump.h"
#include "layout/engine.h"
#include "layout/fit.h"
#include "layout_fixture.h"

namespace jianli::layout {
namespace {

struct Line {
  double y;
  std::string text;
  double size;
  double right;       // x where the last run ends
  double left = 1e9;  // x where the first run starts
};

// The text lines of a page, top to bottom, page numbers left out.
std::vector<Line> lines_on(const model::PageSet& set, size_t page, double footer_y) {
  std::map<double, Line, std::greater<double>> by_y;
  for (const model::TextRun& run : set.pages[page].runs) {
    if (run.y <= footer_y + 0.5) continue;
    Line& line = by_y[std::round(run.y * 100) / 100];
    line.y = run.y;
    line.text += run.text;
    line.size = run.size;
    line.right = std::max(line.right, run.x + run.width);
    line.left = std::min(line.left, run.x);
  }
  std::vector<Line> out;
  for (auto& [y, line] : by_y) out.push_back(line);
  return out;
}

class PagesTest : public LayoutTest {
 protected:
  model::Block heading(const std::string& text, int level = 2) {
    return {.kind = model::BlockKind::Heading, .level = level, .inlines = plain(text)};
  }
  model::Block para(const std::string& text) {
    return {.kind = model::BlockKind::Paragraph, .inlines = plain(text)};
  }
  // A paragraph of `chars` copies of one Han character, so every line shows
  // which paragraph it belongs to.
  model::Block marked(int index, int chars) {
    std::u32string s(chars, static_cast<char32_t>(0x4E00 + 0x100 + index));
    return para(text::to_utf8(s));
  }
  LayoutResult lay(const model::Document& doc) { return lay_out(doc, spec_, library_); }
  double footer_y() const { return spec_.margin_bottom / 2; }
};

TEST_F(PagesTest, HeadingKeepsAtLeastTwoLinesOfWhatFollows) {
  // Shift the material by a line at a time so that headings fall at every
  // height of the page, the foot included.
  for (int shift = 0; shift < 12; ++shift) {
    model::Document doc;
    for (int i = 0; i < shift; ++i) doc.blocks.push_back(para("填充"));
    for (int i = 0; i < 12; ++i) {
      doc.blocks.push_back(heading("第" + std::to_string(i) + "节"));
      doc.blocks.push_back(marked(i, 46 * 4));
    }
    model::PageSet set = lay(doc).pages;
    ASSERT_GE(set.pages.size(), 2u);
    ASSERT_EQ(set.bookmarks.size(), 12u) << "one a heading";
    for (const model::Bookmark& mark : set.bookmarks) {
      int below = 0;
      for (const Line& line : lines_on(set, mark.page, footer_y()))
        below +=
            line.y < mark.y - spec_.section_style.size * 2 && line.size == spec_.body_style.size;
      EXPECT_GE(below, 2) << "shift " << shift << ", heading " << mark.title << " on page "
                          << mark.page + 1;
    }
  }
}

TEST_F(PagesTest, NoParagraphLeavesASingleLineAtTheFootOrHead) {
  for (int shift = 0; shift < 16; ++shift) {
    model::Document doc;
    for (int i = 0; i < shift; ++i) doc.blocks.push_back(para("填充"));
    for (int i = 0; i < 30; ++i) doc.blocks.push_back(marked(i, 46 * (2 + i % 4)));
    model::PageSet set = lay(doc).pages;
    std::map<std::string, int> total;  // lines per paragraph, by its character
    std::vector<std::vector<Line>> pages;
    for (size_t p = 0; p < set.pages.size(); ++p) {
      pages.push_back(lines_on(set, p, footer_y()));
      for (const Line& line : pages.back()) ++total[line.text.substr(0, 3)];
    }
    for (size_t p = 0; p + 1 < pages.size(); ++p) {
      std::string foot = pages[p].back().text.substr(0, 3);
      std::string head = pages[p + 1].front().text.substr(0, 3);
      if (foot != head) continue;  // the page break falls between paragraphs
      int on_this = 0, on_next = 0;
      for (const Line& line : pages[p]) on_this += line.text.substr(0, 3) == foot;
      for (const Line& line : pages[p + 1]) on_next += line.text.substr(0, 3) == head;
      EXPECT_GE(on_this, 2) << "orphan at the foot of page " << p + 1 << ", shift " << shift;
      EXPECT_GE(on_next, 2) << "widow at the head of page " << p + 2 << ", shift " << shift;
    }
  }
}

TEST_F(PagesTest, PageBreakMarkerStartsANewPage) {
  model::Document doc;
  doc.blocks = {para("第一页"), {.kind = model::BlockKind::PageBreak}, para("第二页")};
  model::PageSet set = lay(doc).pages;
  ASSERT_EQ(set.pages.size(), 2u);
  EXPECT_EQ(lines_on(set, 1, footer_y()).front().text, "第二页");
}

TEST_F(PagesTest, PageNumbersKnowThePageCount) {
  model::Document doc;
  for (int i = 0; i < 3; ++i) {
    doc.blocks.push_back(para("页"));
    doc.blocks.push_back({.kind = model::BlockKind::PageBreak});
  }
  spec_.page_number = "第 {page} 页 / 共 {pages} 页";
  model::PageSet set = lay(doc).pages;
  ASSERT_EQ(set.pages.size(), 3u);
  std::string footer;
  for (const model::TextRun& run : set.pages[1].runs)
    if (run.y < footer_y() + 0.5) footer += run.text;
  EXPECT_EQ(footer, "第 2 页 / 共 3 页");
}

TEST_F(PagesTest, EntryDatesSitFlushRightOnTheTitleLine) {
  model::Document doc;
  model::Block entry = heading("2023年2月-至今，美团，大模型方向", 4);
  entry.entry = model::Entry{"2023年2月", "至今", "", plain("美团，大模型方向")};
  doc.blocks.push_back(entry);
  model::PageSet set = lay(doc).pages;
  std::vector<Line> lines = lines_on(set, 0, footer_y());
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NEAR(lines[0].right, spec_.page_width - spec_.margin_right, 0.05);
  EXPECT_EQ(lines[0].text.find("美团，大模型方向"), 0u) << lines[0].text;
  EXPECT_NE(lines[0].text.find("2023年2月 – 至今"), std::string::npos) << lines[0].text;
  spec_.entry_dates = model::DatePlace::Inline;
  lines = lines_on(lay(doc).pages, 0, footer_y());
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text.find("2023年2月-至今"), 0u) << lines[0].text;
}

// A place and a role that wrap once keep their dates flush right, as the one-line items
// beside them do (corpus 11 in sidebar's main column), and wrap between the two; a sentence that
// starts with dates and wraps keeps them inline, as typed (resume.md's "2018 年-2018
// 年，从0到1设计……").
TEST_F(PagesTest, AnEntryTitleMayWrapOnceUnlessItIsASentence) {
  auto item_entry = [&](const std::string& start, const std::string& title) {
    model::Block p = para(start + "—2019年2月　　" + title);
    p.entry = model::Entry{start, "2019年2月", "", plain(title)};
    return p;
  };
  std::string place = "河南汇通软件股份有限公司";
  std::string sentence;
  while (sentence.size() < 3 * 80) sentence += "负责设计，";
  model::Block list{.kind = model::BlockKind::List};
  spec_.margin_right = spec_.page_width / 3;  // a column as narrow as sidebar's main one
  const std::string role = "高级 Java 开发工程师";
  list.items.push_back({{item_entry("2016年5月", place + "　　" + role)}});
  list.items.push_back({{item_entry("2017年5月", sentence.substr(0, 3 * 30))}});
  model::Document doc;
  doc.blocks = {list, item_entry("2010年9月", place)};
  std::vector<Line> lines = lines_on(lay(doc).pages, 0, footer_y());
  ASSERT_EQ(lines.size(), 5u);
  const double right_edge = spec_.page_width - spec_.margin_right;
  // the place and role: two lines, the dates flush right on the first
  EXPECT_EQ(lines[0].text.find("河南汇通"), 3u) << lines[0].text;  // after the bullet
  EXPECT_TRUE(lines[0].text.ends_with("2016年5月 – 2019年2月")) << lines[0].text;
  EXPECT_NEAR(lines[0].right, right_edge, 0.05);
  // and it wraps between its fields, not inside one ("开发工|程师")
  EXPECT_EQ(lines[1].text, role);
  // the sentence: two lines with its dates where they were typed
  EXPECT_NE(lines[2].text.find("2017年5月—2019年2月"), std::string::npos) << lines[2].text;
  EXPECT_EQ(lines[3].text.find("2019"), std::string::npos) << lines[3].text;
  // a paragraph that starts with dates is an entry as a list item is
  EXPECT_EQ(lines[4].text, place + "2010年9月 – 2019年2月");
  EXPECT_NEAR(lines[4].right, right_edge, 0.05);
}

TEST_F(PagesTest, HtmlAlignmentOverridesTheLayoutsForThatBlock) {
  model::Document doc;
  model::Block centred = heading("居中标题");
  centred.align = model::Align::Center;
  model::Block right = para("靠右");
  right.align = model::Align::Right;
  doc.blocks = {centred, right, para("照常")};
  std::vector<Line> lines = lines_on(lay(doc).pages, 0, footer_y());
  ASSERT_EQ(lines.size(), 3u);
  const double left_edge = spec_.margin_left, right_edge = spec_.page_width - spec_.margin_right;
  EXPECT_NEAR((lines[0].left + lines[0].right) / 2, (left_edge + right_edge) / 2, 0.05);
  EXPECT_NEAR(lines[1].right, right_edge, 0.05);
  EXPECT_NEAR(lines[2].left, left_edge, 0.05);
}

// CSS text-indent (首行缩进): the first line starts 2 em in and still ends at the right
// margin; the lines after it take the full measure.
TEST_F(PagesTest, AParagraphsFirstLineIsIndentedAsItsTextIndentSays) {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "负责";  // three lines or more
  model::Block indented = para(text);
  indented.first_indent = 2;
  model::Document doc;
  doc.blocks = {indented};
  std::vector<Line> lines = lines_on(lay(doc).pages, 0, footer_y());
  ASSERT_GE(lines.size(), 3u);
  const double size = spec_.body_style.size;
  EXPECT_NEAR(lines[0].left, spec_.margin_left + 2 * size, 0.05);
  EXPECT_NEAR(lines[1].left, spec_.margin_left, 0.05);
  EXPECT_NEAR(lines[0].right, lines[1].right, 0.05);  // justified to the same edge
  doc.blocks[0].first_indent = 0;
  EXPECT_NEAR(lines_on(lay(doc).pages, 0, footer_y()).at(0).left, spec_.margin_left, 0.05);
}

TEST_F(PagesTest, FloatRightTextSitsFlushRightOnTheFirstLine) {
  model::Document doc;
  model::Block school = para("北京大学 计算机科学");
  school.right = plain("2016–2020");
  model::Block job = heading("字节跳动", 3);
  job.right = plain("2020.7 – 至今");
  std::string long_text;
  for (int i = 0; i < 30; ++i) long_text += "负责";  // 60 characters: two lines
  model::Block wrapped = para(long_text);
  wrapped.right = plain("北京");
  doc.blocks = {school, job, wrapped};
  std::vector<Line> lines = lines_on(lay(doc).pages, 0, footer_y());
  ASSERT_EQ(lines.size(), 4u);
  const double right_edge = spec_.page_width - spec_.margin_right;
  EXPECT_EQ(lines[0].text, "北京大学 计算机科学2016–2020");
  EXPECT_NEAR(lines[0].left, spec_.margin_left, 0.05);
  EXPECT_NEAR(lines[0].right, right_edge, 0.05);
  EXPECT_EQ(lines[1].text, "字节跳动2020.7 – 至今");
  EXPECT_NEAR(lines[1].right, right_edge, 0.05);
  // A paragraph too long for one line keeps the right text on its first and leaves an
  // em clear of it.
  EXPECT_TRUE(lines[2].text.ends_with("北京")) << lines[2].text;
  EXPECT_NEAR(lines[2].right, right_edge, 0.05);
  EXPECT_EQ(lines[3].text.find("北京"), std::string::npos);
  EXPECT_LT(lines[3].right, right_edge - spec_.body_style.size * 2);
}

TEST_F(PagesTest, FitPagesTightensWithinTheLayoutsBounds) {
  // Grow the document until it just spills onto a second page.
  model::Document doc;
  for (int i = 0; lay(doc).pages.pages.size() < 2; ++i) {
    doc.blocks.push_back(heading("第" + std::to_string(i) + "节"));
    doc.blocks.push_back(marked(i, 46 * 2));
  }
  FitResult fit = fit_pages(doc, spec_, library_, 1);
  ASSERT_TRUE(fit.laid);
  EXPECT_EQ(fit.laid->pages.pages.size(), 1u);
  EXPECT_FALSE(fit.changes.empty());
  double smallest_body = 1e9;
  for (const model::Page& page : fit.laid->pages.pages)
    for (const model::TextRun& run : page.runs)
      if (run.size < spec_.section_style.size * 0.9)
        smallest_body = std::min(smallest_body, run.size);
  EXPECT_GE(smallest_body,
            spec_.fit_min_body_size * spec_.footer_style.size / spec_.body_style.size - 0.01);
  // Three times as much cannot fit one page without going below the bounds.
  model::Document big = doc;
  for (int i = 0; i < 2; ++i)
    big.blocks.insert(big.blocks.end(), doc.blocks.begin(), doc.blocks.end());
  FitResult refused = fit_pages(big, spec_, library_, 1);
  EXPECT_FALSE(refused.laid);
  EXPECT_GE(refused.pages, 2);
}

TEST_F(PagesTest, DumpListsEveryLineWithItsBaselineAndRuns) {
  model::Document doc;
  doc.blocks = {para("大模型推理框架 LongCat-Flash")};
  model::PageSet set = lay(doc).pages;
  std::string json = dump_json(set);
  EXPECT_NE(json.find("\"text\": \"大模型推理框架 LongCat-Flash\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"baseline\": "), std::string::npos);
  EXPECT_NE(json.find("\"family\": \"Noto Serif CJK SC\""), std::string::npos);
  // Each glyph as [id, x]: the first is 大 at the run's start, in the face's own glyph id.
  ASSERT_EQ(set.pages.size(), 1u);
  ASSERT_FALSE(set.pages[0].runs.empty());
  const model::TextRun& first = set.pages[0].runs[0];
  ASSERT_FALSE(first.glyphs.empty());
  EXPECT_NE(json.find("\"glyphs\": [[" + std::to_string(first.glyphs[0].id) + ", 0.000]"),
            std::string::npos)
      << json;
}

}  // namespace
}  // namespace jianli::layout
