// Cuts a font down to the glyphs a document draws, with HarfBuzz's hb-subset, and
// says which code the content stream draws each glyph with.
//
// TrueType fonts become CIDFontType2 programs (FontFile2) and OpenType/CFF fonts such
// as Noto Serif CJK bare CFF programs (FontFile3 /CIDFontType0C); libharu never reads
// either (it draws with a stand-in, see stand_in_font.h), so neither its refusal of
// CFF nor its composite-glyph bugs (libharu-2.3.md) apply.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "pdf/font_usage.h"

namespace jianli::pdf {

enum class Outlines { TrueType, Cff };

// One code of the font as the PDF draws it.
struct FontCode {
  uint16_t code = 0;   // two bytes in the content stream (Identity-H)
  uint16_t glyph = 0;  // glyph id in the subset program (TrueType: the CIDToGIDMap entry)
  int width = 0;       // advance in thousandths of an em (the /W entry)
  std::string text;    // UTF-8 for the ToUnicode map; empty: none
};

// Design metrics in thousandths of an em, for the font descriptor.
struct DescriptorMetrics {
  int ascent = 0, descent = 0, cap_height = 0;
  int bbox[4] = {0, 0, 0, 0};  // xMin yMin xMax yMax
};

struct SubsetFont {
  Outlines outlines = Outlines::TrueType;
  std::string program;          // FontFile2 (a TrueType file) or FontFile3 (a bare CFF table)
  std::string postscript_name;  // without the subset tag
  DescriptorMetrics metrics;
  std::vector<FontCode> codes;  // ascending by code
  std::unordered_map<GlyphUse, uint16_t, GlyphUseHash> code_of;

  int width_of(uint16_t code) const;  // thousandths of an em; 0 for a code not in `codes`
};

// TrueType: each (glyph, text) pair gets a code of its own, mapped to its glyph by the
// CIDToGIDMap, so that one glyph may copy as different text. CFF: a CIDFontType0 font
// selects glyphs by CID through the program's own charset, so the code is the glyph's
// CID and a glyph standing for two texts copies as the first (in code order).
// Throws model::InputError when the font cannot be read or has no outlines a PDF can
// embed (a bitmap-only colour emoji font, CFF2).
SubsetFont subset_font(const std::string& path, int index, const std::vector<GlyphUse>& uses);

}  // namespace jianli::pdf
