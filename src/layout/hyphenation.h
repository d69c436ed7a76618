// Step 2b of setting a paragraph: marking where its English words may be hyphenated.
#pragma once

#include <functional>

#include "layout/collect.h"
#include "layout/paragraph.h"
#include "model/style.h"

namespace jianli::layout {

// Marks the hyphenation points of the English words of `out` (set from `in`): each such
// junction's `hyphen` becomes `hyphen_width(font)` of the glyph before it. Not in URLs, e-mail
// addresses or code, where a hyphen would read as part of them, nor in a word that starts with a
// capital letter unless `rules` allow it.
void mark_hyphenation_points(const StyledText& in, Paragraph& out, const model::Hyphenation& rules,
                             const std::function<float(uint16_t font)>& hyphen_width);

}  // namespace jianli::layout
