// Step 1 of setting a paragraph: flattening styled spans into one string of code
// points with a style and a link for each, white space collapsed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace jianli::layout {

// How a stretch of a paragraph differs from the paragraph's own style: the span's
// styles (model::Span) that setting needs, without its text and link.
struct InlineStyle {
  bool bold = false;
  bool italic = false;
  bool mono = false;  // code
  bool strike = false;
  bool underline = false;
  model::Shift shift = model::Shift::None;
  float scale = 1;                    // of the paragraph's size, before a shift's own
  std::optional<model::Color> color;  // none: the paragraph's
  bool operator==(const InlineStyle&) const = default;
};

// Stands in the text for an image set in the line (text::kObject, U+FFFC).
inline constexpr char32_t kObject = U'\uFFFC';

// An image set in a line: the k-th kObject of the text stands for objects[k].
struct InlineObject {
  const model::Image* image = nullptr;
  double width = 0, height = 0;  // pt; the flow sizes it from the image's file
  int file = -1;                 // the flow's index of that file
};

struct StyledText {
  std::u32string text;              // '\n' marks a hard line break
  std::u32string typed;             // when `text` shows letters changed (capitals): as typed
  std::vector<uint8_t> style;       // per code point: index into styles
  std::vector<InlineStyle> styles;  // the distinct styles, [0] the paragraph's plain one
  std::vector<int> link;            // per code point: index into links, or -1
  std::vector<std::string> links;
  std::vector<InlineObject> objects;  // the images in the text, in order

  const InlineStyle& style_at(size_t i) const { return styles[style[i]]; }
};

// White space in the paragraph's text.
enum class Spaces {
  Collapse,  // runs of white space become one space; spaces next to a hard break or at the
             // ends are dropped
  Keep,      // every space stays (code blocks); tabs are spaces
};

// Code points outside the Basic Multilingual Plane are kept (prepare decides what to do
// with them). `bold` makes every character bold (a heading's style).
StyledText collect(const model::Inlines& inlines, bool bold = false,
                   Spaces spaces = Spaces::Collapse);

// The same text with the objects for which `drawn` is false replaced by their alt text:
// an image whose file could not be read reads as its description.
StyledText with_alt_text(const StyledText& text, const std::vector<bool>& drawn);

}  // namespace jianli::layout
