// Where the header's name and contact lines are written. md4c tells no positions and the
// block locator finds lines only, yet a warning about a header line (a character no font
// has) should point at its line and column: each line's words are looked for in the
// source, in order, within its block's lines; the first gives the line's place.
#pragma once

#include <string_view>

#include "model/document.h"
#include "parse/markdown_source.h"

namespace jianli::parse {

class HeaderPlacer {
 public:
  // Looks in lines [first_line, end_line) of `source`; end_line 0: to the end of the text.
  // first_line is the block's, as the block locator found it (0: unknown).
  HeaderPlacer(const SourceText& source, int first_line, int end_line);

  // Where `line` starts: its first word's line and column, searched past the line placed
  // before it. When that word is not in the source as typed (an entity, an escaped mark),
  // the line of a later word, or else of the line placed before, with no column.
  model::SourcePos place(const model::Inlines& line);

 private:
  // Where `word` is next written, in `window` bytes from the cursor; npos when not there.
  size_t find(const std::string& word, size_t window) const;

  const SourceText& source_;
  size_t cursor_;  // where the next line is looked for
  size_t end_;
  int line_;                   // the line placed last, or the block's first
  size_t unplaced_bytes_ = 0;  // text of the lines not found since the cursor
};

}  // namespace jianli::parse
