// Inline text helpers for the Markdown reader: bare links md4c leaves
// alone, and soft line breaks, which depend on the characters around them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace jianli::parse {

// Raw HTML with its comments (`<!-- … -->`, an unclosed one to the end) removed.
std::string strip_html_comments(std::string_view html);

// A web address or e-mail address inside plain text.
struct BareLink {
  size_t begin = 0;
  size_t end = 0;
  std::string target;  // "https://…", "http://www.…" or "mailto:…"
};

// md4c finds `www.x.com` after a space but not after a Han character ("见www.x.com");
// this finds such addresses so that every link is a link.
std::vector<BareLink> find_bare_links(std::string_view text);

// While reading, a soft line break (a newline inside a paragraph) is kept as a span
// with this text, because what it becomes depends on the text around it, and the
// contact block needs to split at it. CR can't reach here: the source has none.
inline constexpr std::string_view kSoftBreak = "\r";

// Turns soft breaks into nothing between two Chinese characters (Chinese has no
// spaces between words) and into a space elsewhere; joins neighbouring spans of one
// style and drops empty ones.
model::Inlines resolve_soft_breaks(const model::Inlines& inlines);

// Whether the span is a hard ("\n") or soft (kSoftBreak) line break.
bool is_break(const model::Span& span);

// Splits at hard and soft breaks: one Inlines per line, empty lines dropped.
std::vector<model::Inlines> split_lines(const model::Inlines& inlines);

// Pandoc's superscript: `^x^` around text with no white space in it (`2^10^`, `1^st^`)
// becomes that text raised, the carets dropped; code is left alone, and so is `^_^`, which
// holds no letter or digit.
model::Inlines mark_superscripts(const model::Inlines& inlines);

// Joins neighbouring spans with the same style and link; drops empty spans but images.
// Line breaks stay spans of their own.
model::Inlines merge_spans(const model::Inlines& inlines);

}  // namespace jianli::parse
