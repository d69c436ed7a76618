// Rewrites nested composite glyphs so that libharu 2.3.0 keeps all their parts.
//
// libharu marks the parts of a composite glyph as used only one level deep
// (libharu-2.3.md, "Composite glyphs"); its own subsetting then blanks the deeper parts.
// In Noto Serif ½ ¼ ¾ and Ḉ are composites of composites and print as a lone slash or acute.
// Each composite's components are replaced by the simple glyphs they resolve to, with the
// transforms multiplied out, so that every part is one level deep.
#pragma once

#include <string>

namespace jianli::pdf {

// `font` is a single TrueType font (not a collection), e.g. hb-subset's output. Returns it
// unchanged when no composite glyph refers to another composite; otherwise the same font with
// a rebuilt glyf table and a long-format loca table. Components positioned by point matching
// (rare) are left as they are. Throws std::runtime_error on a malformed glyf/loca table.
std::string flatten_nested_composites(const std::string& font);

}  // namespace jianli::pdf
