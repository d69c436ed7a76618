// Shaping: the glyphs a face draws for a piece of text, with HarfBuzz. Kerning,
// ligatures, the language's local forms (locl: mainland punctuation for zh-Hans) and
// small capitals come from the font itself.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/fonts.h"

namespace jianli::text {

enum class Script : uint8_t { Han, Latin };

struct ShapeOptions {
  Script script = Script::Latin;
  const char* language = "en";  // BCP 47: "zh-Hans" picks simplified forms (locl)
  bool small_caps = false;      // the font's smcp glyphs for lower-case letters
};

// One glyph as HarfBuzz placed it; lengths in ems.
struct ShapedGlyph {
  uint32_t id = 0;
  uint32_t cluster = 0;  // index into the text of the first character it stands for
  float advance = 0;
  float x_offset = 0, y_offset = 0;
};

// Shapes text[begin, end) in `face`, with the whole text as context. Glyphs come in
// logical order, clusters ascending.
std::vector<ShapedGlyph> shape(const Face& face, std::u32string_view text, size_t begin, size_t end,
                               const ShapeOptions& options);

}  // namespace jianli::text
