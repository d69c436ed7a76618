// One source, several PDFs: --lang/--all-langs, --variant/--all-variants, --with
// (docs/variants.md).
#include <gtest/gtest.h>

#include "cli_fixture.h"

namespace jianli::test {
namespace {

const std::string kBilingual = kSource + "/tests/data/bilingual/resume.md";

// The seed résumé's two files as one bilingual source: its --all-langs PDFs read the
// same as the two files' PDFs, word for word.
TEST_F(CliTest, TheBilingualSeedGivesTheSameTextAsTheTwoFiles) {
  ASSERT_EQ(run(jianli() + " -q " + kSource + "/resume.md -o " + path("zh.pdf")).status, 0);
  ASSERT_EQ(run(jianli() + " -q " + kSource + "/resume.en.md -o " + path("en.pdf")).status, 0);
  Result r = run(jianli() + " -q --all-langs " + kBilingual + " -d " + path(""));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out, "") << "no warnings";
  EXPECT_EQ(pdf_text(path("resume.zh.pdf")), pdf_text(path("zh.pdf")));
  EXPECT_EQ(pdf_text(path("resume.en.pdf")), pdf_text(path("en.pdf")));
  EXPECT_FALSE(fs::exists(path("resume.pdf"))) << "--all-langs writes only the languages";
  std::string info = run("pdfinfo " + path("resume.en.pdf")).out;
  EXPECT_NE(info.find("Title:           Résumé"), std::string::npos) << info;
}

TEST_F(CliTest, LangPicksOneLanguage) {
  ASSERT_EQ(run(jianli() + " -q --lang en " + kBilingual + " -o " + path("en.pdf")).status, 0);
  std::string text = pdf_text(path("en.pdf"));
  EXPECT_NE(text.find("Yulei Qian"), std::string::npos);
  EXPECT_EQ(text.find("钱玉磊"), std::string::npos);
  EXPECT_NE(text.find("Page 1 of"), std::string::npos) << "English labels";
}

TEST_F(CliTest, AnUnknownLangIsBadUsage) {
  std::string md = resume("cv.md");
  Result r = jianli_in_dir("--lang fr cv.md");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_FALSE(fs::exists(path("cv.pdf")));
}

const std::string kVariants =
    "---\nvariants:\n  ml: {tags: [ml], lang: en}\n  web: {tags: [web], layout: classic}\n---\n"
    "# Ada Lovelace\nada@example.com\n\n## Work\n\n"
    "Wrote the first program. <!-- tags: ml -->\n\n"
    "Built the shop front. <!-- tags: web -->\n\n"
    "Plays chess.\n";

TEST_F(CliTest, AllVariantsWritesOnePdfPerVariant) {
  write("cv.md", kVariants);
  Result r = jianli_in_dir("-q --all-variants cv.md");
  ASSERT_EQ(r.status, 0) << r.out;
  std::string ml = pdf_text(path("cv.ml.pdf")), web = pdf_text(path("cv.web.pdf"));
  EXPECT_NE(ml.find("first program"), std::string::npos);
  EXPECT_EQ(ml.find("shop front"), std::string::npos);
  EXPECT_NE(web.find("shop front"), std::string::npos);
  EXPECT_EQ(web.find("first program"), std::string::npos);
  EXPECT_NE(web.find("Plays chess"), std::string::npos);
  EXPECT_NE(ml.find("Page 1 of 1"), std::string::npos) << "the variant's language";
}

TEST_F(CliTest, AnUnknownVariantIsALocatedErrorWithASuggestion) {
  write("cv.md", kVariants);
  Result r = jianli_in_dir("--variant wbe cv.md");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("unknown variant 'wbe'; did you mean 'web'?"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(path("cv.pdf")));
}

TEST_F(CliTest, AVariantNamingAnUnknownLayoutPointsAtIt) {
  write("cv.md", "---\nvariants:\n  ml: {layout: modren}\n---\n# Ada\n\n## Work\n\nText.\n");
  Result r = jianli_in_dir("--variant ml cv.md");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("cv.md:3:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("modern"), std::string::npos) << r.out;
}

TEST_F(CliTest, AllVariantsWithoutVariantsIsBadUsage) {
  std::string md = resume("cv.md");
  Result r = jianli_in_dir("--all-variants cv.md");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("defines no variants"), std::string::npos) << r.out;
}

const std::string kPrivate =
    "---\ntitle: CV\njianli: {private: private.yaml}\n---\n"
    "# Ada Lovelace\n{{ page.phone }} · ada@example.com\n\n## Work\n\nWrote the first program.\n";

TEST_F(CliTest, PrivateValuesFillTheHeader) {
  write("cv.md", kPrivate);
  write("private.yaml", "phone: 138 0000 0000\n");
  Result r = jianli_in_dir("-q cv.md");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(pdf_text(path("cv.pdf")).find("138 0000 0000"), std::string::npos);
}

TEST_F(CliTest, WithMergesAnotherFile) {
  write("cv.md", kPrivate);
  write("private.yaml", "phone: 138 0000 0000\n");
  write("other.yaml", "phone: 139 1111 1111\n");
  ASSERT_EQ(jianli_in_dir("-q --with other.yaml cv.md").status, 0);
  std::string text = pdf_text(path("cv.pdf"));
  EXPECT_NE(text.find("139 1111 1111"), std::string::npos);
  EXPECT_EQ(text.find("138"), std::string::npos);
}

TEST_F(CliTest, AMissingPrivateFileIsAnErrorOnlyWhenAValueIsNeeded) {
  write("cv.md", kPrivate);
  Result r = jianli_in_dir("cv.md");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("cv.md:6:1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("private file 'private.yaml' (named on line 3) does not exist"),
            std::string::npos)
      << r.out;
  EXPECT_FALSE(fs::exists(path("cv.pdf")));
  // Nothing asks for a private value: the public page renders.
  write("public.md", "---\njianli: {private: private.yaml}\n---\n# Ada\n\n## Work\n\nText.\n");
  EXPECT_EQ(jianli_in_dir("-q public.md").status, 0);
}

TEST_F(CliTest, AMissingWithFileIsAnError) {
  std::string md = resume("cv.md");
  Result r = jianli_in_dir("--with nothere.yaml cv.md");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("nothere.yaml"), std::string::npos) << r.out;
}

