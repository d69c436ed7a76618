#include "parse/html_block_builder.h"

#include <algorithm>
#include <charconv>

#include "parse/html_styles.h"
#include "parse/markdown_text.h"
#include "text/utf8.h"

namespace jianli::parse {
namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// Spaces a reader does not see: a paragraph of nothing else (often "&nbsp;" used as a
// spacer) is left out.
bool is_blank_code_point(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2002 ||
         cp == 0x2003 || cp == 0x3000;
}

bool visible(const model::Inlines& inlines) {
  for (const model::Span& span : inlines) {
    if (span.image) return true;
    for (char32_t cp : text::to_utf32(span.text))
      if (!is_blank_code_point(cp)) return true;
  }
  return false;
}

// The one image of a paragraph that holds nothing else.
std::optional<model::Image> lone_image(const model::Inlines& inlines) {
  std::optional<model::Image> image;
  for (const model::Span& span : inlines) {
    if (span.image && image) return std::nullopt;
    if (span.image) {
      image = span.image;
    } else if (visible({span})) {
      return std::nullopt;
    }
  }
  return image;
}

// A whole number attribute (colspan, start) kept within [low, high].
int number_attribute(const HtmlAttributes& attributes, std::string_view name, int fallback, int low,
                     int high) {
  std::optional<std::string> text = attribute(attributes, name);
  if (!text) return fallback;
  long value = fallback;
  std::string_view digits = *text;
  while (!digits.empty() && is_html_space(digits.front())) digits.remove_prefix(1);
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error == std::errc::result_out_of_range) value = digits.starts_with('-') ? low : high;
  if (end == digits.data()) value = fallback;
  return static_cast<int>(std::clamp<long>(value, low, high));
}

// A table's or cell's width: CSS `width`, else the `width` attribute.
std::optional<model::Length> width_of(const HtmlAttributes& attributes) {
  std::optional<std::string> style = attribute(attributes, "style");
  if (std::optional<model::Length> css = style ? parse_style(*style).width : std::nullopt)
    return css;
  std::optional<std::string> width = attribute(attributes, "width");
  return width ? parse_length(*width) : std::nullopt;
}

std::optional<double> css_indent(const HtmlAttributes& attributes) {
  std::optional<std::string> style = attribute(attributes, "style");
  return style ? parse_style(*style).indent : std::nullopt;
}

std::optional<model::Align> css_align(const HtmlAttributes& attributes) {
  std::optional<std::string> style = attribute(attributes, "style");
  return style ? parse_style(*style).align : std::nullopt;
}

model::Inlines trim_breaks(model::Inlines inlines) {
  while (!inlines.empty() && inlines.back().text == "\n") inlines.pop_back();
  while (!inlines.empty() && inlines.front().text == "\n") inlines.erase(inlines.begin());
  return inlines;
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whether a list item's label ("GitHub", "Email:") and the text typed right after it are two
// Latin words that would run together: template style sheets part them with a margin, and
// jianli has none. "GitHubgithub.com/shao-mz" read as one word, and an extractor took
// "Emailfoo@example.com" for the address. Chinese needs no space ("电话" then "186 …" gets
// the Han–Latin gap); "C" then "++" is one word.
bool label_gap(const model::Inlines& label, std::string_view next) {
  const std::string before = model::plain_text(label);
  return !before.empty() && !next.empty() && is_ascii_alnum(next.front()) &&
         (is_ascii_alnum(before.back()) || before.back() == ':');
}

}  // namespace

std::optional<model::Align> block_align(const std::string& name, const HtmlAttributes& attributes) {
  if (std::optional<model::Align> css = css_align(attributes)) return css;
  if (std::optional<std::string> align = attribute(attributes, "align")) return parse_align(*align);
  if (name == "center") return model::Align::Center;
  return std::nullopt;
}

HtmlBlockBuilder::HtmlBlockBuilder(Notices& notices)
    : notices_(notices), styles_(notices), containers_(1) {}

