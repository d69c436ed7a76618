// The résumé file's text after clean-up (BOM, CR, control characters), and the
// mapping from byte offsets to the 1-based line and column a user sees in an editor.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace jianli::parse {

class SourceText {
 public:
  explicit SourceText(std::string text);

  std::string_view text() const { return text_; }

  // Line and column of a byte offset; the column counts code points, not bytes.
  model::SourcePos position_at(size_t offset) const;
  int line_number_at(size_t offset) const;
  // The whole line holding `offset`, without its line break.
  std::string_view line_at(size_t offset) const;
  // Offset of the first byte of a 1-based line (text().size() past the last line).
  size_t line_start(int line) const;

 private:
  std::string text_;
  std::vector<size_t> line_starts_;
};

// Checks that `bytes` are UTF-8 and cleans them up: drops a leading BOM, turns CRLF
// into LF by dropping CR, and drops the other C0 control characters but tab and LF.
// Line numbers survive the clean-up, so positions still match the file.
// Throws model::InputError at the first invalid byte.
SourceText load_source(std::string_view bytes, const std::string& path);

// True when `text` holds nothing but spaces, tabs and line breaks.
bool is_blank(std::string_view text);

}  // namespace jianli::parse
