// `jianli new`: a starter résumé that renders clean right away, in both languages and in
// every shipped layout, and that never replaces a file (issue 16, item 4).
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

const std::string kAudit = std::string(JIANLI_SOURCE_DIR) + "/../shared/tools/pdfaudit.py";
const char* const kLayouts[] = {"classic", "modern", "compact", "kai", "sidebar", "default"};

class NewTest : public ScratchDirTest {
 protected:
  // Every figure of pdfaudit that counts a fault, with its value, "name=value" when not 0.
  std::string audit_faults(const std::string& pdf, const std::string& source) {
    Result audit = run(kAudit + " " + pdf + " " + source + " --json");
    if (audit.status != 0) return "pdfaudit failed: " + audit.out;
    std::string faults;
    for (const char* key :
         {"fonts_not_embedded", "fonts_no_unicode_map", "poppler_warnings", "qpdf_warnings",
          "blank_glyphs", "overflow_chars", "kinsoku_violations", "loose_lines", "han_missing"}) {
      std::smatch m;
      if (!std::regex_search(audit.out, m, std::regex("\"" + std::string(key) + "\": (\\d+)")))
        faults += std::string(key) + " missing; ";
      else if (m[1] != "0")
        faults += std::string(key) + "=" + m[1].str() + "; ";
    }
    return faults;
  }

  void expect_clean_in_every_layout(const std::string& lang, const std::string& must_contain) {
    std::string md = path(lang + ".md");
    Result made = run(jianli() + " new --lang " + lang + " " + md);
    ASSERT_EQ(made.status, 0) << made.out;
    std::string text = slurp(md);
    EXPECT_NE(text.find(must_contain), std::string::npos) << text;
    EXPECT_NE(text.find("<!--"), std::string::npos) << "no photo placeholder: " << text;
    for (const char* layout : kLayouts) {
      std::string pdf = path(lang + "-" + layout + ".pdf");
      // A warning too would puzzle a first-time user: the run must print nothing.
      SplitResult r = run_split(jianli() + " -q " + md + " -l " + layout + " -o " + pdf);
      ASSERT_EQ(r.status, 0) << layout << ": " << r.err;
      EXPECT_EQ(r.err, "") << layout;
      Result pages = run("pdfinfo " + pdf);
      EXPECT_NE(pages.out.find("Pages:           1"), std::string::npos) << layout << pages.out;
      if (fs::exists(kAudit)) {
        EXPECT_EQ(audit_faults(pdf, md), "") << layout;
      }
    }
  }
};

TEST_F(NewTest, TheChineseStarterRendersCleanInEveryLayout) {
  expect_clean_in_every_layout("zh", "## 基本信息");
}

TEST_F(NewTest, TheEnglishStarterRendersCleanInEveryLayout) {
  expect_clean_in_every_layout("en", "lang: en");
}

TEST_F(NewTest, WritesResumeMdInTheCurrentFolderByDefault) {
  Result made = run("cd " + dir_.string() + " && " + jianli() + " new");
  ASSERT_EQ(made.status, 0) << made.out;
  EXPECT_NE(made.out.find("jianli resume.md"), std::string::npos) << made.out;
  EXPECT_NE(slurp(path("resume.md")).find("lang: zh"), std::string::npos);
}

TEST_F(NewTest, NeverReplacesAFileOrWhatASymlinkPointsAt) {
  std::string mine = write("mine.md", "# 我的简历\n");
  SplitResult refused = run_split(jianli() + " new " + mine);
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("already exists"), std::string::npos) << refused.err;
  EXPECT_EQ(slurp(mine), "# 我的简历\n");

  fs::create_symlink(path("elsewhere.md"), path("link.md"));  // dangling: O_CREAT would follow it
  EXPECT_EQ(run(jianli() + " new " + path("link.md")).status, 2);
  EXPECT_FALSE(fs::exists(path("elsewhere.md")));
}

TEST_F(NewTest, AMissingFolderIsNamedAndNotCreated) {
  SplitResult r = run_split(jianli() + " new " + path("no/such/cv.md"));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(path("no")));
}

TEST_F(NewTest, AnUnknownLanguageIsAUsageError) {
  SplitResult r = run_split(jianli() + " new --lang fr " + path("cv.md"));
  EXPECT_EQ(r.status, 2);
  EXPECT_FALSE(fs::exists(path("cv.md")));
}

}  // namespace
}  // namespace jianli::test
