// Typographic punctuation from what a keyboard types, as pandoc's `smart` extension
// does (issue 11 item 7): straight quotes become ‘ ’ “ ” by what stands around them,
// an apostrophe ’, `--` an en dash – and `---` an em dash —. Code and web or e-mail
// addresses are left exactly as typed.
#pragma once

#include "model/document.h"

namespace jianli::parse {

// One paragraph's (or heading's, or line's) inlines: quotes pair up within it.
model::Inlines smarten(const model::Inlines& inlines);

// The name, the contact lines and every block of the document, at any depth; code
// blocks are left alone.
void smarten(model::Document& doc);

}  // namespace jianli::parse
