// Issue 11: in the sidebar layout's 55 mm side column, justified, no line opens a gap past
// the layout's limits (0.15 em between Chinese characters, 0.25 em at a word space),
// measured from where the glyphs were laid out: each junction's opening is how much
// further apart its two glyphs sit than in the same lines set ragged.
#include <algorithm>
#include <cmath>
#include <map>

#include "layout/engine.h"
#include "layout_fixture.h"
#include "narrow_resume.h"
#include "parse/document_reader.h"
#include "parse/section_roles.h"

namespace jianli::layout {
namespace {

struct PlacedGlyph {
  double x = 0;
  double size = 0;
  bool space = false;  // a typed space, drawn
};

// Each line's glyphs, left to right, keyed by page and baseline.
using Lines = std::map<std::pair<size_t, long>, std::vector<PlacedGlyph>>;

Lines lines_of(const model::PageSet& set) {
  Lines lines;
  for (size_t p = 0; p < set.pages.size(); ++p)
    for (const model::TextRun& run : set.pages[p].runs)
      for (const model::PlacedGlyph& g : run.glyphs)
        lines[{p, std::lround(run.y * 100)}].push_back(
            {run.x + g.x, run.size, run.text.substr(g.text_begin, g.text_size) == " "});
  for (auto& [key, glyphs] : lines)
    std::stable_sort(glyphs.begin(), glyphs.end(),
                     [](const PlacedGlyph& a, const PlacedGlyph& b) { return a.x < b.x; });
  return lines;
}

struct Openings {
  int justified_lines = 0;  // lines where some junction opened
  int past_limit = 0;       // junctions opened past the layout's limit
  std::string worst;
};

// Compares the justified lines with the same lines set ragged (same breaks: breaking does not
// depend on alignment).
Openings openings(const model::PageSet& justified, const model::PageSet& ragged,
                  const model::JustifyLimits& limits) {
  Openings out;
  const Lines j = lines_of(justified), r = lines_of(ragged);
  EXPECT_EQ(j.size(), r.size());
  for (const auto& [key, set] : j) {
    auto other = r.find(key);
    if (other == r.end() || other->second.size() != set.size()) {
      ADD_FAILURE() << "the lines differ on page " << key.first + 1;
      continue;
    }
    const std::vector<PlacedGlyph>& natural = other->second;
    bool opened = false;
    for (size_t k = 0; k + 1 < set.size(); ++k) {
      const double extra = (set[k + 1].x - natural[k + 1].x) - (set[k].x - natural[k].x);
      const double limit = (set[k].space ? limits.space : limits.han) * set[k].size;
      opened = opened || extra > 0.05;
      if (extra > limit + 0.02) {
        ++out.past_limit;
        out.worst = "page " + std::to_string(key.first + 1) + ": " + std::to_string(extra) +
                    " pt where " + std::to_string(limit) + " is the limit";
      }
    }
    out.justified_lines += opened;
  }
  return out;
}

class NarrowColumnTest : public LayoutTest {
 protected:
  // How far `spec`'s justified lines open, against `limits`.
  Openings measure(const model::Document& doc, const model::LayoutSpec& spec,
                   const model::JustifyLimits& limits) {
    model::LayoutSpec ragged = spec;
    ragged.sidebar.justify = false;
    ragged.body_style.align = model::Align::Left;
    return openings(lay_out(doc, spec, library_).pages, lay_out(doc, ragged, library_).pages,
                    limits);
  }
};

TEST_F(NarrowColumnTest, NoJustifiedLineOpensPastTheLimits) {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    static const parse::SectionRoles roles =
        parse::load_section_roles(JIANLI_SOURCE_DIR "/data/sections.yaml");
    model::Document doc = parse::read_document(testing::narrow_resume(seed), "narrow.md", roles);
    model::LayoutSpec spec = parse::load_layout(
        "sidebar", {std::string(JIANLI_SOURCE_DIR) + "/layouts"}, doc.meta.layout_overrides, "zh");
    ASSERT_TRUE(spec.sidebar.justify);
    ASSERT_NEAR(spec.sidebar.width, 55 / 25.4 * 72, 0.1);

    Openings held = measure(doc, spec, spec.justify);
    EXPECT_GE(held.justified_lines, 20) << "seed " << seed << ": too few lines justified to tell";
    EXPECT_EQ(held.past_limit, 0) << "seed " << seed << ", " << held.worst;

    // With the limits out of the way the same measure finds loose lines, so it can fail.
    model::LayoutSpec unlimited = spec;
    unlimited.justify.han = unlimited.justify.space = 10;
    EXPECT_GT(measure(doc, unlimited, spec.justify).past_limit, 0) << "seed " << seed;
  }
}

// A skill item from a real résumé in the side column: "Swift/Objective-C等" cannot break, so
// one line of the item has to be hopelessly loose. Costed only a hair apart, that line was
// the first, "编" alone after its bullet, for a snugger fit below.
TEST_F(NarrowColumnTest, NoHopelesslyLooseLineHoldsOneCharacter) {
  static const parse::SectionRoles roles =
      parse::load_section_roles(JIANLI_SOURCE_DIR "/data/sections.yaml");
  model::Document doc = parse::read_document(
      "# 肖霖畅\n\n电话 158 1530 2312\n\n## 专业技能\n\n"
      "- **编程语言**: 近期常用Golang, C/C++, Python; 有过Swift/Objective-C等的相关开发经验\n\n"
      "## 项目经历\n\n正文。\n",
      "cv.md", roles);
  model::LayoutSpec spec = parse::load_layout(
      "sidebar", {std::string(JIANLI_SOURCE_DIR) + "/layouts"}, doc.meta.layout_overrides, "zh");
  const model::PageSet set = lay_out(doc, spec, library_).pages;
  std::map<long, std::string> side_lines;  // by baseline
  for (const model::TextRun& run : set.pages.at(0).runs)
    if (run.x < spec.margin_left + spec.sidebar.width) side_lines[std::lround(run.y)] += run.text;
  const auto first = std::find_if(side_lines.begin(), side_lines.end(), [](const auto& line) {
    return line.second.find("编") != std::string::npos;
  });
  ASSERT_NE(first, side_lines.end());
  EXPECT_NE(first->second.find("编程语言"), std::string::npos) << first->second;
}

}  // namespace
}  // namespace jianli::layout
