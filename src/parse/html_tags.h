// A small reader of single HTML tags, for the two places where gumbo's tree does not
// fit: md4c hands inline HTML over one tag at a time ("<b>", text, "</b>"), and an HTML
// block's nesting must be capped before gumbo sees it (gumbo's tree building is
// quadratic in depth: 40,000 nested <div>s take 4 s).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jianli::parse {

// Names lowercased, values with their character references decoded.
using HtmlAttributes = std::vector<std::pair<std::string, std::string>>;

// HTML's names and keywords are ASCII, matched in any case: "DIV" is "div".
std::string ascii_lowercase(std::string_view text);

// The value of attribute `name`, when given.
std::optional<std::string> attribute(const HtmlAttributes& attributes, std::string_view name);

struct HtmlTag {
  std::string name;           // lowercased: "div", "h1"
  bool closing = false;       // "</div>"
  bool self_closing = false;  // "<br/>"
  HtmlAttributes attributes;
  size_t begin = 0;  // of '<' in the text read
  size_t end = 0;    // just past '>'
};

// The tag that starts at `text[pos]` ('<' then a letter, or "</" then a letter), or
// none when there is no such tag there (a lone '<', a comment, a declaration).
std::optional<HtmlTag> read_tag(std::string_view text, size_t pos);

// Whether an HTML comment's text (between "<!--" and "-->") asks for a new page:
// "pagebreak" or "page-break", in any case and spacing.
bool is_page_break_comment(std::string_view text);

// Elements with no content and no end tag: <br>, <img>, <hr> …
bool is_void_element(std::string_view name);

// Elements whose end tag HTML lets one leave out (<p>, <li>, <td> …): the next of their
// kind, or the end of their parent, closes them.
bool closes_its_like(std::string_view name);

// How deep `html` nests elements; with `max_depth`, a copy with the start tags that go
// deeper removed, and as many of the end tags that follow them. Elements whose end tag
// may be left out (<p>, <li>, <td> …) close their like, so they do not add depth.
struct CappedHtml {
  std::string html;
  size_t depth = 0;    // the deepest nesting seen
  int first_cut = -1;  // byte offset in the original of the first tag removed; -1: none
};
CappedHtml cap_nesting(std::string_view html, size_t max_depth);

}  // namespace jianli::parse
