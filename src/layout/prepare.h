// Step 2 of setting a paragraph: choosing a face for each character, measuring
// it, and describing every junction between characters (break class, Han–Latin
// gap, punctuation compression). See ../shared/docs/cjk-typesetting.md.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "layout/collect.h"
#include "layout/font_table.h"
#include "layout/paragraph.h"
#include "layout/uri_table.h"
#include "model/diagnostic.h"
#include "model/style.h"

namespace jianli::layout {

// Characters no face of a chain has: each is drawn as its face's missing-glyph box and
// reported once, with how often it occurs and where it was first met.
class MissingCharacters {
 public:
  void add(char32_t cp, const std::string& file, model::SourcePos pos);
  void append_to(model::Diagnostics& diagnostics) const;

 private:
  struct Seen {
    int count = 0;
    std::string file;  // where it was first met
    model::SourcePos pos;
  };
  std::map<char32_t, Seen> seen_;
};

struct PrepareContext {
  FontTable& fonts;
  model::Color link_color;
  bool chinese_default = true;  // script of ambiguous marks with no context
  MissingCharacters& missing;
  UriTable& uris;                    // the document's link targets, each once
  std::string file;                  // the résumé, and where the text is written, for warnings
  model::SourcePos pos;              // a block's line; a header line's line and column
  bool hyphenate = false;            // mark English words' hyphenation points
  model::Hyphenation hyphenation;    // which words
  const char* language = "zh-Hans";  // for shaping (locl)
  bool small_caps = false;           // the Latin face's own small capitals (smcp)
  model::ChineseEmphasis emphasis = model::ChineseEmphasis::Kai;  // italic in Chinese text
};

// What a raised or lowered span is set at: 0.7 of the size (LaTeX's \scriptstyle at 10 pt),
// its baseline a third of an em up or a sixth down.
inline constexpr double kShiftScale = 0.7;
inline constexpr double kSuperRise = 0.33, kSubDrop = 0.16;  // em of the paragraph

Paragraph prepare(const StyledText& text, const model::TextStyle& style, PrepareContext& ctx);

}  // namespace jianli::layout
