// A résumé whose name is a `##` heading, whose contact block is a bullet list and whose
// sections are numbered (tests/data/resumes/sidebar.zh.md), set in the sidebar layout
// and read back with pdftotext -bbox: each section lands in the column its role says.
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

class SectionsTest : public ScratchDirTest {};

// The left edge of each word on the pages, by its text (the first one met).
std::map<std::string, double> word_lefts(const std::string& bbox_html) {
  std::map<std::string, double> lefts;
  static const std::regex word(R"re(<word xMin="([0-9.]+)"[^>]*>([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(bbox_html.begin(), bbox_html.end(), word);
       it != std::sregex_iterator(); ++it)
    lefts.emplace((*it)[2].str(), std::stod((*it)[1].str()));
  return lefts;
}

TEST_F(SectionsTest, TheSidebarTakesTheSectionsOfItsRolesWhateverTheirHeadingsSay) {
  const std::string pdf = path("cv.pdf");
  SplitResult r = run_split(jianli() + " " + JIANLI_TEST_DATA +
                            "/resumes/sidebar.zh.md --layout sidebar -o " + pdf);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::map<std::string, double> left = word_lefts(run("pdftotext -bbox " + pdf + " -").out);
  // layouts/sidebar.yaml: an 11 mm margin and a side column 55 mm wide, 187 pt in all.
  const double side_right = (11 + 55) * 72 / 25.4;
  for (const char* side : {"一、个人技能", "三、教育经历", "四、荣誉奖项", "电话：186-0000-1111"}) {
    ASSERT_TRUE(left.count(side)) << side;
    EXPECT_LT(left[side], side_right) << side;
  }
  for (const char* main : {"陈志远", "二、工作经历", "五、自我评价"}) {
    ASSERT_TRUE(left.count(main)) << main;
    EXPECT_GT(left[main], side_right) << main;
  }
  // The name titles the PDF.
  EXPECT_NE(run("pdfinfo " + pdf).out.find("Title:           陈志远"), std::string::npos);
}

}  // namespace
}  // namespace jianli::test
