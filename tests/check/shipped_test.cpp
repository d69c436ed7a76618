// Both shipped résumés in every shipped layout, through `jianli check`.
#include <gtest/gtest.h>

#include <sstream>

#include "../e2e/process.h"

namespace jianli::test {
namespace {

struct Case {
  std::string resume, layout;
};

class ShippedTest : public testing::TestWithParam<Case> {};

// What is known and not yet mended, and nothing else, is allowed here for now, in the sidebar
// layout only: poppler's default mode takes the two columns' blocks, whose tops line up, for
// a table and reads it row by row, interleaving the columns ("line out of order", and the
// characters lost, added and joined where interleaved lines are matched character by
// character); and resume.en.md's narrow side column still breaks once after a hard hyphen
// ("end-|to-end"), which poppler drops. Every other layout passes outright (exit status 0).
bool owed_to_sidebar(const std::string& line, const std::string& layout) {
  if (layout != "sidebar") return false;
  return line.find(": line out of order: ") != std::string::npos ||
         line.find(": characters lost: ") != std::string::npos ||
         line.find(": characters added: ") != std::string::npos ||
         line.find(": words joined: ") != std::string::npos;
}

TEST_P(ShippedTest, NothingIsLostButTheSidebarsKnownInterleaving) {
  const Case& c = GetParam();
  Result r = run(jianli() + " check " + JIANLI_SOURCE_DIR + "/" + c.resume + " -l " + c.layout);
  if (c.layout != "sidebar") {
    EXPECT_EQ(r.status, 0) << r.out;
  }
  ASSERT_TRUE(r.status == 0 || r.status == 1) << r.out;
  std::istringstream lines(r.out);
  std::string line, summary;
  while (std::getline(lines, line)) {
    if (line.find(" page(s): ") != std::string::npos) {
      summary = line;
      continue;
    }
    EXPECT_TRUE(owed_to_sidebar(line, c.layout)) << line;
  }
  EXPECT_NE(summary.find("; 0 missing glyphs, 0 lines under 4.5 pt, 0 low contrast, 0 links "
                         "differ"),
            std::string::npos)
      << summary;
}

std::vector<Case> cases() {
  std::vector<Case> out;
  for (const char* resume : {"resume.md", "resume.en.md"})
    for (const char* layout : {"default", "classic", "modern", "compact", "kai", "sidebar"})
      out.push_back({resume, layout});
  return out;
}

INSTANTIATE_TEST_SUITE_P(EveryLayout, ShippedTest, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<Case>& info) {
                           std::string name = info.param.resume == "resume.md" ? "zh_" : "en_";
                           return name + info.param.layout;
                         });

}  // namespace
}  // namespace jianli::test
