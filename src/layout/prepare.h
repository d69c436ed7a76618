// Step 2 of setting a paragraph: choosing a face for each character, measuring
// it, and describing every junction between characters (break class, Han–Latin
// gap, punctuation compression). See ../shared/docs/cjk-typesetting.md.
#pragma once

#include <string>
#include <vector>

#include "layout/collect.h"
#include "layout/font_table.h"
#include "layout/paragraph.h"
#include "model/style.h"

namespace jianli::layout {

struct PrepareContext {
  FontTable& fonts;
  model::Color link_color;
  bool chinese_default = true;         // script of ambiguous marks with no context
  std::vector<std::string>& warnings;  // characters no font has, with where they are
  std::string where;                   // "FILE:LINE" of the block, for warnings
  bool hyphenate = false;              // mark English hyphenation points (not in Chinese text)
};

Paragraph prepare(const StyledText& text, const model::TextStyle& style, PrepareContext& ctx);

}  // namespace jianli::layout
