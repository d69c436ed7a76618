#include "parse/markdown_builder.h"

#include <algorithm>

#include "parse/entities.h"
#include "parse/html_block_builder.h"
#include "parse/html_tags.h"
#include "parse/link_check.h"
#include "parse/markdown_text.h"

namespace jianli::parse {
namespace {

// Text of an md4c attribute (a link target), entities decoded.
std::string attribute_text(const MD_ATTRIBUTE& attribute) {
  std::string out;
  for (unsigned i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    MD_OFFSET begin = attribute.substr_offsets[i];
    std::string_view piece(attribute.text + begin, attribute.substr_offsets[i + 1] - begin);
    if (attribute.substr_types[i] == MD_TEXT_ENTITY) {
      out += decode_entity(piece);
    } else if (attribute.substr_types[i] == MD_TEXT_NULLCHAR) {
      out += "\uFFFD";
    } else {
      out += piece;
    }
  }
  return out;
}

std::string tabs_to_spaces(std::string text) {
  std::replace(text.begin(), text.end(), '\t', ' ');
  return text;
}

// A code block's tabs, to the next stop of four columns, so that its indentation stays.
std::string expand_tabs(std::string_view line) {
  constexpr size_t kTabStop = 4;
  std::string out;
  size_t column = 0;
  for (char c : line) {
    if (c == '\t') {
      out.append(kTabStop - column % kTabStop, ' ');
      column += kTabStop - column % kTabStop;
      continue;
    }
    out += c;
    column += (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // code points, not bytes
  }
  return out;
}

// How many tildes open the strikethrough whose first text starts at `text`: md4c reads both
// `~x~` and `~~x~~`, and tells only the span, so the source before its text says which.
// Emphasis and code marks between the tildes and the text are skipped.
int opening_tildes(std::string_view text, std::string_view source) {
  if (text.data() < source.data() || text.data() > source.data() + source.size()) return 0;
  size_t at = static_cast<size_t>(text.data() - source.data());
  while (at > 0 && (source[at - 1] == '*' || source[at - 1] == '_' || source[at - 1] == '`')) --at;
  int tildes = 0;
  while (at > 0 && source[at - 1] == '~') --at, ++tildes;
  return tildes;
}

bool has_white_space(const model::Inlines& spans, size_t first) {
  for (size_t i = first; i < spans.size(); ++i)
    if (spans[i].text.find_first_of(" \t\n\r") != std::string::npos) return true;
  return false;
}

model::Span with_text(model::Span style, std::string text) {
  style.text = std::move(text);
  return style;
}

model::Block make_block(model::BlockKind kind) {
  model::Block block;
  block.kind = kind;
  return block;
}

// md4c 0.4.8 starts no HTML block at <thead> or <colgroup> (nor at <h2> … <h6>, see
// inline_tag), which CommonMark lists among those that do: after a blank line inside a
// table, "<thead><tr>…" comes as a paragraph of inline tags and cut the table in two.
bool md4c_misses_block_start(std::string_view html) {
  std::optional<HtmlTag> tag = read_tag(html, 0);
  return tag && (tag->name == "thead" || tag->name == "colgroup");
}

bool is_list_level(MD_BLOCKTYPE type) {
  return type == MD_BLOCK_UL || type == MD_BLOCK_OL || type == MD_BLOCK_LI;
}

// Verbatim text as lines joined by "\n" spans, each with the given style.
model::Inlines line_spans(std::string_view text, model::Span style) {
  model::Inlines spans;
  while (text.ends_with('\n')) text.remove_suffix(1);
  for (size_t begin = 0; begin <= text.size();) {
    size_t end = std::min(text.find('\n', begin), text.size());
    if (!spans.empty()) spans.push_back(with_text(style, "\n"));
    std::string_view line = text.substr(begin, end - begin);
    spans.push_back(
        with_text(style, style.code ? expand_tabs(line) : tabs_to_spaces(std::string(line))));
    begin = end + 1;
  }
  return spans;
}

}  // namespace

void MarkdownBuilder::enter_block(MD_BLOCKTYPE type, const void* detail) {
  if (enter_table_part(type, detail)) return;
  close_leaf();
  if (type != MD_BLOCK_HTML && type != MD_BLOCK_P) flush_html_blocks();
  bool too_deep = type != MD_BLOCK_LI && open_lists_.size() >= kMaxListDepth;
  if (is_list_level(type) && (flattened_lists_ > 0 || too_deep)) {
    flattened_lists_ += type == MD_BLOCK_LI ? 0 : 1;
    return;
  }
  switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: {
      model::Block list = make_block(model::BlockKind::List);
      list.ordered = type == MD_BLOCK_OL;
      if (type == MD_BLOCK_OL) {
        list.start = static_cast<int>(static_cast<const MD_BLOCK_OL_DETAIL*>(detail)->start);
      }
      open_lists_.push_back(std::move(list));
      break;
    }
    case MD_BLOCK_LI: {
      containers_.emplace_back();
      const auto* li = static_cast<const MD_BLOCK_LI_DETAIL*>(detail);
      item_checked_.push_back(li && li->is_task ? std::optional<bool>(li->task_mark != ' ')
                                                : std::nullopt);
      break;
    }
    case MD_BLOCK_QUOTE:
      if (++quote_depth_ <= kMaxQuoteDepth) containers_.emplace_back();
      break;
    case MD_BLOCK_HR:
      containers_.back().push_back(make_block(model::BlockKind::Rule));
      containers_.back().back().pos.line = locator_.locate_rule();
      break;
    case MD_BLOCK_H:
      open_leaf(model::BlockKind::Heading,
                static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level));
      break;
    case MD_BLOCK_P:
      open_leaf(model::BlockKind::Paragraph, 0,
                pending_structures_ > 0 ? LeafMode::InsideHtml : LeafMode::Inline);
      break;
    case MD_BLOCK_CODE:
      open_leaf(model::BlockKind::Code, 0, LeafMode::CodeBlock);
      break;
    case MD_BLOCK_HTML:
      open_leaf(model::BlockKind::Paragraph, 0, LeafMode::HtmlBlock);
      break;
    default:  // the document: a container the model doesn't need
      break;
  }
}

