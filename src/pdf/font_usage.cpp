#include "pdf/font_usage.h"

#include <cmath>
#include <stdexcept>
#include <unordered_set>

#include "text/font_tables.h"

namespace jianli::pdf {
namespace {

using text::font_tables::BlobPtr;
using text::font_tables::FacePtr;
using text::font_tables::FontPtr;

// Advances as subset_font writes them into /W, read from each font file when first asked.
// A file that cannot be read carries no gap; subset_font reports it.
class FileFontFacts : public FontFacts {
 public:
  explicit FileFontFacts(const std::vector<model::FontFile>& files)
      : files_(files), fonts_(files.size()) {}

  int advance(int font, uint32_t glyph) override {
    const Opened& f = opened(font);
    if (!f.font) return 0;
    return static_cast<int>(
        std::lround(hb_font_get_glyph_h_advance(f.font.get(), glyph) * f.per_unit));
  }
  bool copyable(int font) override { return opened(font).truetype; }

 private:
  struct Opened {
    bool tried = false;
    FacePtr face;
    FontPtr font;
    double per_unit = 1;  // thousandths of an em per font unit
    bool truetype = false;
  };
  const Opened& opened(int font) {
    Opened& f = fonts_.at(static_cast<size_t>(font));
    if (f.tried) return f;
    f.tried = true;
    const model::FontFile& file = files_[static_cast<size_t>(font)];
    BlobPtr blob(hb_blob_create_from_file_or_fail(file.path.c_str()));
    if (!blob || file.index < 0 || static_cast<unsigned>(file.index) >= hb_face_count(blob.get()))
      return f;
    f.face.reset(hb_face_create(blob.get(), static_cast<unsigned>(file.index)));
    f.font.reset(hb_font_create(f.face.get()));
    f.per_unit = 1000.0 / hb_face_get_upem(f.face.get());
    BlobPtr glyf(hb_face_reference_table(f.face.get(), HB_TAG('g', 'l', 'y', 'f')));
    f.truetype = hb_blob_get_length(glyf.get()) > 0;
    return f;
  }

  const std::vector<model::FontFile>& files_;
  std::vector<Opened> fonts_;  // by PageSet font, opened when first asked
};

}  // namespace

std::string_view glyph_text_view(const model::TextRun& run, const model::PlacedGlyph& g) {
  if (size_t(g.text_begin) + g.text_size > run.text.size()) {
    throw std::runtime_error("a glyph of the text run \"" + run.text.substr(0, 40) +
                             "\" points past the run's text");
  }
  return std::string_view(run.text).substr(g.text_begin, g.text_size);
}

std::string glyph_text(const model::TextRun& run, const model::PlacedGlyph& g) {
  return std::string(glyph_text_view(run, g));
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
  FileFontFacts facts(pages.fonts);
  for (size_t p = 0; p < pages.pages.size(); ++p) {
    size_t glyph = 0;  // the page's, in drawing order
    for (const model::TextRun& run : pages.pages[p].runs) {
      if (run.font < 0 || run.font >= static_cast<int>(plan.embedded_of_font.size())) {
        throw std::runtime_error("text run \"" + run.text + "\" on page " + std::to_string(p + 1) +
                                 " names font " + std::to_string(run.font) + ", but only " +
                                 std::to_string(pages.fonts.size()) + " fonts are listed");
      }
      for (const model::PlacedGlyph& g : run.glyphs) glyph_text_view(run, g);  // throws if bad
    }
    const std::vector<GapCarrier>& carriers =
        plan.carriers.emplace_back(gap_carriers(pages.pages[p].runs, pages.structure, facts));
    for (const model::TextRun& run : pages.pages[p].runs) {
      int e = plan.embedded_of_font[run.font];
      for (const model::PlacedGlyph& g : run.glyphs) {
        GlyphUse use{g.id, glyph_text(run, g), carriers[glyph++]};
        if (seen[e].insert(use).second) plan.embedded[e].uses.push_back(std::move(use));
      }
    }
  }
  return plan;
}

}  // namespace jianli::pdf