bool HtmlBlockBuilder::open(const std::string& name, const HtmlAttributes& attributes, int line) {
  if (line > 0) line_ = line;
  HtmlRole role = role_of(name);
  switch (role) {
    case HtmlRole::Dropped:
      if (name != "colgroup") notices_.once("dropped:" + name, line_, dropped_notice(name));
      return false;
    case HtmlRole::Break:
    case HtmlRole::Rule:
      if (in_cell()) {
        cell_break();
      } else if (role == HtmlRole::Break) {
        put({.text = "\n"}, line_);
      } else {
        close_leaf();
        model::Block rule;
        rule.kind = model::BlockKind::Rule;
        rule.pos.line = line_;
        containers_.back().push_back(std::move(rule));
      }
      return false;
    case HtmlRole::Image: {
      model::Image image = image_of(attributes, line_, notices_);
      model::Span span = styles_.style();
      span.text = image.alt;
      span.image = std::move(image);
      put(std::move(span), line_);
      return false;
    }
    case HtmlRole::Unknown:
      notices_.once("element:" + name, line_, unknown_notice(name));
      break;
    default:
      break;
  }
  Opened opened = open_block(role, name, attributes, line_);
  opened.opens_item = role == HtmlRole::Inline && open_items_ > 0 && !in_cell() &&
                      (!leaf_ || (leaf_->inlines.empty() && leaf_->right.empty()));
  styles_.open(name, attributes, line_);
  opened_.push_back(opened);
  return true;
}

void HtmlBlockBuilder::close() {
  if (opened_.empty()) return;
  Opened opened = opened_.back();
  opened_.pop_back();
  styles_.close_innermost();
  close_block(opened);
  after_label_ = opened.opens_item && leaf_ && !leaf_->inlines.empty();
}

HtmlBlockBuilder::Opened HtmlBlockBuilder::open_block(HtmlRole role, const std::string& name,
                                                      const HtmlAttributes& attributes, int line) {
  Opened opened{role};
  bool block_level = role != HtmlRole::Inline && role != HtmlRole::Transparent &&
                     role != HtmlRole::Unknown && role != HtmlRole::TableSection;
  if (!block_level) {
    if (name == "thead" && !tables_.empty() && !in_cell()) tables_.back().in_head = true;
    return opened;
  }
  if (role == HtmlRole::Table || role == HtmlRole::TableRow || role == HtmlRole::TableCell) {
    open_table_part(role, name, attributes, line, opened);
    return opened;
  }
  if (in_cell()) {
    opened.flattened = true;
    return opened;
  }
  close_leaf();
  switch (role) {
    case HtmlRole::Heading:
      looks_.push_back({block_align(name, attributes), css_indent(attributes)});
      ensure_leaf(model::BlockKind::Heading, line);
      leaf_->level = name[1] - '0';
      break;
    case HtmlRole::Preformatted:
      ++preformatted_;
      ensure_leaf(model::BlockKind::Code, line);
      break;
    case HtmlRole::List:
    case HtmlRole::Quote:
      if (nesting_ >= kMaxNesting) {
        opened.flattened = true;
        break;
      }
      ++nesting_;
      if (role == HtmlRole::Quote) {
        containers_.emplace_back();
      } else {
        model::Block list;
        list.kind = model::BlockKind::List;
        list.ordered = name == "ol";
        list.start = number_attribute(attributes, "start", 1, -1000000, 1000000);
        list.pos.line = line;
        lists_.push_back(std::move(list));
      }
      break;
    case HtmlRole::ListItem:
      if (lists_.size() <= open_items_) {
        opened.flattened = true;  // an <li> outside any list: a division
        break;
      }
      ++open_items_;
      containers_.emplace_back();
      break;
    default:  // Division
      looks_.push_back({block_align(name, attributes), css_indent(attributes)});
      break;
  }
  return opened;
}

void HtmlBlockBuilder::close_block(const Opened& opened) {
  HtmlRole role = opened.role;
  if (role == HtmlRole::Inline || role == HtmlRole::Transparent || role == HtmlRole::Unknown)
    return;
  if (role == HtmlRole::TableSection) {
    if (!tables_.empty() && !in_cell()) tables_.back().in_head = false;
    return;
  }
  if (role == HtmlRole::Table || role == HtmlRole::TableRow || role == HtmlRole::TableCell)
    return close_table_part(opened);
  if (in_cell()) return cell_break();
  close_leaf();
  if (opened.flattened) return;
  switch (role) {
    case HtmlRole::Heading:
    case HtmlRole::Division:
      looks_.pop_back();
      break;
    case HtmlRole::Preformatted:
      --preformatted_;
      break;
    case HtmlRole::List: {
      --nesting_;
      model::Block list = std::move(lists_.back());
      lists_.pop_back();
      if (!list.items.empty()) containers_.back().push_back(std::move(list));
      break;
    }
    case HtmlRole::ListItem:
      --open_items_;
      lists_.back().items.push_back(model::ListItem{std::move(containers_.back())});
      containers_.pop_back();
      break;
    case HtmlRole::Quote: {
      --nesting_;
      model::Block quote;
      quote.kind = model::BlockKind::Quote;
      quote.children = std::move(containers_.back());
      containers_.pop_back();
      if (!quote.children.empty()) {
        quote.pos = quote.children.front().pos;
        containers_.back().push_back(std::move(quote));
      }
      break;
    }
    default:
      break;
  }
}