void MarkdownBuilder::leave_block(MD_BLOCKTYPE type) {
  if (leave_table_part(type)) return;
  const bool html_leaf = leaf_ && leaf_mode_ == LeafMode::HtmlBlock;
  close_leaf();
  if (!html_leaf) flush_html_blocks();
  if (is_list_level(type) && flattened_lists_ > 0) {
    flattened_lists_ -= type == MD_BLOCK_LI ? 0 : 1;
    return;
  }
  if (type == MD_BLOCK_QUOTE) {
    if (quote_depth_-- > kMaxQuoteDepth || containers_.size() < 2) return;
    model::Block quote = make_block(model::BlockKind::Quote);
    quote.children = std::move(containers_.back());
    containers_.pop_back();
    if (!quote.children.empty()) quote.pos = quote.children.front().pos;
    if (!quote.children.empty()) containers_.back().push_back(std::move(quote));
    return;
  }
  if (type == MD_BLOCK_LI && containers_.size() > 1 && !open_lists_.empty()) {
    std::optional<bool> checked;
    if (!item_checked_.empty()) checked = item_checked_.back(), item_checked_.pop_back();
    open_lists_.back().items.push_back(model::ListItem{std::move(containers_.back()), checked});
    containers_.pop_back();
  } else if ((type == MD_BLOCK_UL || type == MD_BLOCK_OL) && !open_lists_.empty()) {
    model::Block list = std::move(open_lists_.back());
    open_lists_.pop_back();
    // A list starts where its first item's first block does.
    if (!list.items.empty() && !list.items.front().blocks.empty()) {
      list.pos = list.items.front().blocks.front().pos;
    }
    containers_.back().push_back(std::move(list));
  }
}

