// Copies of glyphs with other metrics, added to a subset TrueType program: the glyphs that
// carry a gap (gap_carriers.h). Each copy is a composite glyph of one component, the
// glyph itself, moved right by `shift`, with an advance wider by `extra`: the outline is
// not repeated, so a copy costs 18 bytes of glyf, 4 of hmtx and 2 or 4 of loca.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace jianli::pdf {

struct GlyphCopy {
  uint16_t glyph = 0;  // the glyph copied, in the program
  int shift = 0;       // font units the outline moves right
  int extra = 0;       // font units the advance grows
};

// `program` with the copies appended: copy i becomes glyph (the program's glyph count + i).
// The program is a TrueType file as strip_for_embedding leaves it (head, hhea, maxp, loca,
// glyf, hmtx and the hinting tables). Throws std::runtime_error on a program it cannot read
// or when the glyphs would pass 65,535.
std::string add_glyph_copies(const std::string& program, const std::vector<GlyphCopy>& copies);

}  // namespace jianli::pdf
