// HTML blocks, read with gumbo (an HTML5 parser) into model blocks: headings,
// paragraphs, lists, quotes, code, tables, images and rules, with inline styles.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "parse/markdown_notice.h"

namespace jianli::parse {

// A <div>, <center> or the like left open at the end of an HTML block.
struct OpenDivision {
  std::string name;
  std::optional<model::Align> align;  // none when it sets none
  int line = 0;                       // where it was opened
};

struct HtmlBlocks {
  std::vector<model::Block> blocks;
  // Résumés open `<div align="center">` in one HTML block and close it in a later one,
  // with Markdown between (the name, a contact line). These are the <div>s, <center>s
  // and the like that the block leaves open, outermost first: their alignment holds for
  // the blocks that follow, until closed.
  std::vector<OpenDivision> left_open;
  // End tags of such elements that close ones opened in an earlier block.
  int closes_earlier = 0;
};

// How an HTML block ended: at a blank line with more of the file after it, or with the file.
enum class HtmlBlockEnd { BlankLine, EndOfFile };

// Reads the text of an HTML block whose first line is `first_line` of the file.
// Unclosed tags are closed where HTML closes them; nesting deeper than kMaxHtmlDepth
// is flattened, with a notice.
HtmlBlocks read_html(std::string_view html, int first_line, HtmlBlockEnd end, Notices& notices);

// How many tables, lists, quotes and <pre>s `html` leaves open: a blank line inside a
// <table> ends md4c's HTML block, and the next HTML block goes on with the table.
int open_structures(std::string_view html);

}  // namespace jianli::parse
