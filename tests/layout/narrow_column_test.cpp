// Issue 11: in the sidebar layout's 55 mm side column, justified, no line opens a gap past
// the layout's limits (0.15 em between Chinese characters, 0.25 em at a word space),
// measured from where the glyphs were laid out: each junction's opening is how much
// further apart its two glyphs sit than in the same lines set ragged.
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

}  // namespace
}  // namespace jianli::layout
