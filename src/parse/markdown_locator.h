// md4c reports no source positions, so blocks are placed by finding their text in
// the source, in order: a cursor walks forward through the file as blocks are read.
// Best effort: exact for headings, list items and paragraphs, which is what
// messages and tests rely on.
#pragma once

#include <string_view>

#include "parse/markdown_source.h"

namespace jianli::parse {

class BlockLocator {
 public:
  BlockLocator(const SourceText& source, size_t body_offset)
      : source_(source), cursor_(body_offset) {}

  // The line of the next occurrence of `chunk` (a piece of the block's text as md4c
  // hands it over), moving past it; 0 when it is not found or is blank.
  int locate_text(std::string_view chunk);

  // The line of the next thematic break (`---`, `***`, `___`), moving past it.
  int locate_rule();

  // The block being read is over: the next one starts on a later line. After a
  // setext heading, its `===`/`---` underline is skipped too, so it is not taken
  // for a rule.
  void finish_block(bool heading);

  // The text md4c reads, for a look at the marks around what it hands over.
  std::string_view source() const { return source_.text(); }

 private:
  const SourceText& source_;
  size_t cursor_;
  int block_first_line_ = 0;  // line of the current block's first located text
};

}  // namespace jianli::parse
