// Speeds up HPDF_GetFont on libharu 2.3.0 by giving a loaded TrueType font a direct
// code point -> glyph table in place of its parsed cmap segments.
//
// Why: for a UTF-8 font, 2.3.0's CIDFontType2_New asks HPDF_TTFontDef_GetGlyphid for all 65,536
// BMP code points, and GetGlyphid walks the format-4 segments linearly from the first one. On an
// hb-subset font of a Chinese résumé (a few hundred segments) that was 98 M instructions, a
// quarter of the whole run (libharu-2.3.md, "Speed"). With one segment indexing a 65,536-entry
// glyph array every lookup stops at the first segment.
//
// How: the table is filled by asking libharu's own GetGlyphid for every code point inside the
// font's segments (all others map to glyph 0), so every answer stays exactly what the parsed
// cmap gave: the W array, the CIDToGIDMap and the glyphs marked as used do not change. Only the
// parsed copy in memory changes; the embedded font's cmap table is read from the file as before.
//
// This reaches into libharu's internal structures (hpdf_fontdef.h, installed by Debian's
// libhpdf-dev and fixed for 2.3.0). It checks what it can and leaves the font alone when the
// structures do not look as expected.
#pragma once

#include <hpdf.h>

namespace jianli::pdf {

// `font_name` is what HPDF_LoadTTFontFromFile returned. Call before HPDF_GetFont. Returns false
// (and changes nothing) when the font is not a format-4 TrueType font definition or memory runs
// out; libharu then does the slow lookups as before.
bool index_cmap_for_haru(HPDF_Doc doc, const char* font_name);

}  // namespace jianli::pdf
