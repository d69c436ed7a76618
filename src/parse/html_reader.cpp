#include "parse/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <string>

#include "parse/html_block_builder.h"
#include "parse/html_elements.h"
#include "parse/html_tags.h"

namespace jianli::parse {
namespace {

using GumboHolder = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;

void destroy(GumboOutput* output) { gumbo_destroy_output(&kGumboDefaultOptions, output); }

// Read as children of <body>, as a Markdown file's HTML is meant. gumbo's errors are
// not kept: they cost time and jianli reports its own, in the user's terms.
GumboHolder parse_fragment(const std::string& html) {
  GumboOptions options = kGumboDefaultOptions;
  options.fragment_context = GUMBO_TAG_BODY;
  options.max_errors = 0;
  return {gumbo_parse_with_options(&options, html.data(), html.size()), destroy};
}

// The file's line of a place in the fragment; 0 for an element gumbo implied.
int line_of(const GumboSourcePosition& pos, int first_line) {
  return pos.line > 0 ? first_line + static_cast<int>(pos.line) - 1 : 0;
}

// The element's name: its tag's, or for one gumbo does not know, as written.
std::string element_name(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);
  return ascii_lowercase(std::string_view(piece.data, piece.length));
}

HtmlAttributes attributes_of(const GumboElement& element) {
  HtmlAttributes out;
  for (unsigned i = 0; i < element.attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(element.attributes.data[i]);
    out.emplace_back(ascii_lowercase(a->name), a->value);
  }
  return out;
}

// Division-like elements that may stay open from one HTML block to the next; not <p>
// and the like, which the next block-level element closes.
bool spans_blocks(const std::string& name) {
  return role_of(name) == HtmlRole::Division && name != "p" && name != "dt" && name != "dd";
}

// Whether an element written with a start tag ends with its end tag, or where HTML
// lets it end without one. gumbo gives an element closed by its parent's end tag that
// end tag; one with none was cut short by a start tag or by the end of the text.
bool closed_by_its_tag(const GumboElement& element) {
  if (element.original_tag.length == 0 || element.original_end_tag.length > 0) return true;
  std::string name = element_name(element);
  return is_void_element(name) || closes_its_like(name) || spans_blocks(name) ||
         (element.original_tag.length >= 2 &&
          element.original_tag.data[element.original_tag.length - 2] == '/');
}

// What to say of an element written with a start tag and no end tag. One still open where
// a blank line ends the HTML block was most likely closed after it: Markdown ends an HTML
// block there (CommonMark 4.6), and indented HTML often has a line of spaces in it.
std::string unclosed_notice(const std::string& name, bool open_at_block_end, HtmlBlockEnd end,
                            int last_line) {
  const std::string tag = "<" + excerpt(name) + ">";
  if (!open_at_block_end) return "HTML " + tag + " is not closed: it ends where its block does";
  if (end == HtmlBlockEnd::EndOfFile)
    return "HTML " + tag + " is not closed: it ends with the file, at line " +
           std::to_string(last_line);
  return "HTML " + tag + " is not closed when its HTML block ends, at line " +
         std::to_string(last_line) +
         ": a blank line ends an HTML block in Markdown; take the blank line out, or close " + tag +
         " before it";
}

// Walks gumbo's tree in document order with an explicit stack, handing each element
// and text to the builder.
void walk(const GumboNode* root, int first_line, int last_line, HtmlBlockEnd end,
          HtmlBlockBuilder& builder, Notices& notices) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboVector& children = frame.node->v.element.children;
    if (frame.next_child == children.length) {
      stack.pop_back();
      if (!stack.empty()) builder.close();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
    switch (child->type) {
      case GUMBO_NODE_ELEMENT: {
        const GumboElement& element = child->v.element;
        int line = line_of(element.start_pos, first_line);
        if (!closed_by_its_tag(element)) {
          // Open where the block ends, unless gumbo opened it again after its parent's end tag
          // closed it ("<div><b>粗</div>": a <b> after the div, told of as the one written).
          const bool at_end =
              (child->parse_flags & GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT) == 0;
          notices.add(line, unclosed_notice(element_name(element), at_end, end, last_line));
        }
        if (builder.open(element_name(element), attributes_of(element), line))
          stack.push_back({child, 0});
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        builder.text(child->v.text.text, line_of(child->v.text.start_pos, first_line));
        break;
      case GUMBO_NODE_COMMENT:
        builder.comment(child->v.text.text, line_of(child->v.text.start_pos, first_line));
        break;
      default:  // <template>
        break;
    }
  }
}

// The division-like elements left open at the end: down the last children, as long as
// they have no end tag.
std::vector<OpenDivision> left_open(const GumboNode* root, int first_line) {
  std::vector<OpenDivision> open;
  const GumboNode* node = root;
  while (true) {
    const GumboVector& children = node->v.element.children;
    const GumboNode* last = nullptr;
    for (unsigned i = children.length; i-- > 0 && !last;) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_ELEMENT) last = child;
      if (child->type == GUMBO_NODE_TEXT) break;  // text after it: it was closed
    }
    if (!last || last->v.element.original_end_tag.length > 0) return open;
    std::string name = element_name(last->v.element);
    if (spans_blocks(name))
      open.push_back({name, block_align(name, attributes_of(last->v.element)),
                      line_of(last->v.element.start_pos, first_line)});
    node = last;
  }
}

// End tags of division-like elements with no start tag before them in `html`.
int closes_earlier(std::string_view html) {
  int depth = 0;
  int closes = 0;
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    std::optional<HtmlTag> tag = read_tag(html, at);
    if (!tag || !spans_blocks(tag->name) || tag->self_closing) continue;
    if (!tag->closing) {
      ++depth;
    } else if (depth > 0) {
      --depth;
    } else {
      ++closes;
    }
  }
  return closes;
}

}  // namespace

HtmlBlocks read_html(std::string_view html, int first_line, HtmlBlockEnd end, Notices& notices) {
  CappedHtml capped = cap_nesting(html, kMaxHtmlDepth);
  if (capped.first_cut >= 0) {
    int line = first_line +
               static_cast<int>(std::count(html.begin(), html.begin() + capped.first_cut, '\n'));
    notices.add(line, too_deep_notice());
  }
  GumboHolder output = parse_fragment(capped.html);
  HtmlBlockBuilder builder(notices);
  const size_t last_text = html.find_last_not_of("\n\r \t");
  const int last_line =
      first_line + static_cast<int>(std::count(
                       html.begin(),
                       html.begin() + (last_text == std::string_view::npos ? 0 : last_text), '\n'));
  walk(output->root, first_line, last_line, end, builder, notices);
  HtmlBlocks out;
  out.blocks = builder.finish();
  out.left_open = left_open(output->root, first_line);
  out.closes_earlier = closes_earlier(html);
  return out;
}

int open_structures(std::string_view html) {
  int open = 0;
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    std::optional<HtmlTag> tag = read_tag(html, at);
    if (!tag) continue;
    HtmlRole role = role_of(tag->name);
    if (role == HtmlRole::Table || role == HtmlRole::List || role == HtmlRole::Quote ||
        role == HtmlRole::Preformatted)
      open += tag->closing ? -1 : 1;
  }
  return open;
}

}  // namespace jianli::parse
