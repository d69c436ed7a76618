// -o '{stem}.{lang}.{variant}.pdf': one name per input and version, checked before any
// rendering (docs/output.md, "Many outputs").
#include <gtest/gtest.h>

#include "cli_fixture.h"

namespace jianli::test {
namespace {

const std::string kBilingual = kSource + "/tests/data/bilingual/resume.md";

const std::string kVariants =
    "---\nvariants:\n  ml: {tags: [ml]}\n  web: {tags: [web]}\n---\n"
    "# Ada Lovelace\nada@example.com\n\n## Work\n\n"
    "Wrote the first program. <!-- tags: ml -->\n\n"
    "Built the shop front. <!-- tags: web -->\n";

// Exit status 2 (the command line's mistake) with a message saying `says`.
void expect_usage_error(const Result& r, const std::string& says) {
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find(says), std::string::npos) << r.out;
}

TEST_F(CliTest, APatternNamesEachOfManyInputs) {
  resume("a.md");
  resume("sub/b.md");
  fs::create_directories(path("out"));
  Result r = jianli_in_dir("-q a.md sub/b.md -o 'out/{stem}.cv.{ext}'");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(page_count(path("out/a.cv.pdf")), 1);
  EXPECT_EQ(page_count(path("out/b.cv.pdf")), 1);
  EXPECT_FALSE(fs::exists(path("a.pdf")));
}

TEST_F(CliTest, DirKeepsEachPdfBesideItsInput) {
  resume("x/resume.md");
  resume("y/resume.md");
  Result r = jianli_in_dir("-q x/resume.md y/resume.md -o '{dir}/{stem}-final.pdf'");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(fs::exists(path("x/resume-final.pdf")));
  EXPECT_TRUE(fs::exists(path("y/resume-final.pdf")));
}

TEST_F(CliTest, APatternNamesEveryLanguageAndVariant) {
  write("cv.md", kVariants);
  Result r = jianli_in_dir("-q --all-variants --lang en cv.md -o 'cv-{lang}-{variant}.pdf'");
  ASSERT_EQ(r.status, 0) << r.out;
  std::string ml = pdf_text(path("cv-en-ml.pdf")), web = pdf_text(path("cv-en-web.pdf"));
  EXPECT_NE(ml.find("first program"), std::string::npos);
  EXPECT_EQ(ml.find("shop front"), std::string::npos);
  EXPECT_NE(web.find("shop front"), std::string::npos);
  EXPECT_NE(ml.find("Page 1 of 1"), std::string::npos) << "--lang en's labels";

  r = run(jianli() + " -q --all-langs " + kBilingual + " -o '" + path("{lang}/{stem}.pdf'"));
  // The folders zh/ and en/ are not there yet.
  expect_usage_error(r, "/zh/resume.pdf', whose folder '" + path("zh") + "' is not there");
  fs::create_directories(path("zh"));
  fs::create_directories(path("en"));
  r = run(jianli() + " -q --all-langs " + kBilingual + " -o '" + path("{lang}/{stem}.pdf'"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(pdf_text(path("en/resume.pdf")).find("Yulei Qian"), std::string::npos);
  EXPECT_NE(pdf_text(path("zh/resume.pdf")).find("钱玉磊"), std::string::npos);
}

TEST_F(CliTest, AnEmptyFieldTakesItsSeparatorAlong) {
  resume("cv.md");
  Result r = jianli_in_dir("-q cv.md -o '{stem}.{variant}.{lang}.pdf'");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(fs::exists(path("cv.pdf"))) << "no variant or language asked for";
  r = jianli_in_dir("-q cv.md -o '{lang}/{stem}_{variant}-2.pdf'");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(fs::exists(path("cv-2.pdf"))) << "in the current folder, not the root";
}

TEST_F(CliTest, APatternGivingTwoOutputsOneNameIsAUsageErrorBeforeAnyRender) {
  write("cv.md", kVariants);
  Result r = jianli_in_dir("--all-variants cv.md -o 'out.{lang}.pdf'");
  expect_usage_error(r,
                     "'cv.md (variant ml)' and 'cv.md (variant web)' would both write "
                     "'out.pdf'; add {stem}, {dir}, {lang} or {variant}");
  EXPECT_FALSE(fs::exists(path("out.pdf"))) << "nothing is rendered";

  resume("a.md");
  resume("b.md");
  r = jianli_in_dir("a.md b.md -o 'cv.{ext}'");
  expect_usage_error(r, "'a.md' and 'b.md' would both write 'cv.pdf'");
  EXPECT_FALSE(fs::exists(path("cv.pdf")));
}

TEST_F(CliTest, AnUnknownOrUnclosedFieldIsAUsageError) {
  resume("cv.md");
  Result r = jianli_in_dir("cv.md -o '{name}.pdf'");
  expect_usage_error(r, "unknown field '{name}'");
  r = jianli_in_dir("cv.md -o '{stem.pdf'");
  expect_usage_error(r, "has a '{' with no '}'");
  EXPECT_FALSE(fs::exists(path("cv.pdf")));
}

TEST_F(CliTest, APlainNameWithManyOutputsIsStillAUsageError) {
  resume("a.md");
  resume("b.md");
  Result r = jianli_in_dir("a.md b.md -o cv.pdf");
  expect_usage_error(r, "or a pattern such as '{stem}.pdf'");
  r = run(jianli() + " --all-langs " + kBilingual + " -o " + path("cv.pdf"));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_FALSE(fs::exists(path("cv.pdf")));
}

TEST_F(CliTest, APatternWorksForPictures) {
  resume("a.md");
  resume("b.md");
  Result r = jianli_in_dir("-q -f png --dpi 30 a.md b.md -o '{stem}.shot.{ext}'");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(fs::exists(path("a.shot-1.png"))) << "the page number before the extension";
  EXPECT_TRUE(fs::exists(path("b.shot-1.png")));
  EXPECT_FALSE(fs::exists(path("a.shot.pdf")));
}

}  // namespace
}  // namespace jianli::test
