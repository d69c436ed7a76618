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

// Every shipped résumé in every layout passes: nothing lost, added, joined or split, no line
// out of order (the sidebar's columns no longer interleave: layout/extraction_tables.h),
// no missing glyph, small or faint text, or link that says another place than it leads.
// resume.en.md's narrow sidebar column breaks after two hard hyphens ("end-|to-end",
// "omni-|modal"), which poppler read as "endto-end" before the hyphen's span read the whole
// word (pdf/actual_text.h).
TEST_P(ShippedTest, NothingIsLost) {
  const Case& c = GetParam();
  Result r = run(jianli() + " check " + JIANLI_SOURCE_DIR + "/" + c.resume + " -l " + c.layout);
  EXPECT_EQ(r.status, 0) << r.out;
  std::istringstream lines(r.out);
  std::string line, summary;
  while (std::getline(lines, line)) {
    if (line.find(" page(s): ") != std::string::npos) {
      summary = line;
      continue;
    }
    ADD_FAILURE() << line;
  }
  EXPECT_NE(summary.find(" 0 lost, 0 added, 0 joined, 0 split, 0 lines out of order;"),
            std::string::npos)
      << summary;
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
