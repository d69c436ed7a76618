// Receives md4c's callbacks and builds model blocks. Nesting is kept on explicit
// stacks (open lists, open list items), never on the C++ call stack.
#pragma once

#include <md4c.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "parse/markdown_locator.h"
#include "parse/markdown_notice.h"

namespace jianli::parse {

class MarkdownBuilder {
 public:
  // Lists nested deeper than this are flattened into paragraphs of the deepest item:
  // no résumé needs more, and every stage after this one may walk the tree recursively.
  static constexpr size_t kMaxListDepth = 16;

  explicit MarkdownBuilder(BlockLocator& locator) : locator_(locator), containers_(1) {}

  void enter_block(MD_BLOCKTYPE type, const void* detail);
  void leave_block(MD_BLOCKTYPE type);
  void enter_span(MD_SPANTYPE type, const void* detail);
  void leave_span(MD_SPANTYPE type);
  void text(MD_TEXTTYPE type, std::string_view text);

  std::vector<model::Block> take_blocks();
  // What was read but cannot be shown as written (tables, images, raw HTML, …).
  std::vector<MarkdownNotice> take_notices();

 private:
  // How the text of the open leaf block arrives.
  enum class LeafMode { Inline, CodeBlock, HtmlBlock };

  void open_leaf(model::BlockKind kind, int level = 0, LeafMode mode = LeafMode::Inline);
  void close_leaf();
  void close_image();
  void make_image_block(model::Block& block);
  model::Inlines verbatim_spans() const;
  void locate(std::string_view chunk);
  void append(std::string text, bool styled = true);
  void append_with_bare_links(std::string_view text);
  void flush_inline_html();
  model::Span styled_span(std::string text) const;
  void notice(std::string message, int line = 0);

  BlockLocator& locator_;
  // Where finished blocks go: [0] is the document, then one per open list item.
  std::vector<std::vector<model::Block>> containers_;
  std::vector<model::Block> open_lists_;
  std::optional<model::Block> leaf_;  // the heading or paragraph being read
  LeafMode leaf_mode_ = LeafMode::Inline;
  std::string verbatim_;     // text of a code or HTML block
  std::string inline_html_;  // raw HTML md4c sends in pieces; comments are cut at the end
  bool row_has_cell_ = false;
  int flattened_lists_ = 0;  // open lists nested deeper than kMaxListDepth
  int inline_html_line_ = 0;
  int last_line_ = 0;  // line of the text read last
  // A notice with line 0 gets the line of the next text read (a table's first cell,
  // an image's alt text), which is where the user will look.
  std::vector<MarkdownNotice> notices_;

  int bold_ = 0;
  int italic_ = 0;
  int code_ = 0;
  std::vector<std::string> links_;
  struct OpenImage {
    std::string src;
    size_t first_span = 0;  // the alt text's first span in the open leaf
  };
  std::vector<OpenImage> images_;  // open images; alt text can hold another image
};

}  // namespace jianli::parse
