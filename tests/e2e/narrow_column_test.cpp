// Issue 11: the generated narrow-column résumé (sidebar, 55 mm side column, justified) as a
// recruiter's PDF: pdfaudit (../shared/tools/pdfaudit.py) finds no loose line and nothing
// else wrong. tests/layout/narrow_column_test.cpp measures the same lines' gaps exactly.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "../layout/narrow_resume.h"
#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

const std::string kAudit = std::string(JIANLI_SOURCE_DIR) + "/../shared/tools/pdfaudit.py";

class NarrowColumnAudit : public ScratchDirTest {};

TEST_F(NarrowColumnAudit, NoLooseLineAndNothingElseWrong) {
  if (!std::filesystem::exists(kAudit)) GTEST_SKIP() << kAudit << " is not there";
  for (unsigned seed : {1u, 2u}) {
    const std::string md = write("narrow.md", testing::narrow_resume(seed));
    Result r = run(jianli() + " -q " + md + " --layout sidebar -o " + path("narrow.pdf"));
    ASSERT_EQ(r.status, 0) << r.out;
    Result audit = run(kAudit + " " + path("narrow.pdf") + " " + md + " --json");
    if (audit.out.find("pdfaudit needs") != std::string::npos) GTEST_SKIP() << audit.out;
    ASSERT_EQ(audit.status, 0) << audit.out;
    for (const char* key : {"loose_lines", "blank_glyphs", "overflow_chars", "kinsoku_violations",
                            "han_missing", "poppler_warnings"}) {
      std::smatch m;
      ASSERT_TRUE(
          std::regex_search(audit.out, m, std::regex(std::string("\"") + key + "\": (-?\\d+)")))
          << key << " in " << audit.out;
      EXPECT_EQ(std::stol(m[1]), 0) << key << ", seed " << seed << ": " << audit.out;
    }
  }
}

}  // namespace
}  // namespace jianli::test
