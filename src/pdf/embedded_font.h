// The font program as the PDF embeds it: only the tables a CIDFontType2 font needs.
//
// A CIDFontType2 font draws glyphs through /CIDToGIDMap and takes its widths from /W, so the
// font program's own cmap, name and post tables (and OS/2) are never read by a viewer; the PDF
// Reference (5.8, "TrueType font programs" for CIDFontType2) requires only head, hhea, loca,
// maxp, cvt, prep, glyf, hmtx and fpgm. libharu 2.3.0 needs the other tables to load the font,
// so they are removed after it has saved (in mend_pdf). In the seed résumé they were 3.4 KB of
// the compressed PDF.
#pragma once

#include <hb.h>

#include <string>

namespace jianli::pdf {

// `font` is a single TrueType font (libharu's FontFile2 stream). Returns it with only the
// tables above, with fresh checksums. Throws std::runtime_error when it is not a font.
std::string strip_for_embedding(const std::string& font);

// The font file a HarfBuzz face builder (hb_face_builder_create) holds the tables of.
std::string built_font(hb_face_t* builder);

}  // namespace jianli::pdf
