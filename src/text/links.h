// URLs and e-mail addresses in text: the one detector, used by the Markdown reader to
// make bare addresses links and by line breaking, so that B3 (e-mail addresses) and B5
// (URLs) of ../shared/docs/cjk-typesetting.md treat their insides differently from
// ordinary Latin text. Both therefore agree on where every address begins and ends.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jianli::text {

enum class LinkKind : uint8_t { None, Url, Email };

struct FoundLink {
  size_t begin = 0, end = 0;  // code point indices
  LinkKind kind = LinkKind::None;
};

// https?://… and www.… URLs (trailing sentence punctuation left out, a closing parenthesis
// kept when it closes one opened inside) and e-mail addresses (local@domain, a dot in the
// domain), in text order, never overlapping. Linear in the text length: every character is
// looked at a bounded number of times.
std::vector<FoundLink> find_links(std::u32string_view text);

// Where a found link points: "mailto:" before an address, "http://" before a bare www.
std::u32string link_target(std::u32string_view text, const FoundLink& link);

struct LinkSpans {
  std::vector<LinkKind> kind;     // per character
  std::vector<bool> starts_span;  // true at the first character of each span

  // True when text[i-1] and text[i] belong to the same span (of the given kind).
  bool inside(size_t i, LinkKind k) const {
    return kind[i] == k && kind[i - 1] == k && !starts_span[i];
  }
};

// find_links, per character (for breaks.cpp).
LinkSpans find_link_spans(std::u32string_view text);

}  // namespace jianli::text
