// Which characters each embedded font must carry. Several FontFile entries may name the same
// file (a regular face also drawn with synthetic bold): they share one embedded font, because
// libharu refuses a second font with the same PostScript name (error 0x1019).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/page.h"

namespace jianli::pdf {

// Decodes UTF-8 into code points. Throws std::runtime_error on malformed UTF-8 and on code
// points above U+FFFF: libharu's UTF-8 encoder silently turns those into spaces
// (libharu-2.3.md, "Characters above U+FFFF").
std::vector<char16_t> decode_bmp_utf8(std::string_view text);

struct EmbeddedFont {
  std::string path;
  int index = 0;
  std::string family;
  std::set<char16_t> code_points;  // every character drawn in it
};

struct FontPlan {
  std::vector<EmbeddedFont> embedded;
  std::vector<int>
      embedded_of_font;  // PageSet::fonts[i] is drawn with embedded[embedded_of_font[i]]
};

// Groups the page set's fonts by file and collects the characters each one draws.
// Throws std::runtime_error for a run naming a font index that does not exist.
FontPlan plan_fonts(const model::PageSet& pages);

}  // namespace jianli::pdf
