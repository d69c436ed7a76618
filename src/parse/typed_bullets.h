// Lists typed with bullet characters instead of Markdown's markers, as text pasted from a
// word processor or a chat assistant comes: "• Led AI transformation …" on each line.
// Markdown reads such lines as one paragraph, the bullets run inline ("… by 40% • Managed
// $2M+ …"); jianli reads them as the list they were meant to be.
#pragma once

#include <vector>

#include "model/document.h"

namespace jianli::parse {

// Each paragraph whose lines, from some line on, start with a bullet character (• ● ▪ ◦ ‣ ○
// ■ ◆ ► ▶ ➢ ➤ ⁃) becomes its lines before that (if any) and a bullet list, an item a bullet,
// the bullet and the space after it dropped: the layout sets its own. A line that does not
// start with a bullet goes on the item before it. Lists made so that follow each other
// (one bulleted paragraph a line, blank lines between) are one list. Soft breaks are still
// in the inlines (markdown.h); blocks inside list items and quotes are read too.
void lists_from_typed_bullets(std::vector<model::Block>& blocks);

}  // namespace jianli::parse
