// Sections placed by role, the contact block, the header without a name: Markdown read
// with the shipped table of headings and laid out with the shipped layouts.
#include <algorithm>
#include <map>

#include "layout/engine.h"
#include "layout_fixture.h"
#include "parse/document_reader.h"
#include "parse/section_roles.h"

namespace jianli::layout {
namespace {

class SectionsTest : public LayoutTest {
 protected:
  SectionsTest() : roles_(parse::load_section_roles(JIANLI_SOURCE_DIR "/data/sections.yaml")) {}

  LayoutResult lay(const std::string& markdown, const std::string& layout) {
    model::Document doc = parse::read_document(markdown, "cv.md", roles_);
    spec_ = parse::load_layout(layout, {std::string(JIANLI_SOURCE_DIR) + "/layouts"},
                               doc.meta.layout_overrides);
    return lay_out(doc, spec_, library_);
  }

  // The left edge of the first run holding `text` on page 1.
  static double x_of(const LayoutResult& laid, const std::string& text) {
    for (const model::TextRun& run : laid.pages.pages.at(0).runs)
      if (run.text.find(text) != std::string::npos) return run.x;
    ADD_FAILURE() << "no run with '" << text << "'";
    return -1;
  }

  // Whether `x` lies in the side column of the sidebar layout (on the left).
  bool in_side_column(double x) const {
    return x < spec_.margin_left + spec_.sidebar.width && x >= spec_.margin_left - 15;
  }

  // The baseline of the first side-column run on page 1 holding `text`.
  double side_line_of(const LayoutResult& laid, const std::string& text) const {
    for (const model::TextRun& run : laid.pages.pages.at(0).runs)
      if (in_side_column(run.x) && run.text.find(text) != std::string::npos) return run.y;
    ADD_FAILURE() << "no side-column run with '" << text << "'";
    return -1.0;
  }

  static bool warned(const LayoutResult& laid, const std::string& words) {
    const auto& all = laid.diagnostics.all();
    return std::any_of(all.begin(), all.end(), [&](const model::Diagnostic& d) {
      return d.message.find(words) != std::string::npos;
    });
  }