void MarkdownBuilder::enter_span(MD_SPANTYPE type, const void* detail) {
  if (leaf_ && leaf_mode_ == LeafMode::InsideHtml) settle_leaf(false);
  flush_inline_html();
  if (type == MD_SPAN_STRONG) ++bold_;
  if (type == MD_SPAN_EM) ++italic_;
  if (type == MD_SPAN_CODE) ++code_;
  if (type == MD_SPAN_IMG) {
    if (!leaf_) open_leaf(model::BlockKind::Paragraph);  // tight list items have no <p>
    const auto* image = static_cast<const MD_SPAN_IMG_DETAIL*>(detail);
    images_.push_back(
        {attribute_text(image->src), leaf_->inlines.size(), attribute_text(image->title)});
  }
  if (type == MD_SPAN_DEL) {
    ++strike_;
    if (!leaf_) open_leaf(model::BlockKind::Paragraph);
    tildes_.push_back({leaf_->inlines.size(), std::nullopt});
  }
  if (type == MD_SPAN_A) {
    std::string target =
        link_target(attribute_text(static_cast<const MD_SPAN_A_DETAIL*>(detail)->href));
    LinkCheck check = check_link(target);
    if (check == LinkCheck::Dropped || check == LinkCheck::TooLong)
      notice(link_notice(target, check));
    links_.push_back(check == LinkCheck::Kept ? target : std::string());  // "": text, no link
  }
}

void MarkdownBuilder::leave_span(MD_SPANTYPE type) {
  flush_inline_html();
  if (type == MD_SPAN_STRONG) --bold_;
  if (type == MD_SPAN_EM) --italic_;
  if (type == MD_SPAN_CODE) --code_;
  if (type == MD_SPAN_DEL) --strike_, close_tilde();
  if (type == MD_SPAN_A && !links_.empty()) links_.pop_back();
  if (type == MD_SPAN_IMG && !images_.empty()) close_image();
}

void MarkdownBuilder::text(MD_TEXTTYPE type, std::string_view text) {
  if (!leaf_) open_leaf(model::BlockKind::Paragraph);  // tight list items have no <p>
  if (leaf_mode_ == LeafMode::InsideHtml)
    settle_leaf(type == MD_TEXT_HTML && md4c_misses_block_start(text));
  if (type == MD_TEXT_HTML && inline_html_.empty()) inline_html_line_ = 0;
  locate(text);
  if (type == MD_TEXT_HTML && inline_html_line_ == 0) inline_html_line_ = last_line_;
  if (leaf_mode_ != LeafMode::Inline) {
    verbatim_ += text;
    return;
  }
  if (type == MD_TEXT_HTML) {
    inline_html_ += text;
    return;
  }
  flush_inline_html();
  if (!tildes_.empty() && !tildes_.back().single)
    tildes_.back().single = opening_tildes(text, locator_.source()) == 1;
  switch (type) {
    case MD_TEXT_BR:
      append("\n", false);
      break;
    case MD_TEXT_SOFTBR:
      append(std::string(kSoftBreak), false);
      break;
    case MD_TEXT_ENTITY:
      append(decode_entity(text));
      break;
    case MD_TEXT_NULLCHAR:
      append("\uFFFD");
      break;
    case MD_TEXT_NORMAL:
      append_with_bare_links(text);
      break;
    default:  // inline code, LaTeX: as written
      append(std::string(text));
      break;
  }
}

std::vector<model::Block> MarkdownBuilder::take_blocks() {
  close_leaf();
  flush_html_blocks();
  for (const OpenDivision& open : open_divisions_)
    notices_.add(open.line, "HTML <" + open.name + "> is never closed: it runs to the end");
  return std::move(containers_.front());
}

std::vector<MarkdownNotice> MarkdownBuilder::take_notices() {
  notices_.place_unplaced(last_line_);
  return notices_.take();
}

void MarkdownBuilder::notice(std::string message, int line) {
  notices_.add(line, std::move(message));
}

// The alt text read since the image opened becomes one span that carries the image; the
// image's line is where its src is written, just after the alt text.
void MarkdownBuilder::close_image() {
  OpenImage open = std::move(images_.back());
  images_.pop_back();
  if (!leaf_) open_leaf(model::BlockKind::Paragraph);
  std::vector<model::Span>& inlines = leaf_->inlines;
  size_t from = std::min(open.first_span, inlines.size());
  model::Image image{.src = open.src};
  for (size_t i = from; i < inlines.size(); ++i) image.alt += inlines[i].text;
  if (image.alt.empty()) image.alt = open.title;
  inlines.resize(from);
  if (!image.src.empty()) locate(image.src);
  image.pos = {last_line_, 0};
  model::Span span = styled_span(image.alt);
  span.image = std::move(image);
  inlines.push_back(std::move(span));
}

