// Private to breaks.cpp: where URLs and e-mail addresses sit in a paragraph, so
// that B3 (e-mail addresses) and B5 (URLs) of ../shared/docs/cjk-typesetting.md
// can treat their insides differently from ordinary Latin text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace jianli::text {

enum class LinkKind : uint8_t { None, Url, Email };

struct LinkSpans {
  std::vector<LinkKind> kind;     // per character
  std::vector<bool> starts_span;  // true at the first character of each span

  // True when text[i-1] and text[i] belong to the same span (of the given kind).
  bool inside(size_t i, LinkKind k) const {
    return kind[i] == k && kind[i - 1] == k && !starts_span[i];
  }
};

// Finds https?://… and www.… URLs (trailing sentence punctuation left out) and
// e-mail addresses. Linear in the text length: every character is looked at a
// bounded number of times.
LinkSpans find_link_spans(std::u32string_view text);

}  // namespace jianli::text
