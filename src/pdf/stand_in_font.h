// The font libharu draws with. libharu 2.3.0 cannot load OpenType/CFF fonts and
// mishandles some TrueType ones (libharu-2.3.md), and it can only draw text through
// its UTF-8 encoder, not glyph ids; so it is given a two-glyph stand-in per embedded
// font, the page drawer writes glyph codes itself (page_drawer.h), and mend_pdf puts
// the real subset program, widths and ToUnicode map in the stand-in's place.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jianli::pdf {

// fonts/stand-in.ttf (made by scripts/make-stand-in-font.py, compiled in) with the family
// name "JianliStandIn<number>": libharu refuses two fonts of one name.
std::string stand_in_font(int number);

// The number of the stand-in a PDF /BaseFont names ("HPDFAA+JianliStandIn3" → 3).
std::optional<int> stand_in_number(std::string_view base_font);

}  // namespace jianli::pdf