// A paragraph that is one image and nothing else is an image block: set on its own
// lines at its own width, or taken for the photo.
void MarkdownBuilder::make_image_block(model::Block& block) {
  const model::Span* image = nullptr;
  for (const model::Span& span : block.inlines) {
    if (span.image && !image) {
      image = &span;
    } else if (span.image || span.text.find_first_not_of(" \n\r") != std::string::npos) {
      return;
    }
  }
  if (!image) return;
  block.kind = model::BlockKind::Image;
  block.image = image->image;
  block.inlines = {*image};
}

void MarkdownBuilder::open_leaf(model::BlockKind kind, int level, LeafMode mode) {
  if (mode != LeafMode::HtmlBlock && mode != LeafMode::InsideHtml) flush_html_blocks();
  leaf_ = make_block(kind);
  leaf_->level = level;
  leaf_mode_ = mode;
  html_heading_ = false;
  verbatim_.clear();
}

// A paragraph inside a held-back HTML table is HTML that md4c missed, or a paragraph after
// the table (which then ends, unclosed, before it).
void MarkdownBuilder::settle_leaf(bool html) {
  leaf_mode_ = html ? LeafMode::HtmlBlock : LeafMode::Inline;
  if (!html) flush_html_blocks();
}

void MarkdownBuilder::close_leaf() {
  if (!leaf_) return;
  if (leaf_mode_ == LeafMode::InsideHtml) settle_leaf(false);
  flush_inline_html();
  if (leaf_mode_ == LeafMode::HtmlBlock) {
    locator_.finish_block(false);
    int line = leaf_->pos.line;
    leaf_.reset();
    return add_html_block(std::move(verbatim_), line);
  }
  if (leaf_mode_ == LeafMode::CodeBlock) leaf_->inlines = verbatim_spans();
  leaf_->inlines = merge_spans(leaf_->inlines);
  if (leaf_mode_ == LeafMode::Inline) {
    if (footnotes_) leaf_->inlines = footnotes_->mark_references(leaf_->inlines);
    leaf_->inlines = mark_superscripts(leaf_->inlines);
  }
  if (leaf_->kind == model::BlockKind::Paragraph && leaf_mode_ == LeafMode::Inline)
    make_image_block(*leaf_);
  leaf_->right = resolve_soft_breaks(leaf_->right);
  if (std::string open = html_styles_.outermost(); !open.empty())
    notice("HTML <" + excerpt(open) + "> is not closed: it ends with its paragraph",
           leaf_->pos.line);
  html_styles_.clear();
  bool aligned = leaf_->kind == model::BlockKind::Heading ||
                 leaf_->kind == model::BlockKind::Paragraph ||
                 leaf_->kind == model::BlockKind::Image;
  if (aligned && !leaf_->align) leaf_->align = carried_align();
  locator_.finish_block(leaf_->kind == model::BlockKind::Heading && !html_heading_);
  // A block left empty (an HTML comment alone, say) says nothing; drop it.
  if (!leaf_->inlines.empty()) containers_.back().push_back(std::move(*leaf_));
  leaf_.reset();
}

model::Inlines MarkdownBuilder::verbatim_spans() const {
  model::Span code;
  code.code = true;
  return line_spans(verbatim_, code);
}

void MarkdownBuilder::locate(std::string_view chunk) {
  int line = locator_.locate_text(chunk);
  if (line <= 0) return;
  last_line_ = line;
  if (leaf_ && leaf_->pos.line == 0) leaf_->pos = {line, 0};
  notices_.place_unplaced(line);
}

model::Span MarkdownBuilder::styled_span(std::string text) const {
  model::Span span;
  span.bold = bold_ > 0;
  span.italic = italic_ > 0;
  span.code = code_ > 0;
  span.strike = strike_ > 0;
  if (!links_.empty()) span.link = links_.back();
  span = html_styles_.style(std::move(span));
  span.text = tabs_to_spaces(std::move(text));
  return span;
}

