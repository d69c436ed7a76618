// The document's language picks the labels the layout prints: English page numbers
// for an English résumé, Chinese ones for a Chinese résumé.
#include <gtest/gtest.h>

#include "cli_fixture.h"

namespace jianli::test {
namespace {

const std::string kChineseBody = "# 张三\nzhang@example.com\n\n## 工作\n\n负责大模型推理框架。\n";

TEST_F(CliTest, EnglishFrontMatterGivesPageOneOfN) {
  std::string md = resume("cv.md", "lang: en\n");
  ASSERT_EQ(run(jianli() + " " + md).status, 0);
  EXPECT_NE(pdf_text(path("cv.pdf")).find("Page 1 of 1"), std::string::npos);
}

TEST_F(CliTest, EnglishTextWithoutLangIsDetected) {
  std::string md = resume("cv.md", "title: CV\n");
  ASSERT_EQ(run(jianli() + " " + md).status, 0);
  EXPECT_NE(pdf_text(path("cv.pdf")).find("Page 1 of 1"), std::string::npos);
}

// pdftotext drops the spaces the layout puts between Han characters and digits.
const std::regex kChinesePageOne(R"(第\s*1\s*页\s*/\s*共\s*1\s*页)");

TEST_F(CliTest, ChineseTextGivesChinesePageNumbers) {
  std::string md = write("cv.md", "---\ntitle: 简历\n---\n" + kChineseBody);
  ASSERT_EQ(run(jianli() + " " + md).status, 0);
  std::string text = pdf_text(path("cv.pdf"));
  EXPECT_TRUE(std::regex_search(text, kChinesePageOne)) << text;
  EXPECT_EQ(text.find("Page 1"), std::string::npos);
}

TEST_F(CliTest, LangWinsOverTheText) {
  std::string md = write("cv.md", "---\nlang: en\n---\n" + kChineseBody);
  ASSERT_EQ(run(jianli() + " " + md).status, 0);
  EXPECT_NE(pdf_text(path("cv.pdf")).find("Page 1 of 1"), std::string::npos);
}

TEST_F(CliTest, TheEnglishResumeRendersWithoutWarningsAndEnglishPageNumbers) {
  Result r = run(jianli() + " " + kSource + "/resume.en.md -o " + path("en.pdf"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out, "") << "no warnings";
  int pages = page_count(path("en.pdf"));
  ASSERT_GE(pages, 2);
  std::string text = pdf_text(path("en.pdf"));
  EXPECT_NE(text.find("Page 1 of " + std::to_string(pages)), std::string::npos) << text;
  EXPECT_NE(text.find("Yulei Qian"), std::string::npos);
  EXPECT_NE(run("pdfinfo " + path("en.pdf")).out.find("Author:          Yulei Qian"),
            std::string::npos);
}

TEST_F(CliTest, TheChineseResumeGetsChinesePageNumbers) {
  Result r = run(jianli() + " " + kSource + "/resume.md -o " + path("zh.pdf"));
  ASSERT_EQ(r.status, 0) << r.out;
  int pages = page_count(path("zh.pdf"));
  std::regex first("第\\s*1\\s*页\\s*/\\s*共\\s*" + std::to_string(pages) + "\\s*页");
  std::string text = pdf_text(path("zh.pdf"));
  EXPECT_TRUE(std::regex_search(text, first)) << text;
}

}  // namespace
}  // namespace jianli::test
