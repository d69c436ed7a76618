// Tables as a reader sees them: the built program renders a Markdown table, and poppler's
// word boxes show each column's cells on one left edge, centre or right edge.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "process.h"
#include "scratch_dir.h"
#include "word_boxes.h"

namespace jianli::test {
namespace {

class TablesTest : public ScratchDirTest {
 protected:
  SplitResult render(const std::string& md, const std::string& layout) {
    return run_split(jianli() + " " + md + " -o " + path("out.pdf") + " --layout " + layout);
  }
  // The one word whose text is `text`.
  static WordBox word(const std::vector<WordBox>& words, const std::string& text) {
    auto found =
        std::find_if(words.begin(), words.end(), [&](const WordBox& w) { return w.text == text; });
    EXPECT_NE(found, words.end()) << text;
    EXPECT_EQ(
        std::count_if(words.begin(), words.end(), [&](const WordBox& w) { return w.text == text; }),
        1)
        << text;
    return found == words.end() ? WordBox{} : *found;
  }
};

const std::string kResume =
    "# 张三\n电话 123\n\n## 项目\n\n"
    "| 年份 | 奖项 | 金额 |\n"
    "|:---|:---:|---:|\n"
    "| 2018 | 国家奖学金 | 8000 |\n"
    "| 2019–2020 | 区域赛金牌 | 12 |\n"
    "| 2021 | 优秀毕业生称号 | 300000 |\n";

TEST_F(TablesTest, CellsOfAColumnShareTheirEdgeInEveryLayout) {
  const std::string md = write("r.md", kResume);
  for (const char* layout : {"classic", "modern", "compact", "kai", "sidebar"}) {
    SCOPED_TRACE(layout);
    SplitResult r = render(md, layout);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err.find("table"), std::string::npos) << "no warning about the table: " << r.err;
    const std::vector<WordBox> words = word_boxes(path("out.pdf"), path("out.html"));
    // pdftotext rounds nothing; the boxes are glyph extents, so allow a tenth of a point.
    const double left = word(words, "年份").x0;
    for (const char* text : {"2018", "2019–2020", "2021"})
      EXPECT_NEAR(word(words, text).x0, left, 0.15) << text;
    auto centre = [](const WordBox& w) { return (w.x0 + w.x1) / 2; };
    const double middle = centre(word(words, "奖项"));
    for (const char* text : {"国家奖学金", "区域赛金牌", "优秀毕业生称号"})
      EXPECT_NEAR(centre(word(words, text)), middle, 0.15) << text;
    const double right = word(words, "金额").x1;
    for (const char* text : {"8000", "12", "300000"})
      EXPECT_NEAR(word(words, text).x1, right, 0.5) << text;
    // Rows read across: a row's cells on one line, below the one before.
    EXPECT_NEAR(word(words, "2018").y1, word(words, "8000").y1, 0.5);
    EXPECT_GT(word(words, "2021").y0, word(words, "2019–2020").y1);
  }
}

TEST_F(TablesTest, CorpusResumesWithTablesRenderInEveryLayoutWithNoTableSyntaxLeft) {
  const std::string data = std::string(JIANLI_TEST_DATA) + "/resumes/";
  const std::pair<const char*, const char*> resumes[] = {{"zh-tables.md", "优秀研究生"},
                                                         {"en-tables.md", "Terraform"}};
  for (const auto& [file, last_cell] : resumes) {
    for (const char* layout : {"classic", "modern", "compact", "kai", "sidebar"}) {
      SCOPED_TRACE(std::string(file) + " in " + layout);
      SplitResult r = render(data + file, layout);
      ASSERT_EQ(r.status, 0) << r.err;
      EXPECT_EQ(r.err, "") << "no warnings";
      const std::string text = run("pdftotext " + path("out.pdf") + " -").out;
      EXPECT_EQ(text.find('|'), std::string::npos) << "a table shown as Markdown:\n" << text;
      EXPECT_EQ(text.find("---"), std::string::npos) << text;
      EXPECT_NE(text.find(last_cell), std::string::npos) << text;
    }
  }
}

TEST_F(TablesTest, AHundredColumnsAreAWarningAtTheTableNotAHang) {
  std::string header = "|", rule = "|", row = "|";
  for (int c = 0; c < 100; ++c) {
    header += " h" + std::to_string(c) + " |";
    rule += "---|";
    row += " v" + std::to_string(c) + " |";
  }
  const std::string md =
      write("r.md", "# 张三\n电话 123\n\n## 表\n\n" + header + "\n" + rule + "\n" + row + "\n");
  SplitResult r = render(md, "classic");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find(md + ":6: warning: a table of 100 columns is set in 16"), std::string::npos)
      << r.err;
  const std::string text = run("pdftotext " + path("out.pdf") + " -").out;
  EXPECT_NE(text.find("v99"), std::string::npos) << "the text past the 16th column is kept";
}

// A 基本信息 grid of four columns in the sidebar's 55 mm side column: its pairs cannot sit
// side by side without breaking 中共党员, so they fold to label/value pairs, in order.
TEST_F(TablesTest, TheSidebarFoldsAPersonalGridToPairsAndBreaksNoField) {
  const std::string md = write("r.md",
                               "# 张三\n电话：186-1023-5577\n\n## 基本信息\n\n"
                               "| 姓名 | 周怡然 | 性别 | 女 |\n|---|---|---|---|\n"
                               "| 学历 | 硕士 | 政治面貌 | 中共党员 |\n"
                               "| 籍贯 | 湖南长沙 | 工作年限 | 三年 |\n\n"
                               "## 工作经历\n\n负责推荐系统的召回与排序。\n");
  for (const char* layout : {"sidebar", "classic"}) {
    SCOPED_TRACE(layout);
    SplitResult r = render(md, layout);
    ASSERT_EQ(r.status, 0) << r.err;
    const std::vector<WordBox> words = word_boxes(path("out.pdf"), path("out.html"));
    const char* labels[] = {"姓名", "性别", "学历", "政治面貌", "籍贯", "工作年限"};
    const char* values[] = {"周怡然", "女", "硕士", "中共党员", "湖南长沙", "三年"};
    for (int k = 0; k < 6; ++k) {
      SCOPED_TRACE(labels[k]);
      const WordBox label = word(words, labels[k]), value = word(words, values[k]);
      EXPECT_NEAR(value.y1, label.y1, 0.5) << "each value on its label's line";
      EXPECT_GT(value.x0, label.x1);
    }
    const bool folded = std::string(layout) == "sidebar";
    // Folded, the pairs are read down one column of labels; side by side, across.
    EXPECT_EQ(std::abs(word(words, "性别").x0 - word(words, "姓名").x0) < 0.15, folded);
    EXPECT_EQ(word(words, "性别").y0 > word(words, "周怡然").y1, folded);
    if (folded) {
      for (int k = 1; k < 6; ++k)
        EXPECT_GT(word(words, labels[k]).y0, word(words, labels[k - 1]).y1) << labels[k];
    }
  }
}

}  // namespace
}  // namespace jianli::test