// Where styled text goes: the block's text, or its flush-right text inside a
// `float: right` element.
model::Inlines& MarkdownBuilder::styled_target() {
  if (!html_styles_.float_right()) return leaf_->inlines;
  if (leaf_->right.empty()) right_anchor_ = leaf_->inlines.size();
  split_at_line_with_new_right();
  return leaf_->right;
}

// Lines that each float their own dates right (`<span style="float:left">学校</span><span
// style="float:right">2016–2020</span><br>`, line after line, in one paragraph): at a
// flush-right text that comes after a line break, the lines before that break become a
// paragraph of their own, so that each keeps its dates instead of all running together.
void MarkdownBuilder::split_at_line_with_new_right() {
  if (leaf_->right.empty()) return;
  model::Inlines& inlines = leaf_->inlines;
  size_t cut = inlines.size();
  for (size_t k = inlines.size(); k-- > right_anchor_;)
    if (inlines[k].text == "\n") {
      cut = k;
      break;
    }
  if (cut == inlines.size()) return;  // the same line: one flush-right text, in pieces
  model::Block before = *leaf_;
  before.inlines.resize(cut);
  before.inlines = merge_spans(before.inlines);
  before.right = resolve_soft_breaks(before.right);
  if (!before.align) before.align = carried_align();
  containers_.back().push_back(std::move(before));
  inlines.erase(inlines.begin(), inlines.begin() + static_cast<std::ptrdiff_t>(cut) + 1);
  leaf_->right.clear();
  right_anchor_ = inlines.size();
}

void MarkdownBuilder::append(std::string text, bool styled) {
  if (!styled) return leaf_->inlines.push_back(with_text({}, std::move(text)));
  styled_target().push_back(styled_span(std::move(text)));
}

void MarkdownBuilder::append_with_bare_links(std::string_view text) {
  model::Span style = styled_span({});  // Markdown's and HTML's links and code alike
  if (!style.link.empty() || style.code) return append(std::string(text));
  size_t done = 0;
  for (const BareLink& link : find_bare_links(text)) {
    if (check_link(link.target) == LinkCheck::TooLong) {
      notice(link_notice(link.target, LinkCheck::TooLong));
      continue;  // its text stays, unlinked
    }
    append(std::string(text.substr(done, link.begin - done)));
    model::Span linked = styled_span(std::string(text.substr(link.begin, link.end - link.begin)));
    linked.link = link.target;
    styled_target().push_back(std::move(linked));
    done = link.end;
  }
  append(std::string(text.substr(done)));
}

// Pandoc's `~x~` is a subscript, GitHub's `~~x~~` a strikethrough; md4c reads both as the
// latter. A single tilde around text with no white space in it (`H~2~O`, as pandoc
// requires) is taken for a subscript; any other is struck through.
void MarkdownBuilder::close_tilde() {
  if (tildes_.empty()) return;
  const Tilde tilde = tildes_.back();
  tildes_.pop_back();
  if (!leaf_ || !tilde.single.value_or(false) || has_white_space(leaf_->inlines, tilde.first_span))
    return;
  for (size_t i = tilde.first_span; i < leaf_->inlines.size(); ++i) {
    model::Span& span = leaf_->inlines[i];
    span.strike = strike_ > 0;
    span.shift = model::Shift::Sub;
  }
}

// Inline HTML arrives in pieces (a comment may span lines), so it is gathered and
// read here, before the next piece of ordinary text: each tag opens or closes an
// inline style, or is a line break or an image.
void MarkdownBuilder::flush_inline_html() {
  if (inline_html_.empty() || !leaf_) return;
  std::string html = strip_html_comments(inline_html_);
  inline_html_.clear();
  for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    std::optional<HtmlTag> tag = read_tag(html, at);
    if (!tag) continue;  // <!DOCTYPE>, <?php ?>: nothing to show
    inline_tag(*tag);
    at = tag->end - 1;
  }
}

