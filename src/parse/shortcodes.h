// Emoji shortcodes in the résumé's text (`:iphone:` 📱, `:mortar_board:` 🎓), as
// GitHub Pages' jemoji sets them: in text, never in code spans, code blocks or addresses.
#pragma once

#include <vector>

#include "model/document.h"

namespace jianli::parse {

// Replaces the known shortcodes in every block's text, nested blocks and table cells
// included; an unknown name stays as typed.
void replace_shortcodes(std::vector<model::Block>& blocks);

}  // namespace jianli::parse
