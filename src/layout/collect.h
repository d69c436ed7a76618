// Step 1 of setting a paragraph: flattening styled spans into one string of code
// points with a style and a link for each, white space collapsed.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace jianli::layout {

// Stands in the text for an image set in the line (text::kObject, U+FFFC).
inline constexpr char32_t kObject = U'\uFFFC';

// An image set in a line: the k-th kObject of the text stands for objects[k].
struct InlineObject {
  const model::Image* image = nullptr;
  double width = 0, height = 0;  // pt; the flow sizes it from the image's file
  int file = -1;                 // the flow's index of that file
};

struct StyledText {
  std::u32string text;        // '\n' marks a hard line break
  std::u32string typed;       // when `text` shows letters changed (capitals): as typed
  std::vector<uint8_t> bold;  // per code point
  std::vector<int> link;      // per code point: index into links, or -1
  std::vector<std::string> links;
  std::vector<InlineObject> objects;
};

// Runs of white space become one space; spaces next to a hard break or at the
// ends are dropped; code points outside the Basic Multilingual Plane are kept
// (prepare decides what to do with them).
StyledText collect(const model::Inlines& inlines, bool bold = false);

// The same text with the objects for which `drawn` is false replaced by their alt text:
// an image whose file could not be read reads as its description.
StyledText with_alt_text(const StyledText& text, const std::vector<bool>& drawn);

}  // namespace jianli::layout
