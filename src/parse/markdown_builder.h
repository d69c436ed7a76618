// Receives md4c's callbacks and builds model blocks. Nesting is kept on explicit
// stacks (open lists, open list items), never on the C++ call stack.
#pragma once

#include <md4c.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "parse/footnotes.h"
#include "parse/html_elements.h"
#include "parse/html_reader.h"
#include "parse/markdown_locator.h"
#include "parse/markdown_notice.h"

namespace jianli::parse {

class MarkdownBuilder {
 public:
  // Lists nested deeper than this are flattened into paragraphs of the deepest item:
  // no résumé needs more, and every stage after this one may walk the tree recursively.
  static constexpr size_t kMaxListDepth = 16;
  // Block quotes nested deeper than this are read as part of the deepest one.
  static constexpr int kMaxQuoteDepth = 16;

  // `footnotes`, when given, numbers the `[^label]` references met.
  explicit MarkdownBuilder(BlockLocator& locator, FootnoteNumbers* footnotes = nullptr)
      : locator_(locator), footnotes_(footnotes), containers_(1), html_styles_(notices_) {}

  void enter_block(MD_BLOCKTYPE type, const void* detail);
  void leave_block(MD_BLOCKTYPE type);
  void enter_span(MD_SPANTYPE type, const void* detail);
  void leave_span(MD_SPANTYPE type);
  void text(MD_TEXTTYPE type, std::string_view text);

  std::vector<model::Block> take_blocks();
  // What was read but cannot be shown as written (tables, images, unknown HTML, …).
  std::vector<MarkdownNotice> take_notices();

 private:
  // How the text of the open leaf block arrives. InsideHtml: a paragraph while HTML blocks are
  // held back with a table open; its first text says whether it is HTML (settle_leaf).
  enum class LeafMode { Inline, CodeBlock, HtmlBlock, InsideHtml };

  // A GFM table and its rows and cells (markdown_table.cpp); false for any other block.
  bool enter_table_part(MD_BLOCKTYPE type, const void* detail);
  bool leave_table_part(MD_BLOCKTYPE type);

  void open_leaf(model::BlockKind kind, int level = 0, LeafMode mode = LeafMode::Inline);
  void close_leaf();
  void settle_leaf(bool html);
  void close_image();
  void make_image_block(model::Block& block);
  model::Inlines verbatim_spans() const;
  void locate(std::string_view chunk);
  void append(std::string text, bool styled = true);
  void append_with_bare_links(std::string_view text);
  void flush_inline_html();
  void inline_tag(const HtmlTag& tag);
  void add_html_block(std::string html, int line);
  void flush_html_blocks();
  HtmlBlockEnd block_end(int line);
  void place_html_blocks(HtmlBlocks html);
  std::optional<model::Align> carried_align() const;
  model::Span styled_span(std::string text) const;
  model::Inlines& styled_target();
  void split_at_line_with_new_right();
  void notice(std::string message, int line = 0);

  BlockLocator& locator_;
  FootnoteNumbers* footnotes_;
  // Where finished blocks go: [0] is the document, then one per open list item.
  std::vector<std::vector<model::Block>> containers_;
  std::vector<model::Block> open_lists_;
  std::optional<model::Block> leaf_;  // the heading or paragraph being read
  LeafMode leaf_mode_ = LeafMode::Inline;
  std::string verbatim_;               // text of a code or HTML block
  std::string inline_html_;            // raw HTML md4c sends in pieces; comments are cut at the end
  std::optional<model::Block> table_;  // the table being read; a cell's text is the leaf's
  size_t right_anchor_ = 0;            // the leaf's inline count when its flush-right text began
  bool html_heading_ = false;          // the leaf is a paragraph that an inline <h2> made a heading
  // HTML blocks held back while they leave a table or list open: a blank line inside
  // one ends md4c's HTML block, and the next HTML block goes on with it.
  std::string pending_html_;
  int pending_html_line_ = 0;
  int pending_html_end_ = 0;  // the line after the pending HTML's last
  int last_text_line_ = -1;   // the file's last line with text; -1: not counted yet
  int pending_structures_ = 0;
  // <div align="center"> and the like, opened in one HTML block and not yet closed:
  // their alignment holds for the Markdown blocks in between.
  std::vector<OpenDivision> open_divisions_;
  int flattened_lists_ = 0;  // open lists nested deeper than kMaxListDepth
  int inline_html_line_ = 0;
  int last_line_ = 0;  // line of the text read last
  // A notice with line 0 gets the line of the next text read (a table's first cell,
  // an image's alt text), which is where the user will look.
  Notices notices_;
  InlineStyles html_styles_;  // inline HTML elements open in the paragraph

  std::vector<std::optional<bool>> item_checked_;  // per open list item: a task's box
  int quote_depth_ = 0;                            // open block quotes, flattened ones too

  int bold_ = 0;
  int italic_ = 0;
  int code_ = 0;
  int strike_ = 0;
  // An open `~x~` or `~~x~~`: where its spans begin in the leaf, and whether its opening
  // run was a single tilde (read from the source at its first text).
  struct Tilde {
    size_t first_span = 0;
    std::optional<bool> single;
  };
  std::vector<Tilde> tildes_;
  void close_tilde();
  std::vector<std::string> links_;
  struct OpenImage {
    std::string src;
    size_t first_span = 0;  // the alt text's first span in the open leaf
    std::string title;      // `![alt](src "title")`: read when there is no alt text
  };
  std::vector<OpenImage> images_;  // open images; alt text can hold another image
};

}  // namespace jianli::parse