// Tables: one level of them. A table inside a cell is read as lines of that cell.
void HtmlBlockBuilder::open_table_part(HtmlRole role, const std::string& name,
                                       const HtmlAttributes& attributes, int line, Opened& opened) {
  if (in_cell() || (role != HtmlRole::Table && tables_.empty())) {
    opened.flattened = true;
    if (role == HtmlRole::TableCell && in_cell() && visible(tables_.back().cell->inlines))
      put({.text = " "}, line);
    return;
  }
  if (role == HtmlRole::Table) {
    close_leaf();
    TableBuild table;
    table.line = line;
    table.align = block_align(name, attributes);  // where the table sits, not its cells' text
    table.table.width = width_of(attributes);
    tables_.push_back(std::move(table));
    return;
  }
  TableBuild& table = tables_.back();
  if (role == HtmlRole::TableRow) {
    finish_row();
    table.row.emplace();
    table.row_align = block_align(name, attributes);
    return;
  }
  if (!table.row) table.row.emplace();
  model::TableCell cell;
  cell.header = name == "th";
  // HTML's own limits are 1,000 columns and 65,534 rows; no résumé comes near.
  cell.colspan = number_attribute(attributes, "colspan", 1, 1, kMaxColumns);
  cell.rowspan = number_attribute(attributes, "rowspan", 1, 1, 1000);
  cell.align = block_align(name, attributes);
  if (!cell.align) cell.align = table.row_align;
  cell.width = width_of(attributes);
  table.cell = std::move(cell);
}

void HtmlBlockBuilder::close_table_part(const Opened& opened) {
  if (opened.flattened) {
    if (opened.role != HtmlRole::TableCell && in_cell()) cell_break();
    return;
  }
  TableBuild& table = tables_.back();
  if (opened.role == HtmlRole::TableCell) {
    model::TableCell cell = std::move(*table.cell);
    table.cell.reset();
    cell.inlines = trim_breaks(resolve_soft_breaks(cell.inlines));
    if (table.row) table.row->cells.push_back(std::move(cell));
    return;
  }
  if (opened.role == HtmlRole::TableRow) return finish_row();
  finish_row();
  TableBuild done = std::move(tables_.back());
  tables_.pop_back();
  if (done.table.rows.empty()) return;
  model::Table& t = done.table;
  if (done.head_rows > 0) {
    t.header_rows = done.head_rows;
  } else {
    while (t.header_rows < static_cast<int>(t.rows.size()) &&
           std::all_of(t.rows[t.header_rows].cells.begin(), t.rows[t.header_rows].cells.end(),
                       [](const model::TableCell& c) { return c.header; }))
      ++t.header_rows;
  }
  model::Block block;
  block.kind = model::BlockKind::Table;
  block.pos.line = done.line;
  block.align = done.align;
  block.table = std::move(t);
  containers_.back().push_back(std::move(block));
}

void HtmlBlockBuilder::finish_row() {
  TableBuild& table = tables_.back();
  if (!table.row) return;
  model::TableRow row = std::move(*table.row);
  table.row.reset();
  int columns = 0;
  size_t kept = 0;
  for (const model::TableCell& cell : row.cells) {
    if (columns + cell.colspan > kMaxColumns) break;
    columns += cell.colspan;
    ++kept;
  }
  if (kept < row.cells.size() && !table.told_columns) {
    table.told_columns = true;
    notices_.add(line_, "a table row of " + std::to_string(row.cells.size()) +
                            " cells is cut to its first " + std::to_string(kept) + " (" +
                            std::to_string(kMaxColumns) + " columns at most)");
  }
  row.cells.resize(kept);
  if (row.cells.empty()) return;
  table.table.rows.push_back(std::move(row));
  if (table.in_head) ++table.head_rows;
}

