// The laid-out lines of each paragraph joined again into the paragraph as it was typed, for
// the plain-text twin (`--text`): from the line ends the layout recorded (model::LineEnd),
// not from where the glyphs stand.
#pragma once

#include <string>
#include <vector>

#include "model/page.h"

namespace jianli::plaintext {

struct TextParagraph {
  int element = model::kArtifact;  // its element in PageSet::structure (a Link's parent)
  // Its lines joined as typed: a line broken at a typed space by that space, a Han line, a
  // hard hyphen's or a Han–Latin gap's by nothing, a hyphenated word whole again; "\n"
  // where a hard break was typed. Text set beside its first line (an entry's dates flush
  // right) follows, after a space; a link's address after the link, in parentheses, where
  // the link's text does not say it.
  std::string text;
};

// The paragraphs of the pages in the order the layout set their first lines; page numbers,
// running footers and other artifacts left out.
std::vector<TextParagraph> paragraphs_of(const model::PageSet& pages);

}  // namespace jianli::plaintext
