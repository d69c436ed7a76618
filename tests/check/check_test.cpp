// `jianli check` and `--check` (docs/check.md): each class of defect, made on purpose,
// fails with exit 1 and a message at its page and line; the shipped résumés pass.
#include <gtest/gtest.h>

#include <regex>

#include "../e2e/process.h"
#include "../e2e/scratch_dir.h"

namespace jianli::test {
namespace {

const std::string kHead = "# Zhang San\n\nzhang@example.com\n\n## Experience\n\n";

class CheckTest : public ScratchDirTest {
 protected:
  // Renders `markdown` to NAME.pdf and returns the PDF's path.
  std::string render(const std::string& name, const std::string& markdown,
                     const std::string& args = "") {
    write(name + ".md", markdown);
    Result r =
        run(jianli() + " -q " + path(name + ".md") + " -o " + path(name + ".pdf") + " " + args);
    EXPECT_EQ(r.status, 0) << r.out;
    return path(name + ".pdf");
  }
  // Checks source.md against a PDF made from `broken` Markdown: what an edit of the PDF's
  // text would do, made through the renderer.
  Result check_against(const std::string& source, const std::string& broken) {
    write("source.md", source);
    std::string pdf = render("broken", broken);
    return run(jianli() + " check " + path("source.md") + " --pdf " + pdf);
  }
};

// "FILE: page P, line L: KIND: …"
testing::AssertionResult located(const Result& r, const std::string& kind) {
  std::regex line(": page [0-9]+, line [0-9]+: " + kind + ": ");
  if (std::regex_search(r.out, line)) return testing::AssertionSuccess();
  return testing::AssertionFailure() << "no located '" << kind << "' in:\n" << r.out;
}

TEST_F(CheckTest, ACleanResumePassesWithASummaryLine) {
  write("r.md", kHead + "Built the training platform used by every team.\n");
  Result r = run(jianli() + " check " + path("r.md"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("0 lost, 0 added, 0 joined, 0 split, 0 lines out of order; text score "
                       "100.0%"),
            std::string::npos)
      << r.out;
  EXPECT_TRUE(r.out.ends_with(": pass\n")) << r.out;
}

// A typed &nbsp; is a space, and a Han character next to a link's Latin text reads as typed,
// in every extractor (the link's text is its paragraph's, pdf/gap_carriers.h).
TEST_F(CheckTest, NoBreakSpacesAndLinksBesideHanReadAsTyped) {
  write("r.md", kHead +
                    "后端:&nbsp;开发&nbsp;<a href=\"https://x.cn/a\">架构图</a>，北京&nbsp;上海。"
                    "邮箱[s@example.cn](mailto:s@example.cn)\n");
  Result r = run(jianli() + " check " + path("r.md"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(r.out.ends_with(": pass\n")) << r.out;
}

TEST_F(CheckTest, ALostCharacterFails) {
  Result r = check_against(kHead + "Built the training platform.\n",
                           kHead + "Built the trainng platform.\n");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(located(r, "characters lost")) << r.out;
  EXPECT_NE(r.out.find("\"i\" is missing"), std::string::npos) << r.out;
}

TEST_F(CheckTest, AnAddedCharacterFails) {
  Result r = check_against(kHead + "Built the training platform.\n",
                           kHead + "Built the trainingg platform.\n");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(located(r, "characters added")) << r.out;
}

TEST_F(CheckTest, WordsRunTogetherFail) {
  Result r = check_against(kHead + "Staff Engineer at a large company.\n",
                           kHead + "StaffEngineer at a large company.\n");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(located(r, "words joined")) << r.out;
}

TEST_F(CheckTest, AWordCutInTwoFails) {
  Result r = check_against(kHead + "Staff Engineer at a large company.\n",
                           kHead + "Staff Engi neer at a large company.\n");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(located(r, "word split")) << r.out;
}

TEST_F(CheckTest, LinesOutOfOrderFail) {
  std::string first = "- Led the inference framework team.\n",
              second = "- Shipped the RL trainer.\n",
              third = "- Cut training cost by ninety percent.\n";
  Result r = check_against(kHead + first + second + third, kHead + third + first + second);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(located(r, "line out of order")) << r.out;
}

TEST_F(CheckTest, ACharacterNoFontHasIsAMissingGlyphEvenWithoutTheSource) {
  // U+2FFF is unassigned: no font draws it, the layout warns and draws glyph 0.
  std::string pdf = render("r", kHead + "A \u2FFF B\n");
  Result r = run(jianli() + " check " + pdf);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(located(r, "missing glyph")) << r.out;
  EXPECT_NE(r.out.find("1 missing glyphs"), std::string::npos) << r.out;
}

TEST_F(CheckTest, TextUnderFourAndAHalfPointsFailsEvenWithoutTheSource) {
  write("tiny.yaml", "extends: default\nstyles:\n  body: {size: 4}\n");
  std::string pdf =
      render("r", kHead + "Built the training platform.\n", "-l " + path("tiny.yaml"));
  Result r = run(jianli() + " check " + pdf);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(located(r, "text too small")) << r.out;
  EXPECT_NE(r.out.find("text not compared (no source"), std::string::npos) << r.out;
}

TEST_F(CheckTest, PaleTextFailsOnContrast) {
  std::string pdf = render("r", "---\njianli:\n  styles:\n    body: {color: \"#BBBBBB\"}\n---\n" +
                                    kHead + "Built the training platform.\n");
  Result r = run(jianli() + " check " + pdf);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(located(r, "low contrast")) << r.out;
  EXPECT_NE(r.out.find("#BBBBBB on #FFFFFF"), std::string::npos) << r.out;
}

TEST_F(CheckTest, ALinkThatSaysOneAddressAndGoesToAnotherFails) {
  std::string pdf =
      render("r", kHead + "Code: [github.com/zhang](https://github.com/someone-else)\n");
  Result r = run(jianli() + " check " + pdf);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(located(r, "link differs from its text")) << r.out;
  EXPECT_NE(r.out.find("https://github.com/someone-else"), std::string::npos) << r.out;
}

TEST_F(CheckTest, ALinkWithWordsForTextPromisesNoAddress) {
  std::string pdf = render("r", kHead + "See [my blog](https://blog.example.com/zhang).\n");
  Result r = run(jianli() + " check " + pdf);
  EXPECT_EQ(r.status, 0) << r.out;
}

TEST_F(CheckTest, CheckWhenRenderingWritesThePdfAndFailsOnALoss) {
  write("r.md", "---\njianli:\n  styles:\n    body: {color: \"#CCCCCC\"}\n---\n" + kHead +
                    "Built the training platform.\n");
  Result r = run(jianli() + " -q --check " + path("r.md") + " -o " + path("r.pdf"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(located(r, "low contrast")) << r.out;
  EXPECT_TRUE(slurp(path("r.pdf")).starts_with("%PDF-"));
}

TEST_F(CheckTest, NotAPdfIsALocatedError) {
  write("x.pdf", "%PDF-1.4 not really\n");
  Result r = run(jianli() + " check " + path("x.pdf"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find(path("x.pdf") + ": error: "), std::string::npos) << r.out;
}

}  // namespace
}  // namespace jianli::test