// Twelve long paragraphs that fit one page only at the tightest, then parts marked for
// dropping; `projects` sets how many paragraphs.
std::string droppable_resume(int projects) {
  std::string para;
  for (int i = 0; i < 3; ++i)
    para +=
        "Designed and built the inference service that answers every request of the "
        "search engine, measured its latency and cut it by half. ";
  std::string md = "---\ntitle: CV\nlang: en\n---\n# Ada Lovelace\nada@example.com\n\n## Work\n\n";
  for (int i = 0; i < projects; ++i) md += "Project " + std::to_string(i) + ": " + para + "\n\n";
  md += "## Talks <!-- priority: 1 -->\n\n";
  for (int i = 0; i < 5; ++i)
    md += "- Talk " + std::to_string(i) + ": " + para.substr(0, 200) + "\n";
  md += "\n## Hobbies <!-- optional -->\n\nChess and " + para + "\n";
  return md;
}

TEST_F(CliTest, FitPagesDropsOptionalPartsOnlyWhenTighteningCannotFit) {
  write("cv.md", droppable_resume(12));
  Result r = jianli_in_dir("--fit-pages 1 cv.md");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("dropped 2 optional part(s) to fit 1 page(s): line 42: ## Hobbies; line "
                       "34: ## Talks"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(page_count(path("cv.pdf")), 1);
  std::string text = pdf_text(path("cv.pdf"));
  for (int i = 0; i < 12; ++i)
    EXPECT_NE(text.find("Project " + std::to_string(i) + ":"), std::string::npos) << i;
  EXPECT_EQ(text.find("Chess"), std::string::npos);

  // Tightening alone fits two pages: nothing is dropped.
  r = jianli_in_dir("--fit-pages 2 cv.md");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out.find("dropped"), std::string::npos) << r.out;
  EXPECT_NE(pdf_text(path("cv.pdf")).find("Chess"), std::string::npos);
}

TEST_F(CliTest, FitPagesRefusesWhenEvenWithoutTheOptionalPartsItCannotFit) {
  write("cv.md", droppable_resume(30));
  Result r = jianli_in_dir("--fit-pages 1 cv.md");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("cannot fit 1 page(s)"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(path("cv.pdf")));
}

}  // namespace
}  // namespace jianli::test
