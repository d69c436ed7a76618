// The seed résumé must look the same after any change to the PDF backend: every word poppler
// extracts, with its box to 0.1 pt, against a golden file made before the backend was optimised
// (tests/data/e2e/seed_boxes.txt; regen_boxes.sh beside it says when regenerating is legitimate),
// and pdfaudit's figures (../shared/tools/pdfaudit.py, when it is there) at zero.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <regex>
#include <sstream>
#include <vector>

#include "process.h"
#include "word_boxes.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

const std::string kSeed = std::string(JIANLI_SOURCE_DIR) + "/resume.md";
const std::string kAudit = std::string(JIANLI_SOURCE_DIR) + "/../shared/tools/pdfaudit.py";

class AppearanceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("jianli-appearance-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    pdf_ = (dir_ / "seed.pdf").string();
    Result r = run(jianli() + " " + kSeed + " -o " + pdf_);
    ASSERT_EQ(r.status, 0) << r.out;
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::string pdf_;
};

TEST_F(AppearanceTest, EveryWordIsWhereItWasBeforeTheBackendWasOptimised) {
  std::string html = (dir_ / "seed.html").string();
  Result text = run("pdftotext -bbox-layout " + pdf_ + " " + html);
  ASSERT_EQ(text.status, 0) << text.out;
  Result listing = run(kGoldenDir + "/word_boxes.sh " + html);
  ASSERT_EQ(listing.status, 0) << listing.out;
  std::vector<WordBox> got = parse_boxes(listing.out);
  std::vector<WordBox> want = parse_boxes(slurp(kGoldenDir + "/seed_boxes.txt"));
  ASSERT_FALSE(want.empty()) << "no golden boxes: run tests/data/e2e/regen_boxes.sh";
  ASSERT_EQ(got.size(), want.size()) << "a different number of words: the text or the line "
                                        "breaks changed (a deliberate layout change? then "
                                        "regenerate with tests/data/e2e/regen_boxes.sh)";
  int moved = 0;
  for (size_t i = 0; i < want.size(); ++i) {
    const WordBox& g = got[i];
    const WordBox& w = want[i];
    // Both sides are rounded to 0.1 pt; one step of rounding either way is the same place.
    bool same = g.page == w.page && g.text == w.text && std::abs(g.x0 - w.x0) <= 0.11 &&
                std::abs(g.y0 - w.y0) <= 0.11 && std::abs(g.x1 - w.x1) <= 0.11 &&
                std::abs(g.y1 - w.y1) <= 0.11;
    if (!same && ++moved <= 10) {
      ADD_FAILURE() << "word " << i << " on page " << w.page << ": want \"" << w.text << "\" at "
                    << w.x0 << " " << w.y0 << " " << w.x1 << " " << w.y1 << ", got \"" << g.text
                    << "\" on page " << g.page << " at " << g.x0 << " " << g.y0 << " " << g.x1
                    << " " << g.y1;
    }
  }
  EXPECT_EQ(moved, 0) << "words moved or changed";
}

TEST_F(AppearanceTest, PdfauditFiguresStayAtZero) {
  if (!fs::exists(kAudit)) GTEST_SKIP() << kAudit << " is not there (CI has ../shared)";
  // Run as it is: its #! line names Debian's python3, which has the modules it needs.
  Result audit = run(kAudit + " " + pdf_ + " " + kSeed + " --json");
  if (audit.out.find("pdfaudit needs") != std::string::npos) GTEST_SKIP() << audit.out;
  ASSERT_EQ(audit.status, 0) << audit.out;
  auto figure = [&](const std::string& key) -> long {
    std::smatch m;
    if (!std::regex_search(audit.out, m, std::regex("\"" + key + "\": (-?\\d+)"))) return -1;
    return std::stol(m[1]);
  };
  for (const char* key :
       {"fonts_not_embedded", "fonts_no_unicode_map", "poppler_warnings", "qpdf_warnings",
        "blank_glyphs", "overflow_chars", "kinsoku_violations", "han_missing"}) {
    EXPECT_EQ(figure(key), 0) << key << " in " << audit.out;
  }
  EXPECT_NE(audit.out.find("\"qpdf_ok\": true"), std::string::npos) << audit.out;
  EXPECT_EQ(figure("fonts"), 4) << audit.out;
  EXPECT_GE(figure("pages"), 2) << audit.out;
}

}  // namespace
}  // namespace jianli::test