void HtmlBlockBuilder::text(std::string_view text, int line) {
  if (line > 0) line_ = line;
  model::Span style = styles_.style();
  if (preformatted_ > 0 && !in_cell()) {
    style.code = true;
    for (size_t begin = 0; begin <= text.size();) {
      size_t end = std::min(text.find('\n', begin), text.size());
      if (begin > 0) put({.text = "\n"}, line_);
      std::string piece(text.substr(begin, end - begin));
      std::replace(piece.begin(), piece.end(), '\t', ' ');
      style.text = std::move(piece);
      put(style, line_);
      begin = end + 1;
    }
    return;
  }
  // HTML collapses white space; a line break becomes Markdown's soft break, a span of
  // its own that resolve_soft_breaks turns into a space, or nothing between two
  // Chinese characters.
  bool blank = text.find_first_not_of(" \t\n\f\r") == std::string_view::npos;
  if (blank && !leaf_ && !in_cell()) return;
  if (after_label_ && leaf_ && label_gap(leaf_->inlines, text)) {
    style.text = " ";
    put(style, line_);
  }
  for (size_t i = 0; i < text.size();) {
    size_t end = std::min(text.find_first_of(" \t\n\f\r", i), text.size());
    if (end > i) {
      style.text = std::string(text.substr(i, end - i));
      put(style, line_);
    }
    bool newline = false;
    for (i = end; i < text.size() && is_html_space(text[i]); ++i)
      newline = newline || text[i] == '\n';
    if (i == end) continue;
    if (newline) {
      put({.text = std::string(kSoftBreak)}, line_);
    } else {
      style.text = " ";
      put(style, line_);
    }
  }
}

void HtmlBlockBuilder::comment(std::string_view text, int line) {
  if (!is_page_break_comment(text) || in_cell()) return;
  close_leaf();
  model::Block page_break;
  page_break.kind = model::BlockKind::PageBreak;
  page_break.pos.line = line;
  containers_.back().push_back(std::move(page_break));
}

std::vector<model::Block> HtmlBlockBuilder::finish() {
  while (!opened_.empty()) close();
  close_leaf();
  return std::move(containers_.front());
}

void HtmlBlockBuilder::put(model::Span span, int line) {
  after_label_ = false;
  if (in_cell()) {
    tables_.back().cell->inlines.push_back(std::move(span));
    return;
  }
  ensure_leaf(model::BlockKind::Paragraph, line);
  bool right = styles_.float_right() && leaf_->kind != model::BlockKind::Code;
  (right ? leaf_->right : leaf_->inlines).push_back(std::move(span));
}

void HtmlBlockBuilder::ensure_leaf(model::BlockKind kind, int line) {
  if (leaf_) return;
  leaf_.emplace();
  leaf_->kind = kind;
  leaf_->pos.line = line;
}

void HtmlBlockBuilder::close_leaf() {
  after_label_ = false;
  if (!leaf_) return;
  model::Block block = std::move(*leaf_);
  leaf_.reset();
  if (block.kind == model::BlockKind::Code) {
    block.inlines = trim_breaks(merge_spans(block.inlines));
  } else {
    block.inlines = trim_breaks(resolve_soft_breaks(block.inlines));
    block.right = trim_breaks(resolve_soft_breaks(block.right));
  }
  if (!visible(block.inlines) && !visible(block.right)) return;
  if (block.kind == model::BlockKind::Paragraph && block.right.empty()) {
    if (std::optional<model::Image> image = lone_image(block.inlines)) {
      block.kind = model::BlockKind::Image;
      block.image = std::move(image);
      block.inlines.clear();
    }
  }
  if (!block.align) block.align = current_align();
  if (block.kind == model::BlockKind::Paragraph) block.first_indent = current_indent();
  containers_.back().push_back(std::move(block));
}

void HtmlBlockBuilder::cell_break() {
  model::Inlines& inlines = tables_.back().cell->inlines;
  if (!inlines.empty() && inlines.back().text != "\n") inlines.push_back({.text = "\n"});
}

std::optional<model::Align> HtmlBlockBuilder::current_align() const {
  for (auto look = looks_.rbegin(); look != looks_.rend(); ++look)
    if (look->align) return look->align;
  return std::nullopt;
}

double HtmlBlockBuilder::current_indent() const {
  for (auto look = looks_.rbegin(); look != looks_.rend(); ++look)
    if (look->indent) return *look->indent;
  return 0;
}

}  // namespace jianli::parse
