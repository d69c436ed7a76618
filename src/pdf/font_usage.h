// Which glyphs each embedded font must carry, and the text each one stands for.
// Several FontFile entries may name the same file (a regular face also drawn with
// synthetic bold): they share one embedded font.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/page.h"
#include "pdf/gap_carriers.h"

namespace jianli::pdf {

// A glyph with the text it stands for. The same glyph may stand for different text
// (a capital drawn for a typed small letter); each pair gets its own code in the PDF
// where the font's format allows it (font_subset.h).
struct GlyphUse {
  uint32_t id = 0;
  std::string text;                       // UTF-8; empty for a glyph that continues its cluster
  GapCarrier carrier = GapCarrier::None;  // drawn as a copy that carries a gap (gap_carriers.h)
  bool operator==(const GlyphUse&) const = default;
};

struct GlyphUseHash {
  size_t operator()(const GlyphUse& use) const {
    return (std::hash<std::string>()(use.text) * 31 + use.id) * 4 +
           static_cast<uint8_t>(use.carrier);
  }
};

struct EmbeddedFont {
  std::string path;
  int index = 0;
  std::string family;
  std::vector<GlyphUse> uses;  // every glyph drawn in it, once each, in order of first use
};

struct FontPlan {
  std::vector<EmbeddedFont> embedded;
  std::vector<int> embedded_of_font;  // PageSet::fonts[i] is drawn with embedded[...[i]]
  // By page, by glyph in drawing order: which glyphs carry a gap (gap_carriers.h).
  std::vector<std::vector<GapCarrier>> carriers;
};

// The text glyph `g` of `run` stands for, in the run's text. Throws std::runtime_error when it
// lies outside it.
std::string_view glyph_text_view(const model::TextRun& run, const model::PlacedGlyph& g);
// The same, copied.
std::string glyph_text(const model::TextRun& run, const model::PlacedGlyph& g);

// Groups the page set's fonts by file and collects the glyphs each one draws, and which of
// them carry a gap (read from the font files' own metrics).
// Throws std::runtime_error for a run naming a font index that does not exist or a
// glyph whose text lies outside its run's text.
FontPlan plan_fonts(const model::PageSet& pages);

}  // namespace jianli::pdf
