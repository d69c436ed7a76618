#include "layout/collect.h"

#include "text/utf8.h"

namespace jianli::layout {
namespace {

bool is_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\r'; }

}  // namespace

StyledText collect(const model::Inlines& inlines, bool bold) {
  StyledText out;
  auto push = [&](char32_t cp, bool b, int link) {
    out.text.push_back(cp);
    out.bold.push_back(b);
    out.link.push_back(link);
  };
  auto pop = [&] {
    out.text.pop_back();
    out.bold.pop_back();
    out.link.pop_back();
  };
  for (const model::Span& span : inlines) {
    int link = -1;
    if (!span.link.empty()) {
      link = static_cast<int>(out.links.size());
      out.links.push_back(span.link);
    }
    for (char32_t cp : text::to_utf32(span.text)) {
      if (cp < 0x20 && cp != U'\n') cp = U' ';  // control characters set as spaces
      if (is_space(cp)) {
        if (out.text.empty() || out.text.back() == U' ' || out.text.back() == U'\n') continue;
        push(U' ', bold || span.bold, link);
      } else if (cp == U'\n') {
        if (!out.text.empty() && out.text.back() == U' ') pop();
        push(U'\n', false, -1);
      } else {
        push(cp, bold || span.bold, link);
      }
    }
  }
  while (!out.text.empty() && (out.text.back() == U' ' || out.text.back() == U'\n')) pop();
  return out;
}

}  // namespace jianli::layout
