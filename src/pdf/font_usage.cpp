#include "pdf/font_usage.h"

#include <stdexcept>
#include <unordered_set>

namespace jianli::pdf {

std::string glyph_text(const model::TextRun& run, const model::PlacedGlyph& g) {
  if (size_t(g.text_begin) + g.text_size > run.text.size()) {
    throw std::runtime_error("a glyph of the text run \"" + run.text.substr(0, 40) +
                             "\" points past the run's text");
  }
  return run.text.substr(g.text_begin, g.text_size);
}

FontPlan plan_fonts(const model::PageSet& pages) {
  FontPlan plan;
  for (const model::FontFile& font : pages.fonts) {
    int found = -1;
    for (size_t e = 0; e < plan.embedded.size(); ++e) {
      if (plan.embedded[e].path == font.path && plan.embedded[e].index == font.index) found = e;
    }
    if (found < 0) {
      found = static_cast<int>(plan.embedded.size());
      plan.embedded.push_back({font.path, font.index, font.family, {}});
    }
    plan.embedded_of_font.push_back(found);
  }
  std::vector<std::unordered_set<GlyphUse, GlyphUseHash>> seen(plan.embedded.size());
  for (size_t p = 0; p < pages.pages.size(); ++p) {
    for (const model::TextRun& run : pages.pages[p].runs) {
      if (run.font < 0 || run.font >= static_cast<int>(plan.embedded_of_font.size())) {
        throw std::runtime_error("text run \"" + run.text + "\" on page " + std::to_string(p + 1) +
                                 " names font " + std::to_string(run.font) + ", but only " +
                                 std::to_string(pages.fonts.size()) + " fonts are listed");
      }
      int e = plan.embedded_of_font[run.font];
      for (const model::PlacedGlyph& g : run.glyphs) {
        GlyphUse use{g.id, glyph_text(run, g)};
        if (seen[e].insert(use).second) plan.embedded[e].uses.push_back(std::move(use));
      }
    }
  }
  return plan;
}

}  // namespace jianli::pdf
