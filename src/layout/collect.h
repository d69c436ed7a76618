// Step 1 of setting a paragraph: flattening styled spans into one string of code
// points with a style and a link for each, white space collapsed.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace jianli::layout {

struct StyledText {
  std::u32string text;        // '\n' marks a hard line break
  std::u32string typed;       // when `text` shows letters changed (capitals): as typed
  std::vector<uint8_t> bold;  // per code point
  std::vector<int> link;      // per code point: index into links, or -1
  std::vector<std::string> links;
};

// Runs of white space become one space; spaces next to a hard break or at the
// ends are dropped; code points outside the Basic Multilingual Plane are kept
// (prepare decides what to do with them).
StyledText collect(const model::Inlines& inlines, bool bold = false);

}  // namespace jianli::layout
