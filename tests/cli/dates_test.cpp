// Localised dates (issue 14 item 5): a layout's date form for each language, on the PDF's
// text as pdftotext reads it; and where a bad private value is reported.
#include <gtest/gtest.h>

#include "cli_fixture.h"

namespace jianli::test {
namespace {

const std::string kBilingual = kSource + "/tests/data/bilingual/resume.md";

// A layout of the user's own that prints dates its way in each language.
const std::string kDatedLayout =
    "extends: classic\n"
    "entries: {dash: ' – ', date_form: {zh: '{y}.{mm}', en: '{month} {y}'},"
    " present: {zh: 今, en: Now}}\n";

TEST_F(CliTest, AllLangsPrintsEachLanguagesDatesInItsForm) {
  write("dated.yaml", kDatedLayout);
  Result r = run(jianli() + " -q --all-langs -l " + path("dated.yaml") + " " + kBilingual + " -d " +
                 path(""));
  ASSERT_EQ(r.status, 0) << r.out;
  std::string zh = pdf_text(path("resume.zh.pdf")), en = pdf_text(path("resume.en.pdf"));
  // Typed 2020年5月—至今, 2015年7月—2020年5月 and 2021年——2023年 (a year alone: {y}).
  for (std::string printed : {"2020.05 – 今", "2015.07 – 2020.05", "2021 – 2023"})
    EXPECT_NE(zh.find(printed), std::string::npos) << printed << "\n" << zh;
  EXPECT_EQ(zh.find("至今"), std::string::npos) << zh;
  // Typed May 2020 – Present and Jul 2015 – May 2020.
  for (std::string printed : {"May 2020 – Now", "July 2015 – May 2020", "2021 – 2023"})
    EXPECT_NE(en.find(printed), std::string::npos) << printed << "\n" << en;
  EXPECT_EQ(en.find("Present"), std::string::npos) << en;
}

// The shipped layouts print dates as 2023年2月 in Chinese and Feb 2023 in English.
TEST_F(CliTest, ShippedLayoutsPrintDatesTypedAnyWayInTheirForm) {
  write("简历.md",
        "---\nlang: zh\n---\n# 张三\n\n## 工作经历\n\n"
        "### 2019.07 - now，分析机公司\n\n### Feb 2016 ~ 2019/6，差分机公司\n");
  ASSERT_EQ(jianli_in_dir("-q 简历.md").status, 0);
  std::string zh = pdf_text(path("简历.pdf"));
  EXPECT_NE(zh.find("2019年7月 – 至今"), std::string::npos) << zh;
  EXPECT_NE(zh.find("2016年2月 – 2019年6月"), std::string::npos) << zh;

  write("cv.md",
        "---\nlang: en\n---\n# Ada Lovelace\n\n## Work\n\n"
        "### 2019.07 - now, Analytical Engine Co.\n\n"
        "### February 2016 – 2019-06, Difference Engine Ltd\n\n"
        "### 2015-13 – 2016, Babbage & Sons\n");
  ASSERT_EQ(jianli_in_dir("-q cv.md").status, 0);
  std::string text = pdf_text(path("cv.pdf"));
  EXPECT_NE(text.find("Jul 2019 – Present"), std::string::npos) << text;
  EXPECT_NE(text.find("Feb 2016 – Jun 2019"), std::string::npos) << text;
  EXPECT_NE(text.find("2015-13 – 2016"), std::string::npos) << "not a date: as typed\n" << text;
}

// "至 今" is the range word and the present: printed in the layout's 至今, 至 is said once.
TEST_F(CliTest, ARangeWordThePresentAlreadySaysIsNotDoubled) {
  write("简历.md",
        "---\nlang: zh\n---\n# 张三\n\n## 工作经历\n\n"
        "### 2020年7月 至 今　　青禾科技\n\n### 2016.02 至 2019.06　　差分机公司\n");
  ASSERT_EQ(jianli_in_dir("-q 简历.md").status, 0);
  std::string zh = pdf_text(path("简历.pdf"));
  EXPECT_NE(zh.find("2020年7月至今"), std::string::npos) << zh;
  EXPECT_EQ(zh.find("至至今"), std::string::npos) << zh;
  EXPECT_NE(zh.find("2016年2月至2019年6月"), std::string::npos) << zh;
}

// Issue 14: a bad value in the private file is reported at that file's own line.
TEST_F(CliTest, ABadPrivateValueIsReportedInThePrivateFile) {
  write("cv.md",
        "---\ntitle: CV\njianli: {private: private.yaml}\n---\n"
        "# Ada Lovelace\n{{ page.phone }}\n\n## Work\n\nText.\n");
  write("private.yaml", "phone: 138 0000 0000\ntitle: [a, b]\n");
  Result r = jianli_in_dir("cv.md");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out,
            "private.yaml:2:8: error: 'title' must be text, not a list\n"
            "  title: [a, b]\n"
            "         ^\n")
      << r.out;
  write("other.yaml", "\nlang: {en: 1}\n");
  r = jianli_in_dir("--with other.yaml cv.md");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out,
            "other.yaml:2:7: error: 'lang' must be text, not a map\n"
            "  lang: {en: 1}\n"
            "        ^\n")
      << r.out;
}

}  // namespace
}  // namespace jianli::test
