// The seed résumé rendered end to end and checked from outside with poppler.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <regex>

#include "process.h"
#include "scratch_dir.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

class RenderTest : public ScratchDirTest {};

const std::string kSeed = std::string(JIANLI_SOURCE_DIR) + "/resume.md";

std::map<char32_t, int> han_counts(const std::string& utf8) {
  std::map<char32_t, int> counts;
  for (char32_t cp : text::to_utf32(utf8))
    if (text::is_han(cp)) ++counts[cp];
  return counts;
}

TEST_F(RenderTest, SeedRendersToTwoOrThreeA4Pages) {
  Result r = run(jianli() + " " + kSeed + " -o " + path("out.pdf"));
  ASSERT_EQ(r.status, 0) << r.out;
  Result info = run("pdfinfo " + path("out.pdf"));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(info.out, m, std::regex("Pages:\\s+(\\d+)")));
  int pages = std::stoi(m[1]);
  EXPECT_GE(pages, 2);
  EXPECT_LE(pages, 3);
  EXPECT_NE(info.out.find("595.276 x 841.89 pts (A4)"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("Title:           简历"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("Author:          钱玉磊"), std::string::npos) << info.out;
}

TEST_F(RenderTest, EveryHanCharacterOfTheBodyExtracts) {
  ASSERT_EQ(run(jianli() + " " + kSeed + " -o " + path("out.pdf")).status, 0);
  Result text = run("pdftotext -enc UTF-8 " + path("out.pdf") + " -");
  EXPECT_EQ(text.out.find("Syntax"), std::string::npos) << "poppler warned";
  std::string source = slurp(kSeed);
  std::string body = source.substr(source.find("---", 3) + 3);
  auto need = han_counts(body);
  auto got = han_counts(text.out);
  int missing = 0;
  std::string sample;
  for (auto [cp, n] : need) {
    if (got[cp] < n) {
      missing += n - got[cp];
      text::append_utf8(sample, cp);
    }
  }
  EXPECT_EQ(missing, 0) << "missing: " << sample;
  EXPECT_NE(text.out.find("qianyulei@126.com"), std::string::npos);
}

TEST_F(RenderTest, FontsAreEmbeddedSubsets) {
  ASSERT_EQ(run(jianli() + " " + kSeed + " -o " + path("out.pdf")).status, 0);
  Result fonts = run("pdffonts " + path("out.pdf"));
  std::istringstream lines(fonts.out);
  std::string line;
  int rows = 0;
  for (int i = 0; std::getline(lines, line); ++i) {
    if (i < 2) continue;
    ++rows;
    EXPECT_NE(line.find(" yes yes yes "), std::string::npos)
        << "not embedded, subset, unicode: " << line;
  }
  EXPECT_GE(rows, 2);
}

TEST_F(RenderTest, EmailIsAClickableMailtoLinkAndSectionsAreBookmarked) {
  ASSERT_EQ(run(jianli() + " " + kSeed + " -o " + path("out.pdf")).status, 0);
  Result qdf = run("qpdf --qdf --object-streams=disable " + path("out.pdf") + " -");
  EXPECT_NE(qdf.out.find("mailto:qianyulei@126.com"), std::string::npos);
  EXPECT_TRUE(std::regex_search(qdf.out, std::regex("/Border \\[\\s*0\\s+0\\s+0\\s*\\]")));
  // Outline titles are UTF-16BE strings; pypdf reads them back.
  Result outline =
      run("/usr/bin/python3 -c \"import pypdf,sys; r=pypdf.PdfReader(sys.argv[1]); "
          "print(chr(10).join(o.title for o in r.outline if not isinstance(o, list)))\" " +
          path("out.pdf"));
  for (const char* section : {"个人简介", "教育背景", "工作背景", "论文"})
    EXPECT_NE(outline.out.find(section), std::string::npos) << outline.out;
}

TEST_F(RenderTest, SameInputGivesTheSameBytes) {
  ASSERT_EQ(run(jianli() + " " + kSeed + " -o " + path("a.pdf")).status, 0);
  ASSERT_EQ(run(jianli() + " " + kSeed + " -o " + path("b.pdf")).status, 0);
  EXPECT_TRUE(slurp(path("a.pdf")) == slurp(path("b.pdf")));
}

TEST_F(RenderTest, BrokenFrontMatterNamesTheLineAndKeepsThePreviousPdf) {
  std::string good = write("r.md", "---\ntitle: 简历\n---\n# 张三\n你好\n");
  ASSERT_EQ(run(jianli() + " " + good + " -o " + path("r.pdf")).status, 0);
  std::string before = slurp(path("r.pdf"));
  write("r.md", "---\ntitle: [简历\n---\n# 张三\n你好\n");
  Result r = run(jianli() + " " + good + " -o " + path("r.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(path("r.md") + ":"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("error:"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(path("r.pdf")), before);
  int leftovers = 0;
  for (const auto& entry : fs::directory_iterator(dir_))
    leftovers += entry.path().filename().string()[0] == '.';
  EXPECT_EQ(leftovers, 0) << "a temporary file was left behind";
}

TEST_F(RenderTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run(jianli() + " --no-such-option x.md").status, 2);
  EXPECT_EQ(run(jianli()).status, 2);
  EXPECT_EQ(run(jianli() + " a.md b.md -o x.pdf").status, 2);
  Result help = run(jianli() + " --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("--layout"), std::string::npos);
}

TEST_F(RenderTest, UnknownLayoutIsAnInputErrorListingLayouts) {
  Result r = run(jianli() + " " + kSeed + " -o " + path("x.pdf") + " --layout nosuch");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("unknown layout 'nosuch'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("classic"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(path("x.pdf")));
}

TEST_F(RenderTest, MissingInputAndFolderInputAreClearErrors) {
  Result missing = run(jianli() + " " + path("nope.md") + " -o " + path("x.pdf"));
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.out.find("cannot read"), std::string::npos) << missing.out;
  Result folder = run(jianli() + " " + dir_.string() + " -o " + path("x.pdf"));
  EXPECT_EQ(folder.status, 1);
  EXPECT_NE(folder.out.find("folder"), std::string::npos) << folder.out;
}

TEST_F(RenderTest, ListLayoutsShowsEachWithADescription) {
  Result r = run(jianli() + " --list-layouts");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("classic"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("default"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace jianli::test

namespace jianli::test {
namespace {

// Dark pixels of page 1, rendered in grey at 100 dpi.
long ink_of(const std::string& pdf) {
  std::string pgm = pdf + ".pgm";
  run("pdftoppm -r 100 -gray -f 1 -l 1 -singlefile " + pdf + " " + pdf);
  run("/usr/bin/python3 -c \"from PIL import Image; import sys; im=Image.open(sys.argv[1]+'.pgm'); "
      "print(sum(im.histogram()[:128]))\" " +
      pdf + " > " + pgm + ".count");
  std::string count = slurp(pgm + ".count");
  return count.empty() ? -1 : std::stol(count);
}

TEST_F(RenderTest, BoldChineseIsVisiblyBold) {
  const std::string text = "主导美团自研大模型推理框架负责模型体系结构优化量化压缩端侧推理等";
  write("regular.md", "---\ntitle: t\n---\n" + text + "\n");
  write("bold.md", "---\ntitle: t\n---\n**" + text + "**\n");
  ASSERT_EQ(run(jianli() + " " + path("regular.md") + " -o " + path("regular.pdf")).status, 0);
  ASSERT_EQ(run(jianli() + " " + path("bold.md") + " -o " + path("bold.pdf")).status, 0);
  long regular = ink_of(path("regular.pdf")), bold = ink_of(path("bold.pdf"));
  ASSERT_GT(regular, 0);
  EXPECT_GT(bold, regular * 13 / 10) << "regular " << regular << ", bold " << bold;
}

}  // namespace
}  // namespace jianli::test
