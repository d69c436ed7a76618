// Both shipped résumés in every shipped layout, through `jianli check`.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "../e2e/process.h"

namespace jianli::test {
namespace {

struct Case {
  std::string resume, layout;
};

class ShippedTest : public testing::TestWithParam<Case> {};

// What is known and not yet mended, and nothing else, is allowed here for now:
// - "word split" in kai's small-caps headings only: poppler's default mode puts a space
//   between the full-size capital and the small capitals ("S ummary"). The quarter em
//   between Han and Latin no longer splits (ActualText over the gap, pdf/actual_text.h),
//   so a split anywhere else fails;
// - "characters lost" of a hard hyphen at a line end, which poppler drops, joining the word;
// - "line out of order" in the sidebar layout, whose columns poppler interleaves, and the
//   the characters lost, added and joined where interleaved lines are matched character by
//   character (a page number run into a line of the other column).
// Found by this check and not yet mended: poppler drops the spaces of the page number
// ("2 / 2" comes back "2/2", though each is drawn as the font's space glyph).
// Once those land, every case must pass outright: the test then asserts exit status 0.
bool owed_to_tagging(const std::string& line, const std::string& layout) {
  if (layout == "kai" && line.find(": word split: ") != std::string::npos) return true;
  if (line.find(": characters lost: \"-\" is missing") != std::string::npos) return true;
  static const std::regex page_number(
      ": words joined: .* in \"(第 [0-9]+ 页 / 共 [0-9]+ 页|[0-9]+ / [0-9]+|— [0-9]+ —|Page [0-9]+ "
      "of "
      "[0-9]+)\"$");
  if (std::regex_search(line, page_number)) return true;
  if (layout != "sidebar") return false;
  return line.find(": line out of order: ") != std::string::npos ||
         line.find(": characters lost: ") != std::string::npos ||
         line.find(": characters added: ") != std::string::npos ||
         line.find(": words joined: ") != std::string::npos;
}

TEST_P(ShippedTest, NothingIsLostButWhatIsKnownAndNamed) {
  const Case& c = GetParam();
  Result r = run(jianli() + " check " + JIANLI_SOURCE_DIR + "/" + c.resume + " -l " + c.layout);
  ASSERT_TRUE(r.status == 0 || r.status == 1) << r.out;
  std::istringstream lines(r.out);
  std::string line, summary;
  while (std::getline(lines, line)) {
    if (line.find(" page(s): ") != std::string::npos) {
      summary = line;
      continue;
    }
    EXPECT_TRUE(owed_to_tagging(line, c.layout)) << line;
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
