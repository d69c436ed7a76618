// Builds model blocks from an HTML tree, one event at a time: an element opens, text,
// an element closes. Nesting is kept on explicit stacks (open lists, list items,
// quotes, tables), never on the C++ call stack.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "parse/html_elements.h"
#include "parse/html_tags.h"
#include "parse/markdown_notice.h"

namespace jianli::parse {

class HtmlBlockBuilder {
 public:
  // Lists and quotes nested deeper are flattened into the deepest, as Markdown's are
  // (MarkdownBuilder::kMaxListDepth): every later stage may walk the tree recursively.
  static constexpr size_t kMaxNesting = 16;
  // No résumé table has more columns; a row's cells past this are dropped, with a notice.
  static constexpr int kMaxColumns = 24;

  explicit HtmlBlockBuilder(Notices& notices);

  // Opens element `name` at `line` of the file; false when its contents are not shown
  // (<script>, <svg> …): then it is not walked into, nor closed.
  bool open(const std::string& name, const HtmlAttributes& attributes, int line);
  void close();
  void text(std::string_view text, int line);
  // A comment says nothing, unless it is `<!-- pagebreak -->`.
  void comment(std::string_view text, int line);

  std::vector<model::Block> finish();

 private:
  struct Opened {
    HtmlRole role;
    bool flattened = false;   // taken as a plain division: too deep, or inside a cell
    bool opens_item = false;  // an inline element that began a list item's text: a label
  };
  struct TableBuild {
    model::Table table;
    std::optional<model::Align> align;
    int line = 0;
    std::optional<model::TableRow> row;
    std::optional<model::Align> row_align;
    std::optional<model::TableCell> cell;
    bool in_head = false;
    int head_rows = 0;
    bool told_columns = false;
  };

  Opened open_block(HtmlRole role, const std::string& name, const HtmlAttributes& attributes,
                    int line);
  void close_block(const Opened& opened);
  void open_table_part(HtmlRole role, const std::string& name, const HtmlAttributes& attributes,
                       int line, Opened& opened);
  void close_table_part(const Opened& opened);
  void finish_row();
  void put(model::Span span, int line);
  void ensure_leaf(model::BlockKind kind, int line);
  void close_leaf();
  void cell_break();
  bool in_cell() const { return !tables_.empty() && tables_.back().cell.has_value(); }
  std::optional<model::Align> current_align() const;
  double current_indent() const;  // em

  Notices& notices_;
  InlineStyles styles_;
  std::vector<Opened> opened_;
  std::vector<std::vector<model::Block>> containers_;  // [0] the result, then items, quotes
  std::vector<model::Block> lists_;
  size_t open_items_ = 0;  // list items open: containers_ of lists_'s items
  size_t nesting_ = 0;     // lists and quotes open
  std::vector<TableBuild> tables_;
  // How the open headings and divisions set their text, innermost last: `align`,
  // `text-align` and `text-indent`, each none where they say nothing.
  struct BlockLook {
    std::optional<model::Align> align;
    std::optional<double> indent;  // em
  };
  std::vector<BlockLook> looks_;
  std::optional<model::Block> leaf_;  // the paragraph, heading or code block
  int preformatted_ = 0;              // <pre>s open
  int line_ = 0;                      // of the last element or text read
  // A list item's label element (`<li><span>QQ</span>1223821976</li>`) has just closed: text
  // that follows with no space gets one between two Latin words (label_gap).
  bool after_label_ = false;
};

// Whether a division-like element, with these attributes, centres or aligns its text.
std::optional<model::Align> block_align(const std::string& name, const HtmlAttributes& attributes);

}  // namespace jianli::parse
