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

// What is known and not yet mended, and nothing else, is allowed here for now: resume.en.md's
// narrow sidebar column breaks after hard hyphens ("end-|to-end"), whose hyphen-minus
// poppler drops when it joins the lines. Words joined are not allowed: two hyphenated lines
// in a row ("Lambda-ar-|chitecture … cre-|ative") are one word each across the break, as
// poppler reads them. The columns themselves no longer interleave
// (layout/extraction_tables.h): no line out of order is allowed anywhere.
bool owed_to_hard_hyphens(const std::string& line, const Case& c) {
  if (c.layout != "sidebar" || c.resume != "resume.en.md") return false;
  return line.find(": characters lost: \"-\" is missing") != std::string::npos;
}

TEST_P(ShippedTest, NothingIsLostButTheSidebarsKnownHyphens) {
  const Case& c = GetParam();
  Result r = run(jianli() + " check " + JIANLI_SOURCE_DIR + "/" + c.resume + " -l " + c.layout);
  if (c.layout != "sidebar" || c.resume != "resume.en.md") {
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
    EXPECT_TRUE(owed_to_hard_hyphens(line, c)) << line;
  }
  EXPECT_NE(summary.find(" 0 lines out of order;"), std::string::npos) << summary;
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
