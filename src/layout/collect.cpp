#include "layout/collect.h"

#include <algorithm>
#include <limits>

#include "text/utf8.h"

namespace jianli::layout {
namespace {

bool is_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\r'; }

InlineStyle inline_style(const model::Span& span, bool bold) {
  return {bold || span.bold,
          span.italic,
          span.code,
          span.strike,
          span.underline,
          span.shift,
          static_cast<float>(span.scale),
          span.color};
}

// The index of `style` in the table, added when new. A paragraph has a handful; past
// 256 distinct ones (no résumé) the rest share the last.
uint8_t style_index(std::vector<InlineStyle>& styles, const InlineStyle& style) {
  auto found = std::find(styles.begin(), styles.end(), style);
  if (found != styles.end()) return static_cast<uint8_t>(found - styles.begin());
  if (styles.size() > std::numeric_limits<uint8_t>::max()) return styles.size() - 1;
  styles.push_back(style);
  return static_cast<uint8_t>(styles.size() - 1);
}

}  // namespace

StyledText collect(const model::Inlines& inlines, bool bold, Spaces spaces) {
  StyledText out;
  out.styles.push_back(InlineStyle{.bold = bold});
  auto push = [&](char32_t cp, uint8_t style, int link) {
    out.text.push_back(cp);
    out.style.push_back(style);
    out.link.push_back(link);
  };
  auto pop = [&] {
    out.text.pop_back();
    out.style.pop_back();
    out.link.pop_back();
  };
  const bool keep = spaces == Spaces::Keep;
  for (const model::Span& span : inlines) {
    int link = -1;
    if (!span.link.empty()) {
      link = static_cast<int>(out.links.size());
      out.links.push_back(span.link);
    }
    const uint8_t style = style_index(out.styles, inline_style(span, bold));
    if (span.image) {
      push(kObject, style, link);
      out.objects.push_back({.image = &*span.image});
      continue;
    }
    for (char32_t cp : text::to_utf32(span.text)) {
      if (cp == kObject) continue;              // typed, it would stand for no image
      if (cp < 0x20 && cp != U'\n') cp = U' ';  // control characters set as spaces
      if (is_space(cp)) {
        if (!keep && (out.text.empty() || out.text.back() == U' ' || out.text.back() == U'\n'))
          continue;
        push(U' ', style, link);
      } else if (cp == U'\n') {
        if (!keep && !out.text.empty() && out.text.back() == U' ') pop();
        push(U'\n', 0, -1);
      } else {
        push(cp, style, link);
      }
    }
  }
  if (!keep)
    while (!out.text.empty() && (out.text.back() == U' ' || out.text.back() == U'\n')) pop();
  return out;
}

StyledText with_alt_text(const StyledText& in, const std::vector<bool>& drawn) {
  StyledText out;
  out.links = in.links;
  out.styles = in.styles;
  size_t object = 0;
  for (size_t i = 0; i < in.text.size(); ++i) {
    if (in.text[i] != kObject) {
      out.text.push_back(in.text[i]);
      out.style.push_back(in.style[i]);
      out.link.push_back(in.link[i]);
      continue;
    }
    const InlineObject& o = in.objects[object];
    if (drawn[object++]) {
      out.text.push_back(kObject);
      out.style.push_back(in.style[i]);
      out.link.push_back(in.link[i]);
      out.objects.push_back(o);
      continue;
    }
    for (char32_t cp : text::to_utf32(o.image ? o.image->alt : std::string())) {
      out.text.push_back(cp < 0x20 ? U' ' : cp);
      out.style.push_back(in.style[i]);
      out.link.push_back(in.link[i]);
    }
  }
  return out;
}

}  // namespace jianli::layout
