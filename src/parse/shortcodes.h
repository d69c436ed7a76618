// Emoji shortcodes in the résumé's text (`:iphone:` 📱, `:mortar_board:` 🎓), as
// GitHub Pages' jemoji sets them: in text, never in code spans, code blocks or addresses.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace jianli::parse {

// Replaces the known shortcodes in every block's text, nested blocks and table cells
// included. An unknown name stays as typed and a GitHub picture (`:octocat:`) is left out,
// each with a warning at its block's line in `diagnostics`.
void replace_shortcodes(std::vector<model::Block>& blocks, const std::string& path,
                        model::Diagnostics& diagnostics);

}  // namespace jianli::parse
