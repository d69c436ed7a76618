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

namespace jianli::test {
namespace {

// The PDF's /Lang, read with qpdf.
std::string lang_of(const std::string& pdf) {
  std::string qdf = run("qpdf --qdf --object-streams=disable " + pdf + " -").out;
  std::smatch m;
  return std::regex_search(qdf, m, std::regex(R"(/Lang \(([^)]*)\))")) ? m[1].str() : "";
}

TEST_F(CliTest, LangIsReadInAnyCaseAndWrittenAsBcp47) {
  std::string md = write("en.md", "---\nlang: EN\n---\n" + kChineseBody);
  ASSERT_EQ(run(jianli() + " " + md).status, 0);
  EXPECT_NE(pdf_text(path("en.pdf")).find("Page 1 of 1"), std::string::npos);
  EXPECT_EQ(lang_of(path("en.pdf")), "en");
  md = write("tw.md", "---\nlang: zh_tw\n---\n" + kChineseBody);
  ASSERT_EQ(run(jianli() + " " + md).status, 0);
  EXPECT_EQ(lang_of(path("tw.pdf")), "zh-TW");
  EXPECT_TRUE(std::regex_search(pdf_text(path("tw.pdf")), kChinesePageOne));
}

// locl: a Taiwan résumé gets the font's Taiwan forms of ，and 。 (centred), a mainland one
// the GB forms, from the same SC face.
TEST_F(CliTest, TraditionalTagsShapeWithTheTraditionalForms) {
  auto glyphs = [&](const std::string& lang) {
    std::string md = write(lang + ".md", "---\nlang: " + lang + "\n---\n中，中。\n");
    EXPECT_EQ(run(jianli() + " " + md + " --dump-layout " + path(lang + ".json")).status, 0);
    std::smatch m;
    std::string json = slurp(path(lang + ".json"));
    EXPECT_TRUE(
        std::regex_search(json, m, std::regex(R"("text": "中，中。", "glyphs": (\[[^\n]*?\]\]))")));
    return m.size() > 1 ? m[1].str() : "";
  };
  std::string mainland = glyphs("zh-CN"), taiwan = glyphs("zh-TW");
  EXPECT_FALSE(mainland.empty());
  EXPECT_NE(mainland, taiwan);
  EXPECT_EQ(glyphs("zh-Hant"), taiwan);
}

}  // namespace
}  // namespace jianli::test
