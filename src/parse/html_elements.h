// What each HTML element becomes, and the inline styles open around the text being
// read. Shared by the two ways HTML arrives: whole blocks (html_reader.h) and tags
// inside Markdown paragraphs (markdown_builder.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "parse/html_styles.h"
#include "parse/html_tags.h"
#include "parse/markdown_notice.h"

namespace jianli::parse {

// No résumé nests HTML this deep; deeper tags are ignored (their text is kept), so that
// neither gumbo (quadratic in depth) nor the model's readers see more.
inline constexpr size_t kMaxHtmlDepth = 100;

enum class HtmlRole {
  Inline,        // b, i, span, font, a, code, sup … and the CSS of any element
  Break,         // br
  Image,         // img
  Rule,          // hr
  Heading,       // h1 … h6
  Division,      // div, center, p, section, details, summary …: a block, maybe aligned
  List,          // ul, ol
  ListItem,      // li
  Quote,         // blockquote
  Preformatted,  // pre
  Table,
  TableRow,      // tr
  TableCell,     // td, th
  TableSection,  // thead, tbody, tfoot
  Transparent,   // html, body, label …: as if the tag were not there
  Dropped,       // script, style, svg, head …: nothing shown
  Unknown,       // kept as its text, with a warning
};

HtmlRole role_of(std::string_view name);

// The text of an element whose contents are not shown (<script>, <svg>, <iframe>)
// would only confuse; this says so once per element name.
std::string dropped_notice(std::string_view name);
std::string unknown_notice(std::string_view name);
std::string too_deep_notice();

// An <img>'s attributes as a model image; `line` is where it was written.
model::Image image_of(const HtmlAttributes& attributes, int line, Notices& notices);

// Tells, once per property, what of an element's `style` jianli does not read.
void tell_unread_css(CssStyle css, std::string_view name, int line, Notices& notices);

// The inline styles open around the text being read, innermost last. Each entry keeps
// the style of the text inside it, so that reading a style costs nothing.
class InlineStyles {
 public:
  explicit InlineStyles(Notices& notices) : notices_(notices) {}

  // Opens element `name`: its own style (<b>, <sup>, <a href>, <font color>) and its
  // `style` attribute's color, font-size, font-weight and float.
  void open(std::string_view name, const HtmlAttributes& attributes, int line);
  // Closes the innermost open `name` and everything opened inside it; a stray end tag
  // does nothing.
  void close(std::string_view name);
  // Closes the innermost element, whatever it is (gumbo's tree is always balanced).
  void close_innermost();
  void clear();

  // `base` (Markdown's own bold, italic, code, link) with the open elements' styles on it.
  model::Span style(model::Span base = {}) const;
  // The outermost element still open, "" when none: unclosed, for a notice.
  std::string outermost() const { return open_.empty() ? "" : open_.front().name; }
  // Whether the text is in a `float: right` element: it goes to Block::right.
  bool float_right() const { return !open_.empty() && open_.back().float_right; }

 private:
  struct Open {
    std::string name;
    model::Span style;
    bool float_right = false;
  };
  Notices& notices_;
  std::vector<Open> open_;
  size_t ignored_ = 0;  // opened past kMaxHtmlDepth, not on `open_`
};

}  // namespace jianli::parse