void MarkdownBuilder::inline_tag(const HtmlTag& tag) {
  int line = inline_html_line_;
  HtmlRole role = role_of(tag.name);
  if (role == HtmlRole::Unknown)
    notices_.once("element:" + tag.name, line, unknown_notice(tag.name));
  if (role == HtmlRole::Dropped)
    notices_.once("dropped:" + tag.name, line, dropped_notice(tag.name));
  if (tag.closing) return html_styles_.close(tag.name);
  // md4c 0.4.8 starts an HTML block at <h1> but not at <h2> … <h6>, which come to a
  // paragraph as inline tags: one that opens the paragraph makes it that heading.
  if (role == HtmlRole::Heading && leaf_->kind == model::BlockKind::Paragraph &&
      leaf_->inlines.empty()) {
    leaf_->kind = model::BlockKind::Heading;
    leaf_->level = tag.name[1] - '0';
    leaf_->align = block_align(tag.name, tag.attributes);
    html_heading_ = true;
    return;
  }
  if (role == HtmlRole::Break) return append("\n", false);
  if (role == HtmlRole::Image) {
    model::Image image = image_of(tag.attributes, line, notices_);
    model::Span span = styled_span(image.alt);
    span.image = std::move(image);
    return styled_target().push_back(std::move(span));
  }
  // Block elements inside a paragraph (md4c reads a `<div>` after text as inline) cannot
  // open a block here: their tags are dropped, their text kept.
  bool styles = role == HtmlRole::Inline || role == HtmlRole::Unknown;
  if (styles && !tag.self_closing) html_styles_.open(tag.name, tag.attributes, line);
}

// Whether more of the file follows line `line` (1-based), or only blank lines. The file's last
// line with text is counted once: a résumé may hold thousands of HTML blocks.
HtmlBlockEnd MarkdownBuilder::block_end(int line) {
  if (last_text_line_ < 0) {
    const std::string_view source = locator_.source();
    const size_t last = source.find_last_not_of(" \t\r\n");
    last_text_line_ =
        last == std::string_view::npos
            ? 0
            : 1 + static_cast<int>(std::count(source.begin(), source.begin() + last, '\n'));
  }
  return line <= last_text_line_ ? HtmlBlockEnd::BlankLine : HtmlBlockEnd::EndOfFile;
}

// An HTML block: read now, or held back while it leaves a table or list open.
void MarkdownBuilder::add_html_block(std::string html, int line) {
  if (pending_html_.empty()) {
    pending_html_line_ = line;
  } else {
    // As many line breaks as the source has between the blocks, so that lines stay right.
    pending_html_.append(static_cast<size_t>(std::max(1, line - pending_html_end_)), '\n');
  }
  pending_structures_ += open_structures(html);
  pending_html_ += html;
  pending_html_end_ = line + static_cast<int>(std::count(html.begin(), html.end(), '\n'));
  if (pending_structures_ <= 0) flush_html_blocks();
}

void MarkdownBuilder::flush_html_blocks() {
  if (pending_html_.empty()) return;
  std::string html = std::move(pending_html_);
  pending_html_.clear();
  pending_structures_ = 0;
  place_html_blocks(read_html(html, pending_html_line_, block_end(pending_html_end_), notices_));
}

void MarkdownBuilder::place_html_blocks(HtmlBlocks html) {
  for (model::Block& block : html.blocks) {
    if (!block.align) block.align = carried_align();
    containers_.back().push_back(std::move(block));
  }
  for (int i = 0; i < html.closes_earlier && !open_divisions_.empty(); ++i)
    open_divisions_.pop_back();
  for (OpenDivision& open : html.left_open) {
    // As deep as one block may nest; past that, what follows keeps the alignment it has.
    if (open_divisions_.size() == kMaxHtmlDepth) {
      notices_.once("too deep", open.line, too_deep_notice());
      break;
    }
    open_divisions_.push_back(std::move(open));
  }
}

std::optional<model::Align> MarkdownBuilder::carried_align() const {
  for (auto open = open_divisions_.rbegin(); open != open_divisions_.rend(); ++open)
    if (open->align) return open->align;
  return std::nullopt;
}

}  // namespace jianli::parse
