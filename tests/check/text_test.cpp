// --text: the plain-text twin for job portals, from the laid-out pages.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "../e2e/process.h"
#include "../e2e/scratch_dir.h"

namespace jianli::test {
namespace {

// A measure of about 35 Latin letters or 17 Han characters: lines break where the tests need.
const char* const kNarrow = "extends: default\nmargins: {left: 70mm, right: 70mm}\n";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool has_line(const std::string& text, const std::string& line) {
  const std::vector<std::string> lines = lines_of(text);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

class TextTest : public ScratchDirTest {
 protected:
  std::string text_of(const std::string& markdown, const std::string& args = "") {
    write("r.md", markdown);
    write("narrow.yaml", kNarrow);
    Result r = run(jianli() + " -q " + path("r.md") + " --text " + path("r.txt") +
                   " --dump-layout " + path("r.json") + " " + args);
    EXPECT_EQ(r.status, 0) << r.out;
    return slurp(path("r.txt"));
  }

  // In the narrow measure.
  std::string narrow_text(const std::string& markdown) {
    return text_of(markdown, "-l " + path("narrow.yaml"));
  }

  // The laid-out lines of the last text_of, as --dump-layout gives them: to see that the
  // layout broke a line where the test needs it.
  std::vector<std::string> laid_lines() {
    const std::string json = slurp(path("r.json"));
    static const std::regex line(R"re(\{"text": "((?:[^"\\]|\\.)*)", "baseline)re");
    std::vector<std::string> lines;
    for (auto m = std::sregex_iterator(json.begin(), json.end(), line); m != std::sregex_iterator();
         ++m)
      lines.push_back((*m)[1]);
    return lines;
  }

  // Whether some laid-out line ends with `end` and the next starts with `start`.
  bool broke_between(const std::string& end, const std::string& start) {
    const std::vector<std::string> lines = laid_lines();
    for (size_t i = 0; i + 1 < lines.size(); ++i)
      if (lines[i].ends_with(end) && lines[i + 1].starts_with(start)) return true;
    return false;
  }
};

const std::string kEnglish = "---\nlang: en\n---\n# Zhang San\n\n## Work\n\n";
const std::string kChinese = "---\nlang: zh\n---\n# 张三\n\n## 工作\n\n";

TEST_F(TextTest, AParagraphIsOneLineLatinLinesJoinedByTheirSpace) {
  const std::string paragraph =
      "Led the inference team of twelve engineers and shipped the serving stack that carries "
      "every request of the app.";
  std::string text = narrow_text(kEnglish + paragraph + "\n");
  ASSERT_GE(laid_lines().size(), 6u);  // the paragraph took several lines
  EXPECT_TRUE(has_line(text, paragraph)) << text;
}

TEST_F(TextTest, AHyphenTheLineBreakerAddedGoesAndTheWordIsWhole) {
  const std::string paragraph =
      "Internationalization responsibilities demonstrated extraordinary characteristically "
      "uncompromising implementations of heterogeneous multidimensional infrastructure.";
  std::string text = text_of(kEnglish + paragraph + "\n");
  ASSERT_TRUE(broke_between("uncompromis-", "ing")) << slurp(path("r.json"));
  EXPECT_TRUE(has_line(text, paragraph)) << text;
}

TEST_F(TextTest, AHardHyphenAtALineEndStaysWithNoSpace) {
  const std::string paragraph =
      "Our stack: Kubernetes-Prometheus-Grafana-Elasticsearch pipelines, end to end.";
  std::string text = narrow_text(kEnglish + paragraph + "\n");
  ASSERT_TRUE(broke_between("Kubernetes-Prometheus-", "Grafana")) << slurp(path("r.json"));
  EXPECT_TRUE(has_line(text, paragraph)) << text;
}

TEST_F(TextTest, HanLinesJoinWithNoSpaceAndFullWidthPunctuationReadsAsTyped) {
  const std::string paragraph =
      "负责美团自研大模型推理框架（首创EPS-MoE），覆盖文本与多模态模型；“端到端”优化——"
      "延迟降低50%，吞吐提升3倍……《技术报告》已发表。";
  std::string text = narrow_text(kChinese + paragraph + "\n");
  ASSERT_GE(laid_lines().size(), 7u);
  EXPECT_TRUE(has_line(text, paragraph)) << text;
}

TEST_F(TextTest, TheHanLatinGapIsNoSpaceUnlessOneWasTyped) {
  // Fourteen Han characters and a Latin word fill the narrow line: the break falls between
  // "GPU2048" and "训练", where the second paragraph typed a space and the first did not.
  const std::string han(std::string("推") + "推推推推推推推推推推推推推");
  const std::string close = han + "GPU2048训练框架，节省成本。";
  const std::string spaced = han + "GPU2048 训练框架，节省成本。";
  std::string text = narrow_text(kChinese + close + "\n\n" + spaced + "\n");
  ASSERT_TRUE(broke_between("GPU2048", "训练")) << slurp(path("r.json"));
  EXPECT_TRUE(has_line(text, close)) << text;
  EXPECT_TRUE(has_line(text, spaced)) << text;
}

TEST_F(TextTest, AHardBreakStaysALineBreak) {
  const std::string text = narrow_text(
      kEnglish +
      "Led the inference team of twelve engineers, shipping the serving stack.<br>Built the RL "
      "trainer.\n\nFirst line  \nsecond line\\\nthird line\n");
  const std::string wrapped_then_broken =
      "Led the inference team of twelve engineers, shipping the serving stack.\nBuilt the RL "
      "trainer.\n";
  EXPECT_NE(text.find(wrapped_then_broken), std::string::npos) << text;
  EXPECT_NE(text.find("\nFirst line\nsecond line\nthird line"), std::string::npos) << text;
}

TEST_F(TextTest, ListItemsOnALineEachNestedOnesIndented) {
  const std::string text =
      narrow_text(kEnglish +
                  "- Led the inference team of twelve engineers and shipped the serving stack.\n"
                  "  - Cut the cost of a request by half.\n- Built the RL trainer.\n\n"
                  "1. Wrote the paper on expert pipelines for MoE inference.\n");
  const std::string items =
      "- Led the inference team of twelve engineers and shipped the serving stack.\n"
      "  - Cut the cost of a request by half.\n- Built the RL trainer.\n";
  EXPECT_NE(text.find(items), std::string::npos) << text;
  EXPECT_TRUE(has_line(text, "1. Wrote the paper on expert pipelines for MoE inference.")) << text;
}

TEST_F(TextTest, AnEntrysDatesFollowItsTitleEvenWhenTheTitleWraps) {
  std::string text =
      narrow_text(kEnglish +
                  "### Meituan, Staff Engineer of the Large Model Inference Team "
                  "<span style=\"float:right\">2020 – now</span>\n\n- Led the team.\n");
  ASSERT_GE(laid_lines().size(), 6u);
  EXPECT_TRUE(
      has_line(text, "Meituan, Staff Engineer of the Large Model Inference Team 2020 – now"))
      << text;
}

TEST_F(TextTest, TheSeedsGridReadsRowByRowAsTyped) {
  ASSERT_EQ(run(jianli() + " new --lang zh " + path("r.md")).status, 0);
  Result r = run(jianli() + " -q " + path("r.md") + " --text " + path("r.txt"));
  ASSERT_EQ(r.status, 0) << r.out;
  const std::string text = slurp(path("r.txt"));
  EXPECT_TRUE(has_line(text, "电话：138-0000-0000 ｜ 邮箱：zhangsan@example.com ｜ 北京")) << text;
  EXPECT_NE(text.find("基本信息\n\n姓名 | 张三 | 性别 | 男\n出生年月 | 1995年6月 | 学历 | 硕士\n"
                      "工作年限 | 5 年 | 求职意向 | 后端开发工程师\n"),
            std::string::npos)
      << text;
}

TEST_F(TextTest, ASidebarsColumnsAreEachReadWholeInSourceOrder) {
  std::string body;
  for (int i = 0; i < 6; ++i)
    body += "- Led the inference team of twelve engineers and shipped the serving stack " +
            std::to_string(i) + ".\n";
  std::string text =
      text_of(kEnglish + body +
                  "\n## Education\n\n- **2012 – 2015**, University of Chinese Academy of Sciences, "
                  "Master's in Software Engineering\n\n## Skills\n\nC++, Python, CUDA, Triton\n",
              "-l sidebar");
  size_t at = 0;
  for (const char* line :
       {"Work", "- Led the inference team of twelve engineers and shipped the serving stack 5.",
        "Education",
        "- University of Chinese Academy of Sciences, Master’s in Software Engineering",
        "  2012 – 2015", "Skills", "C++, Python, CUDA, Triton"}) {
    const size_t found = text.find(std::string("\n") + line + "\n", at);
    ASSERT_NE(found, std::string::npos) << line << " after " << at << " in\n" << text;
    at = found + 1;
  }
}

TEST_F(TextTest, HeadingsBulletsDatesAndLinksAsAPortalWantsThem) {
  std::string text = text_of(
      "# Zhang San\n\n[zhang@example.com](mailto:zhang@example.com) · "
      "[GitHub](https://github.com/zhang)\n\n## Experience\n\n"
      "### Meituan, Staff Engineer <span style=\"float:right\">2020 – now</span>\n\n"
      "- Led the inference team.\n- Built the RL trainer.\n");
  EXPECT_NE(text.find("Zhang San\n"), std::string::npos) << text;
  EXPECT_NE(text.find("zhang@example.com · GitHub (https://github.com/zhang)\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("\n\nExperience\n"), std::string::npos) << text;
  EXPECT_NE(text.find("Meituan, Staff Engineer 2020 – now\n"), std::string::npos) << text;
  EXPECT_NE(text.find("- Led the inference team.\n- Built the RL trainer."), std::string::npos)
      << text;
  EXPECT_EQ(text.find('\f'), std::string::npos);
}

TEST_F(TextTest, PageNumbersAreLeftOut) {
  std::string body = "# Zhang San\n\n## Work\n\n";
  for (int i = 0; i < 60; ++i) body += "Paragraph " + std::to_string(i) + ".\n\n";
  std::string text = text_of(body, "-l classic");
  EXPECT_NE(text.find("Paragraph 59."), std::string::npos);
  EXPECT_EQ(text.find("Page 1 of"), std::string::npos) << text;
}

TEST_F(TextTest, TheTextNeverReplacesTheInput) {
  write("r.md", "# Zhang San\n");
  Result r = run(jianli() + " -q " + path("r.md") + " --text " + path("r.md"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("the plain text would overwrite the input"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(path("r.md")), "# Zhang San\n");
}

TEST_F(TextTest, AParagraphRunningOnToTheNextPageIsOneLine) {
  std::string body = kEnglish;
  const std::string paragraph =
      "Led the inference team of twelve engineers and shipped the serving stack that carries "
      "every request of the app, from the first prototype to the fleet of today.";
  for (int i = 0; i < 20; ++i) body += std::to_string(i) + ". " + paragraph + "\n\n";
  std::string text = narrow_text(body);
  ASSERT_NE(slurp(path("r.json")).find("\"number\": 2"), std::string::npos);  // two pages
  for (int i = 0; i < 20; ++i)
    EXPECT_TRUE(has_line(text, std::to_string(i) + ". " + paragraph)) << i << "\n" << text;
}

// The Markdown of a shipped résumé's paragraph, as its text reads: each of resume.md's and
// resume.en.md's paragraphs (headings, list items) is one line of the source.
std::vector<std::string> source_paragraphs(const std::string& markdown) {
  std::vector<std::string> paragraphs;
  const std::vector<std::string> lines = lines_of(markdown);
  size_t start = std::find(lines.begin() + 1, lines.end(), "---") - lines.begin() + 1;
  static const std::regex marker(R"(^(#+ |- |\d+\. ))");
  for (size_t i = start; i < lines.size(); ++i) {
    if (lines[i].empty() || lines[i] == "---") continue;
    std::string text = std::regex_replace(lines[i], marker, "");
    text = std::regex_replace(text, std::regex(R"(\*\*)"), "");
    paragraphs.push_back(std::regex_replace(text, std::regex("'"), "’"));  // smart quotes
  }
  return paragraphs;
}

TEST_F(TextTest, EveryParagraphOfTheShippedResumesIsOneLineInEveryLayout) {
  for (const char* resume : {"resume.md", "resume.en.md"}) {
    const std::string source = slurp(std::string(JIANLI_SOURCE_DIR) + "/" + resume);
    for (const char* layout : {"default", "classic", "modern", "compact", "kai", "sidebar"}) {
      // Dates as typed, so that an entry's title reads as its source line does.
      write("dates.yaml", std::string("extends: ") + layout +
                              "\nentries: {dates: inline}\nsidebar: {dates: inline}\n");
      Result r = run(jianli() + " -q " + JIANLI_SOURCE_DIR + "/" + resume + " -o " + path("r.pdf") +
                     " --force -l " + path("dates.yaml") + " --text " + path("r.txt"));
      ASSERT_EQ(r.status, 0) << r.out;
      std::vector<std::string> lines = lines_of(slurp(path("r.txt")));
      for (std::string& line : lines)
        line = std::regex_replace(line, std::regex(R"(^ *(- |\d+\. )?)"), "");
      auto has = [&](const std::string& s) {
        return std::find(lines.begin(), lines.end(), s) != lines.end();
      };
      for (const std::string& paragraph : source_paragraphs(source)) {
        if (has(paragraph)) continue;
        // The side column sets the contact line's items one a line.
        std::string items = std::regex_replace(paragraph, std::regex("(, |，)"), "\n");
        const std::vector<std::string> each = lines_of(items);
        EXPECT_TRUE(std::string(layout) == "sidebar" && each.size() > 1 &&
                    std::all_of(each.begin(), each.end(), has))
            << resume << " in " << layout << ": " << paragraph;
      }
    }
  }
}

}  // namespace
}  // namespace jianli::test
