// Résumés kept in Jekyll sites (tests/data/resumes/jekyll.*.md), rendered in every layout
// and read back with poppler: no Liquid and no shortcode reaches the page, the name comes
// first and titles the PDF, and the sidebar's side column holds the sections it should.
#include <gtest/gtest.h>

#include <regex>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

class JekyllTest : public ScratchDirTest {};

const std::string kResumes = std::string(JIANLI_TEST_DATA) + "/resumes/";

struct Case {
  const char* file;
  const char* name;
  const char* title;
  const char* emoji;  // one shortcode's emoji, which must be drawn
};

const Case kCases[] = {
    {"jekyll.zh.md", "林晓雨", "林晓雨的简历", "📱"},
    {"jekyll.en.md", "Daniel Okafor", "Daniel Okafor", "📧"},
};

TEST_F(JekyllTest, LiquidAndShortcodesNeverReachThePageInAnyLayout) {
  for (const Case& c : kCases) {
    for (const char* layout : {"classic", "modern", "compact", "kai", "sidebar"}) {
      SCOPED_TRACE(std::string(c.file) + " in " + layout);
      const std::string pdf = path(std::string(layout) + ".pdf");
      SplitResult r =
          run_split(jianli() + " " + kResumes + c.file + " --layout " + layout + " -o " + pdf);
      ASSERT_EQ(r.status, 0) << r.err;
      EXPECT_EQ(r.err, "") << "a warning for a résumé that should need none";
      std::string text = run("pdftotext -enc UTF-8 -layout " + pdf + " -").out;
      EXPECT_EQ(text.find("{{ page"), std::string::npos) << text;
      EXPECT_EQ(text.find("{%"), std::string::npos) << text;
      // A shortcode in a code span stays as typed; none other is left.
      const std::string in_code = ":not_an_emoji:";
      if (size_t at = text.find(in_code); at != std::string::npos) text.erase(at, in_code.size());
      EXPECT_FALSE(std::regex_search(text, std::regex(":[a-z_]+:"))) << text;
      EXPECT_NE(text.find(c.emoji), std::string::npos) << text;
      // {% raw %} keeps its Liquid as typed.
      EXPECT_NE(text.find("{{ "), std::string::npos) << text;
      // The name is the first thing on page 1 in reading order, and titles the PDF.
      const std::string plain = run("pdftotext -enc UTF-8 " + pdf + " -").out;
      const std::string info = run("pdfinfo " + pdf).out;
      EXPECT_NE(info.find(std::string("Title:           ") + c.title), std::string::npos) << info;
      if (std::string(layout) != "sidebar") {
        EXPECT_EQ(plain.find(c.name), plain.find_first_not_of(" \n")) << plain;
      }
    }
  }
}

TEST_F(JekyllTest, AnUndefinedVariableIsNamedAtItsPlace) {
  std::string md = write("cv.md", "---\nname: A\n---\n# {{ page.name }}\n\nTel: {{ page.tel }}\n");
  SplitResult r = run_split(jianli() + " " + md + " -o " + path("cv.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("cv.md:6:6: warning: 'page.tel' is not defined"), std::string::npos)
      << r.err;
}

TEST_F(JekyllTest, AnEmojiNoFontHasIsNamedByItsShortcode) {
  std::string md = write("cv.md", "# A\n\n:melting_face: and :melting_face: again\n");
  SplitResult r = run_split(jianli() + " " + md + " -o " + path("cv.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("(U+1FAE0, :melting_face:)"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;  // once per name
}

}  // namespace
}  // namespace jianli::test
