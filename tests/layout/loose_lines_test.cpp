// Issue 11 item 7: how many lines of the two shipped résumés are set ragged because justifying
// them would open a word space past 0.25 em (or a gap between Chinese characters past 0.15 em),
// per résumé and layout. The test prints each such line (run
// `layout_tests --gtest_filter='LooseLines*'` to see the table) and fails when there are more
// than the breaker could avoid.
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "layout/engine.h"
#include "layout_fixture.h"
#include "parse/document_reader.h"
#include "parse/section_roles.h"

namespace jianli::layout {
namespace {

const std::vector<std::string> kLayouts = {"classic", "modern",  "compact",
                                           "kai",     "sidebar", "default"};

// The lines left, each the fewest any choice of legal breaks allows in its paragraph (counted
// by trying every sequence of legal breaks, December 2026) except in en kai (see below). A
// legal break is a space, a hyphenation point, or after a Latin slash. A compound's hard
// hyphen (machine-|learning) is a break of last resort (kExHyphenPenalty 3000), because
// pdftotext's default mode drops a hyphen-minus that ends a line and joins the halves
// (#13): seven lines are ragged for it, marked "+N hard hyphen" (with TeX's 50 they were
// justified, and about 24 hyphens were lost to extraction). Costing a ragged line above a hard
// hyphen (kRaggedBadness 1e4, issue 11 item 1) leaves 14 in all, but loses the hyphen of
// "machine-|learning" to extraction in four English layouts (ShippedTest). Names are not
// hyphenated (hyphenation.capitalised false, TeX's \uchyph=0): the author line before
// "Mingming" is ragged in both sidebars, +1 each.
const std::map<std::string, size_t> kUnavoidable = {
    // "…效率和PS的" before "AutoCapacity", a name that is never hyphenated.
    {"resume.md classic", 1},
    {"resume.md default", 1},
    // References whose next word does not fit: "(2025)." after "Report.”", the name
    // "FlashCommunication" after the authors, "server" after "parameter", "Mingming" after
    // "Ding,"; +1 hard hyphen.
    {"resume.md sidebar", 5},
    // "…GPU machine-learning platforms,": +1 hard hyphen (large-|scale) in each.
    {"resume.en.md classic", 1},
    {"resume.en.md compact", 1},
    {"resume.en.md default", 1},
    // Two lines each a little past the limit, where the one-line alternative is a first line
    // a quarter full: total fit takes the two; +1 hard hyphen.
    {"resume.en.md kai", 3},
    // The four references, and two list items: "machine-|learning platforms" and
    // "omni-|modal models (image–text understanding," where what follows does not fit; +2
    // hard hyphen.
    {"resume.en.md sidebar", 8},
};

class LooseLinesTest : public LayoutTest {
 protected:
  // The lines of `resume` set ragged for looseness in `layout`.
  std::vector<std::string> loose_lines(const std::string& resume, const std::string& layout) {
    static const parse::SectionRoles roles =
        parse::load_section_roles(JIANLI_SOURCE_DIR "/data/sections.yaml");
    const std::string path = std::string(JIANLI_SOURCE_DIR) + "/" + resume;
    std::ifstream in(path);
    std::stringstream source;
    source << in.rdbuf();
    model::Document doc = parse::read_document(source.str(), path, roles);
    model::LayoutSpec spec =
        parse::load_layout(layout, {std::string(JIANLI_SOURCE_DIR) + "/layouts"},
                           doc.meta.layout_overrides, document_language(doc));
    return lay_out(doc, spec, library_).loose_lines;
  }
};

TEST_F(LooseLinesTest, TheShippedResumesHaveNoLineTooLooseToJustifyThatBreaksCouldAvoid) {
  for (const std::string resume : {"resume.md", "resume.en.md"}) {
    for (const std::string& layout : kLayouts) {
      const std::vector<std::string> lines = loose_lines(resume, layout);
      std::cout << resume << " × " << layout << ": " << lines.size() << "\n";
      for (const std::string& line : lines) std::cout << "    " << line << "\n";
      const auto known = kUnavoidable.find(resume + " " + layout);
      EXPECT_LE(lines.size(), known == kUnavoidable.end() ? 0 : known->second)
          << resume << " in " << layout;
    }
  }
}

}  // namespace
}  // namespace jianli::layout
