// Layout values in the front matter under `jianli:` change the chosen layout for
// that résumé alone, and a mistake in them points at the résumé's own line.
#include <gtest/gtest.h>

#include <cmath>

#include "cli_fixture.h"

namespace jianli::test {
namespace {

TEST_F(CliTest, PaperOverrideGivesLetterPages) {
  std::string md = resume("cv.md", "jianli:\n  layout: classic\n  paper: Letter\n");
  Result r = run(jianli() + " " + md);
  ASSERT_EQ(r.status, 0) << r.out;
  std::string info = run("pdfinfo " + path("cv.pdf")).out;
  EXPECT_NE(info.find("612 x 792 pts"), std::string::npos) << info;
}

TEST_F(CliTest, WithoutOverrideThePaperIsTheLayoutsA4) {
  std::string md = resume("cv.md", "jianli:\n  layout: classic\n");
  ASSERT_EQ(run(jianli() + " " + md).status, 0);
  EXPECT_NE(run("pdfinfo " + path("cv.pdf")).out.find("595.276 x 841.89 pts"), std::string::npos);
}

// The fill colour operator "r g b rg" of a hex colour, as libharu writes it (5 decimals,
// trailing zeros dropped), found in the uncompressed page content.
std::string fill_operator(int r, int g, int b) {
  auto component = [](int c) {
    std::string s = std::to_string(std::round(c / 255.0 * 100000) / 100000);
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
    return s;
  };
  return component(r) + " " + component(g) + " " + component(b) + " rg";
}

std::string uncompressed(const std::string& pdf) {
  run("qpdf --qdf --object-streams=disable " + pdf + " " + pdf + ".qdf");
  return slurp(pdf + ".qdf");
}

TEST_F(CliTest, AccentOverrideRecoloursWhatSaysAccent) {
  ASSERT_EQ(fill_operator(0x8B, 0, 0), "0.5451 0 0 rg");
  std::string md = resume("cv.md", "jianli: {layout: classic, accent: \"#8B0000\"}\n");
  Result r = run(jianli() + " " + md);
  ASSERT_EQ(r.status, 0) << r.out;
  std::string content = uncompressed(path("cv.pdf"));
  EXPECT_NE(content.find(fill_operator(0x8B, 0, 0)), std::string::npos);
  EXPECT_EQ(content.find(fill_operator(0x1F, 0x3A, 0x5F)), std::string::npos)
      << "the classic blue is gone";
}

TEST_F(CliTest, ClassicKeepsItsBlueAccentByDefault) {
  std::string md = resume("cv.md", "jianli: {layout: classic}\n");
  ASSERT_EQ(run(jianli() + " " + md).status, 0);
  EXPECT_NE(uncompressed(path("cv.pdf")).find(fill_operator(0x1F, 0x3A, 0x5F)), std::string::npos);
}

TEST_F(CliTest, StyleOverrideChangesOneValueAndKeepsTheRest) {
  std::string md = resume("cv.md", "jianli:\n  styles:\n    name: {size: 40}\n");
  ASSERT_EQ(run(jianli() + " " + md).status, 0);
  // pdftotext -bbox gives each word's box: the name is set at 40 pt, the body as before.
  std::string boxes = run("pdftotext -bbox " + path("cv.pdf") + " -").out;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(
      boxes, m, std::regex(R"re(yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Ada<)re")));
  EXPECT_GT(std::stod(m[2]) - std::stod(m[1]), 30) << "the name is 40 pt";
  ASSERT_TRUE(std::regex_search(
      boxes, m, std::regex(R"re(yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Wrote<)re")));
  EXPECT_LT(std::stod(m[2]) - std::stod(m[1]), 16) << "the body is unchanged";
}

TEST_F(CliTest, OverrideErrorPointsAtTheResumesLineWithASuggestion) {
  std::string md = resume("cv.md",
                          "title: CV\njianli:\n  layout: classic\n  styles:\n"
                          "    name: {size: 20, color: accnet}\n");
  Result r = run(jianli() + " " + md);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(md + ":6:29: error: expected a colour"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("did you mean 'accent'?"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("    name: {size: 20, color: accnet}\n"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(path("cv.pdf")));
}

TEST_F(CliTest, UnknownOverrideKeyNamesTheNearestSetting) {
  std::string md = resume("cv.md", "jianli:\n  margin: {top: 1in}\n");
  Result r = run(jianli() + " " + md);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(md + ":3:3: error: unknown setting 'margin' under 'jianli'; did you mean "
                            "'margins'?"),
            std::string::npos)
      << r.out;
}

TEST_F(CliTest, LayoutOnTheCommandLineStillTakesTheFrontMattersValues) {
  std::string md = resume("cv.md", "jianli: {paper: Letter}\n");
  ASSERT_EQ(run(jianli() + " " + md + " --layout classic").status, 0);
  EXPECT_NE(run("pdfinfo " + path("cv.pdf")).out.find("612 x 792 pts"), std::string::npos);
}

}  // namespace
}  // namespace jianli::test