  parse::SectionRoles roles_;
};

const char* const kChinese =
    "## 王小明\n\n- 电话：138-0000-0000\n- 邮箱：wxm@example.com\n\n"
    "## 工作经历\n\n负责推荐系统的召回与排序。\n\n"
    "## 🎓 教育经历\n\n北京大学，计算机科学，硕士\n\n"
    "## 技能专长\n\nC++、Python、Go\n";

TEST_F(SectionsTest, SectionsOfTheSidebarsRolesGoBesideWhateverTheirHeadingSays) {
  LayoutResult laid = lay(kChinese, "sidebar");
  for (const char* side : {"教育经历", "北京大学", "技能专长", "C++", "138", "wxm@"})
    EXPECT_TRUE(in_side_column(x_of(laid, side))) << side;
  for (const char* main : {"王小明", "工作经历", "负责推荐"})
    EXPECT_FALSE(in_side_column(x_of(laid, main))) << main;
  EXPECT_FALSE(warned(laid, "side column"));
}

// Each run says which part of the page it is in, so that `jianli check` can accept the two
// columns read whole in either order (check/reading_order.h) without guessing from x.
TEST_F(SectionsTest, EachRunKnowsItsColumnAndThePageNumberIsTheFooter) {
  LayoutResult laid = lay(kChinese, "sidebar");
  size_t side = 0, main = 0, footer = 0;
  for (const model::TextRun& run : laid.pages.pages.at(0).runs) {
    if (run.y < spec_.margin_bottom) {
      EXPECT_EQ(run.region, model::Region::Footer) << run.text;
      ++footer;
    } else if (in_side_column(run.x)) {
      EXPECT_EQ(run.region, model::Region::Side) << run.text;
      ++side;
    } else {
      EXPECT_EQ(run.region, model::Region::Main) << run.text;
      ++main;
    }
  }
  EXPECT_GT(side, 0u);
  EXPECT_GT(main, 0u);
  EXPECT_GT(footer, 0u);
}

// The side column sets a contact line one item a line, cut at its separators; a line of
// plain words with dots in it (a tagline) is not a list of contact items.
TEST_F(SectionsTest, TheContactColumnCutsItemsButNotAPhraseAtItsDots) {
  LayoutResult laid =
      lay("# 何静雯\n\n软件工程师 · 八年经验 · 深圳\n"
          "测试·主管·广州 | 139-2688-0415 · hejingwen@example.cn\n\n"
          "## 工作经历\n\n负责工业网关固件。\n\n## 教育经历\n\n华南理工大学\n",
          "sidebar");
  auto line_of = [&](const std::string& text) { return side_line_of(laid, text); };
  // A tagline with no number, address or link is set whole (one line in 55 mm).
  EXPECT_EQ(line_of("软件工程师"), line_of("深圳"));
  // In a line of contact items, " · " and "|" cut; a dot between Han words does not.
  EXPECT_EQ(line_of("测试"), line_of("广州"));
  EXPECT_NE(line_of("139-2688-0415"), line_of("广州"));
  EXPECT_NE(line_of("hejingwen@"), line_of("139-2688-0415"));
}

// Corpus 14 and 07: items parted by wide spaces (&emsp;, U+3000) are cut there, and then
// only there, so a comma inside an item ("Manchester, UK") keeps it whole; an icon stays
// with its text; the text of a link is a handle to type in, never hyphenated.
TEST_F(SectionsTest, TheContactColumnCutsAtWideSpacesAndKeepsEachItemWhole) {
  LayoutResult laid =
      lay("# Grace Adeyemi\n\n"
          "Manchester, UK&emsp;07700 900 652&emsp;"
          "<img src=\"missing.svg\" width=\"12\"> [graceadeyemiclinicalinformatics](https://x.org)"
          "　成都\n\n"
          "## Experience\n\nWard work.\n\n## Education\n\nUniversity of Salford\n",
          "sidebar");
  auto line_of = [&](const std::string& text) { return side_line_of(laid, text); };
  EXPECT_EQ(line_of("Manchester"), line_of("UK"));
  EXPECT_NE(line_of("07700"), line_of("UK"));
  EXPECT_NE(line_of("grace"), line_of("07700"));
  EXPECT_NE(line_of("成都"), line_of("grace"));
  for (const model::TextRun& run : laid.pages.pages.at(0).runs)
    EXPECT_FALSE(run.hyphenated) << run.text;
}

// Corpus 09: pandoc's spaced dashes part the items, so "Edinburgh, Scotland" stays whole
// and the phone number is not broken after "+44".
TEST_F(SectionsTest, TheContactColumnCutsAtSpacedDashes) {
  LayoutResult laid =
      lay("Eleanor Whitfield\n=================\n\n"
          "Compiler engineer --- Edinburgh, Scotland --- eleanor@whitfield.example --- +44 131 496 "
          "0733\n\n## Experience\n\nCompilers.\n\n## Education\n\nPhD Informatics\n",
          "sidebar");
  auto line_of = [&](const std::string& text) { return side_line_of(laid, text); };
  EXPECT_EQ(line_of("Edinburgh"), line_of("Scotland"));
  EXPECT_EQ(line_of("+44"), line_of("0733"));
  EXPECT_NE(line_of("engineer"), line_of("Edinburgh"));
  EXPECT_NE(line_of("Scotland"), line_of("eleanor@"));
  for (const model::TextRun& run : laid.pages.pages.at(0).runs)
    EXPECT_EQ(run.text.find("—"), std::string::npos) << run.text;
}

// Corpus 05 in compact: beside the name, items parted only by wide spaces are set in two
// even lines right-aligned to the margin; the same items
// parted by bars keep their one line.
TEST_F(SectionsTest, ASplitHeaderSetsBlankPartedItemsInEvenLines) {
  const std::string body = "\n\n## 教育经历\n\n电子科技大学　软件工程　本科\n";
  auto header = [&](const std::string& separator) {
    return lay("# 许嘉诚\n\n电话请邮件索取" + separator + "xujiacheng@example.net" + separator +
                   "成都" + separator + "github.com/xujiacheng-dev" + body,
               "compact");
  };
  auto run_of = [](const LayoutResult& laid, const std::string& text) -> const model::TextRun& {
    for (const model::TextRun& run : laid.pages.pages.at(0).runs)
      if (run.text.find(text) != std::string::npos) return run;
    throw std::runtime_error("no run with " + text);
  };
  auto line_end = [](const LayoutResult& laid, double y) {
    double end = 0;
    for (const model::TextRun& run : laid.pages.pages.at(0).runs)
      if (std::abs(run.y - y) < 0.01) end = std::max(end, run.x + run.width);
    return end;
  };
  LayoutResult blanks = header("\u3000");
  const double margin = blanks.pages.width - spec_.margin_right;
  const double first = run_of(blanks, "电话").y, second = run_of(blanks, "成都").y;
  EXPECT_EQ(run_of(blanks, "xujiacheng@").y, first);
  EXPECT_EQ(run_of(blanks, "github.com").y, second);
  EXPECT_GT(first, second);
  EXPECT_GT(second, run_of(blanks, "教育经历").y);  // both beside the name, in the header
  EXPECT_NEAR(line_end(blanks, first), margin, 0.01);
  EXPECT_NEAR(line_end(blanks, second), margin, 0.01);

  LayoutResult bars = header(" | ");
  EXPECT_EQ(run_of(bars, "电话").y, run_of(bars, "github.com").y);
  EXPECT_NEAR(run_of(bars, "电话").y, run_of(bars, "许嘉诚").y, 0.01);
}

// Corpus 12 and 04: a contact line too wide for the column wraps between its items, in
// even lines, the separator at the break dropped; broken by the line breaker it split the
// phone number ("+34 612 / 555 907") and a profile address after "linkedin.com/in/".
TEST_F(SectionsTest, AContactLineTooWideWrapsBetweenItsItems) {
  LayoutResult laid =
      lay("# Rafael Moreno\n\nIndependent software consultant · Valencia, Spain · "
          "rafael@moreno-consulting.example · +34 612 555 907 · moreno-consulting.example · "
          "linkedin.com/in/rafaelmorenoconsulting\n\n## Profile\n\nConsulting.\n",
          "classic");
  std::map<double, std::string> lines;
  const model::TextRun& name = laid.pages.pages.at(0).runs.at(0);
  for (const model::TextRun& run : laid.pages.pages.at(0).runs)
    if (run.y < name.y && run.y > name.y - 60) lines[-run.y] += run.text;
  ASSERT_GE(lines.size(), 2u);
  for (const auto& [y, text] : lines) {
    const std::string trimmed = text.substr(0, text.find_last_not_of(' ') + 1);
    EXPECT_FALSE(trimmed.ends_with("·") || trimmed.starts_with("·")) << text;
    const bool phone = text.find("+34") != std::string::npos;
    EXPECT_EQ(phone, text.find("555 907") != std::string::npos) << text;
    const bool profile = text.find("linkedin.com/in/") != std::string::npos;
    EXPECT_EQ(profile, text.find("rafaelmorenoconsulting") != std::string::npos) << text;
  }
}

// Corpus 01, 02 and 14: in the side column, which sets entries' dates below their titles,
// `<span style="float:right">` dates go there too, under the line they were typed on and
// in the dates' look, not flush right beside a title squeezed into what was left.
TEST_F(SectionsTest, FlushRightTextGoesBelowWhereTheColumnSetsDatesBelow) {
  LayoutResult laid =
      lay("# Margaret Ellison\n\n## Experience\n\nData work.\n\n## Education\n\n"
          "<span style=\"float:left\"><b>University of Sheffield</b> — MSc Data Science</span>"
          "<span style=\"float:right\">2015–2016</span><br>\nThesis on streaming joins.\n",
          "sidebar");
  auto run_of = [&](const std::string& text) -> const model::TextRun& {
    for (const model::TextRun& run : laid.pages.pages.at(0).runs)
      if (run.text.find(text) != std::string::npos) return run;
    throw std::runtime_error("no run with " + text);
  };
  const model::TextRun& dates = run_of("2015–2016");
  EXPECT_TRUE(in_side_column(dates.x));
  EXPECT_NEAR(dates.x, run_of("University").x, 0.01);  // flush left, under the title
  EXPECT_LT(dates.y, run_of("Sheffield").y);
  EXPECT_LT(dates.y, run_of("Science").y);  // below the whole title
  EXPECT_GT(dates.y, run_of("Thesis").y);   // above the line typed after the break
  EXPECT_LT(dates.size, run_of("Thesis").size);
  // The main column keeps its dates flush right.
  LayoutResult main =
      lay("# Margaret Ellison\n\n## Experience\n\n"
          "<span style=\"float:left\"><b>Analyst</b></span><span style=\"float:right\">2015–2016"
          "</span>\n",
          "sidebar");
  for (const model::TextRun& run : main.pages.pages.at(0).runs)
    if (run.text.find("2015") != std::string::npos)
      EXPECT_NEAR(run.x + run.width, main.pages.width - spec_.margin_right, 0.5);
}

TEST_F(SectionsTest, TheFrontMatterNamesTheSideSectionsByHeading) {
  LayoutResult laid =
      lay(std::string("---\njianli: {sidebar: [工作经历]}\n---\n") + kChinese, "sidebar");
  EXPECT_TRUE(in_side_column(x_of(laid, "负责推荐")));
  EXPECT_FALSE(in_side_column(x_of(laid, "北京大学")));
}

TEST_F(SectionsTest, AnEmptySideColumnFallsBackToOneColumnWithAWarning) {
  LayoutResult laid =
      lay("## 工作经历\n\n负责推荐系统的召回与排序。\n\n## 项目经历\n\n搜索引擎\n", "sidebar");
  EXPECT_TRUE(warned(laid, "the layout's side column would be empty"));
  EXPECT_NEAR(x_of(laid, "负责推荐"), spec_.margin_left, 0.5);
  for (const model::Box& box : laid.pages.pages.at(0).boxes)
    EXPECT_LT(box.height, spec_.page_height / 2) << "a tint the page's height";
}

TEST_F(SectionsTest, NoNameAndNoContactGiveNoHeaderRule) {
  // Classic draws a rule under the header; without a header, nothing at the top.
  LayoutResult laid = lay("Some words.\n", "classic");
  ASSERT_GT(spec_.header_rule.width, 0);
  EXPECT_TRUE(laid.pages.pages.at(0).boxes.empty());
  EXPECT_EQ(laid.pages.title, "cv");
  LayoutResult named = lay("# Ada\n\nSome words.\n", "classic");
  EXPECT_FALSE(named.pages.pages.at(0).boxes.empty());  // the rule, under the name
}

TEST_F(SectionsTest, LanguageCountsTheWordsNotTagsAddressesOrCode) {
  // Nearly all Latin letters here are markup, links, code or digits: the text is Chinese.
  const std::string markdown =
      "# 张三\n\n<div align=\"center\"><font color=\"#336699\">https://github.com/zhangsan-"
      "example/awesome-project</font></div>\n\n"
      "邮箱 zhangsan.engineer@example.com 电话 13800000000 2019.09-2023.06\n\n"
      "熟悉分布式系统。\n\n```\nint main() { return configuration_value; }\n```\n";
  model::Document doc = parse::read_document(markdown, "cv.md", roles_);
  EXPECT_EQ(document_language(doc), "zh");
  EXPECT_EQ(document_language(parse::read_document(
                "# Ada\n\nBuilt compilers and databases for twenty years; 中文.\n", "cv.md")),
            "en");
}

// A paragraph entry in the side column, whose title takes two lines there: its dates go
// under it in the layout's form, as a list item's do, not left inline as typed.
TEST_F(SectionsTest, AParagraphEntryInTheSideColumnMayTakeTwoLinesOverItsDates) {
  LayoutResult laid =
      lay("# Wei Lan\n\nPhone: +86 139-5521-7730\n\n## Education\n\n"
          "Ningbo University, Software Engineering, 2012 - 2016\n\n## Experience\n\nText.\n",
          "sidebar");
  const double title = side_line_of(laid, "Ningbo");
  const double dates = side_line_of(laid, "2012 – 2016");
  EXPECT_LT(dates, title - 2 * spec_.body_style.size);  // two lines of title above it
}

}  // namespace
}  // namespace jianli::layout
