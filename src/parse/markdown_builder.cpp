#include "parse/markdown_builder.h"

#include <algorithm>
#include <cctype>

#include "parse/markdown_text.h"
#include "text/utf8.h"

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

// `<someone@example.com>` and permissive e-mail autolinks must lead to a mail program.
std::string link_target(std::string href) {
  bool has_scheme = href.find(':') != std::string::npos;
  if (!has_scheme && href.find('@') != std::string::npos && href.find('/') == std::string::npos) {
    return "mailto:" + href;
  }
  if (!has_scheme && href.starts_with("www.")) return "http://" + href;
  return href;
}

// The schemes a résumé's reader can follow from a PDF. javascript:, file:, data: and the
// like are dropped (a PDF reader may run or open them); a relative link has nothing to be
// relative to in a PDF. An in-document anchor (#section) is kept as text without notice.
enum class LinkCheck { Kept, Anchor, Dropped, TooLong };

// libharu refuses a URI of 64 KB or more (0x105B), counted after percent-encoding, which
// makes a byte outside ASCII three: 21,000 bytes of UTF-8 always fit.
constexpr size_t kMaxLinkBytes = 21000;

LinkCheck check_link(const std::string& target) {
  if (target.size() > kMaxLinkBytes) return LinkCheck::TooLong;
  if (target.starts_with('#')) return LinkCheck::Anchor;
  size_t colon = target.find(':');
  if (colon == std::string::npos || target.find('/') < colon) return LinkCheck::Dropped;
  std::string scheme = target.substr(0, colon);
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* kept : {"http", "https", "mailto", "tel"})
    if (scheme == kept) return LinkCheck::Kept;
  return LinkCheck::Dropped;
}

std::string too_long_link(const std::string& target) {
  return "a link of " + std::to_string(target.size()) + " bytes is shown as text only: a PDF " +
         "link holds at most " + std::to_string(kMaxLinkBytes);
}

std::string tabs_to_spaces(std::string text) {
  std::replace(text.begin(), text.end(), '\t', ' ');
  return text;
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

// `<!-- pagebreak -->` (or `page-break`, any case and spacing) alone in an HTML block.
bool is_page_break(std::string_view html) {
  std::string squeezed;
  for (char c : html)
    if (c != ' ' && c != '\t' && c != '\n' && c != '-' && c != '_')
      squeezed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return squeezed == "<!pagebreak>";
}

// A short, one-line excerpt of raw HTML for a message.
std::string excerpt(std::string_view html) {
  constexpr size_t kMaxBytes = 40;
  while (html.ends_with('\n') || html.ends_with(' ')) html.remove_suffix(1);
  std::string out(html.substr(0, html.find_first_of('\n')));
  if (out.size() <= kMaxBytes && out.size() == html.size()) return out;
  size_t cut = std::min(out.size(), kMaxBytes);
  cut = text::code_point_start(out, cut);
  return out.substr(0, cut) + "…";
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
    spans.push_back(with_text(style, tabs_to_spaces(std::string(text.substr(begin, end - begin)))));
    begin = end + 1;
  }
  return spans;
}

}  // namespace

void MarkdownBuilder::enter_block(MD_BLOCKTYPE type, const void* detail) {
  if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
    flush_inline_html();
    if (row_has_cell_) append(" | ", false);
    row_has_cell_ = true;
    return;
  }
  close_leaf();
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
    case MD_BLOCK_LI:
      containers_.emplace_back();
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
    case MD_BLOCK_TR:
      open_leaf(model::BlockKind::Paragraph);
      row_has_cell_ = false;
      break;
    case MD_BLOCK_CODE:
      open_leaf(model::BlockKind::Paragraph, 0, LeafMode::CodeBlock);
      break;
    case MD_BLOCK_HTML:
      open_leaf(model::BlockKind::Paragraph, 0, LeafMode::HtmlBlock);
      break;
    case MD_BLOCK_TABLE:
      notice("a table is shown as lines of text, one per row, cells separated by '|'");
      break;
    default:  // document, quote, table sections: containers the model doesn't have
      break;
  }
}

void MarkdownBuilder::leave_block(MD_BLOCKTYPE type) {
  if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) return;
  close_leaf();
  if (is_list_level(type) && flattened_lists_ > 0) {
    flattened_lists_ -= type == MD_BLOCK_LI ? 0 : 1;
    return;
  }
  if (type == MD_BLOCK_LI && containers_.size() > 1 && !open_lists_.empty()) {
    open_lists_.back().items.push_back(model::ListItem{std::move(containers_.back())});
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
  flush_inline_html();
  if (type == MD_SPAN_STRONG) ++bold_;
  if (type == MD_SPAN_EM) ++italic_;
  if (type == MD_SPAN_CODE) ++code_;
  if (type == MD_SPAN_IMG) {
    if (!leaf_) open_leaf(model::BlockKind::Paragraph);  // tight list items have no <p>
    images_.push_back({attribute_text(static_cast<const MD_SPAN_IMG_DETAIL*>(detail)->src),
                       leaf_->inlines.size()});
  }
  if (type == MD_SPAN_DEL) notice("strikethrough is shown as plain text");
  if (type == MD_SPAN_A) {
    std::string target =
        link_target(attribute_text(static_cast<const MD_SPAN_A_DETAIL*>(detail)->href));
    LinkCheck check = check_link(target);
    if (check == LinkCheck::Dropped) {
      notice("the link to '" + excerpt(target) +
             "' is shown as text only: a PDF keeps http, https, mailto and tel links");
    }
    if (check == LinkCheck::TooLong) notice(too_long_link(target));
    links_.push_back(check == LinkCheck::Kept ? target : std::string());  // "": text, no link
  }
}

void MarkdownBuilder::leave_span(MD_SPANTYPE type) {
  flush_inline_html();
  if (type == MD_SPAN_STRONG) --bold_;
  if (type == MD_SPAN_EM) --italic_;
  if (type == MD_SPAN_CODE) --code_;
  if (type == MD_SPAN_A && !links_.empty()) links_.pop_back();
  if (type == MD_SPAN_IMG && !images_.empty()) close_image();
}

void MarkdownBuilder::text(MD_TEXTTYPE type, std::string_view text) {
  if (!leaf_) open_leaf(model::BlockKind::Paragraph);  // tight list items have no <p>
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
  return std::move(containers_.front());
}

std::vector<MarkdownNotice> MarkdownBuilder::take_notices() {
  for (MarkdownNotice& n : notices_)
    if (n.line == 0) n.line = last_line_;
  return std::move(notices_);
}

void MarkdownBuilder::notice(std::string message, int line) {
  // One notice per kind and line: `<b>x</b>` is one piece of HTML to the user.
  for (const MarkdownNotice& n : notices_)
    if (n.message == message && (n.line == line || n.line == 0)) return;
  notices_.push_back({line, std::move(message)});
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
  leaf_ = make_block(kind);
  leaf_->level = level;
  leaf_mode_ = mode;
  verbatim_.clear();
}

void MarkdownBuilder::close_leaf() {
  if (!leaf_) return;
  flush_inline_html();
  if (leaf_mode_ == LeafMode::HtmlBlock && is_page_break(verbatim_)) {
    leaf_->kind = model::BlockKind::PageBreak;
    locator_.finish_block(false);
    containers_.back().push_back(std::move(*leaf_));
    leaf_.reset();
    return;
  }
  if (leaf_mode_ != LeafMode::Inline) leaf_->inlines = verbatim_spans();
  if (leaf_mode_ == LeafMode::HtmlBlock && !leaf_->inlines.empty()) {
    notice("raw HTML '" + excerpt(strip_html_comments(verbatim_)) + "' is shown as text",
           leaf_->pos.line);
  }
  leaf_->inlines = merge_spans(leaf_->inlines);
  if (leaf_->kind == model::BlockKind::Paragraph && leaf_mode_ == LeafMode::Inline)
    make_image_block(*leaf_);
  locator_.finish_block(leaf_->kind == model::BlockKind::Heading);
  // A block left empty (an HTML comment alone, say) says nothing; drop it.
  if (!leaf_->inlines.empty()) containers_.back().push_back(std::move(*leaf_));
  leaf_.reset();
}

model::Inlines MarkdownBuilder::verbatim_spans() const {
  if (leaf_mode_ == LeafMode::CodeBlock) {
    model::Span code;
    code.code = true;
    return line_spans(verbatim_, code);
  }
  std::string html = strip_html_comments(verbatim_);
  if (html.find_first_not_of(" \t\n") == std::string::npos) return {};
  return line_spans(html, model::Span{});
}

void MarkdownBuilder::locate(std::string_view chunk) {
  int line = locator_.locate_text(chunk);
  if (line <= 0) return;
  last_line_ = line;
  if (leaf_ && leaf_->pos.line == 0) leaf_->pos = {line, 0};
  for (MarkdownNotice& n : notices_)
    if (n.line == 0) n.line = line;
}

model::Span MarkdownBuilder::styled_span(std::string text) const {
  model::Span span;
  span.text = tabs_to_spaces(std::move(text));
  span.bold = bold_ > 0;
  span.italic = italic_ > 0;
  span.code = code_ > 0;
  if (!links_.empty()) span.link = links_.back();
  return span;
}

void MarkdownBuilder::append(std::string text, bool styled) {
  leaf_->inlines.push_back(styled ? styled_span(std::move(text)) : with_text({}, std::move(text)));
}

void MarkdownBuilder::append_with_bare_links(std::string_view text) {
  if (!links_.empty() || code_ > 0) return append(std::string(text));
  size_t done = 0;
  for (const BareLink& link : find_bare_links(text)) {
    if (check_link(link.target) == LinkCheck::TooLong) {
      notice(too_long_link(link.target));
      continue;  // its text stays, unlinked
    }
    append(std::string(text.substr(done, link.begin - done)));
    leaf_->inlines.push_back(
        styled_span(std::string(text.substr(link.begin, link.end - link.begin))));
    leaf_->inlines.back().link = link.target;
    done = link.end;
  }
  append(std::string(text.substr(done)));
}

// Inline HTML arrives in pieces (a comment may span lines), so it is gathered and
// cut here, before the next piece of ordinary text.
void MarkdownBuilder::flush_inline_html() {
  if (inline_html_.empty() || !leaf_) return;
  std::string html = strip_html_comments(inline_html_);
  inline_html_.clear();
  std::replace(html.begin(), html.end(), '\n', ' ');
  bool told = std::any_of(notices_.begin(), notices_.end(), [&](const MarkdownNotice& n) {
    return n.line == inline_html_line_ && n.message.starts_with("raw HTML");
  });
  if (!told && html.find_first_not_of(' ') != std::string::npos)
    notice("raw HTML '" + excerpt(html) + "' is shown as text", inline_html_line_);
  append(std::move(html));
}

}  // namespace jianli::parse
