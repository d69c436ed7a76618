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
    if (span.image) {
      push(kObject, bold || span.bold, link);
      out.objects.push_back({.image = &*span.image});
      continue;
    }
    for (char32_t cp : text::to_utf32(span.text)) {
      if (cp == kObject) continue;              // typed, it would stand for no image
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

StyledText with_alt_text(const StyledText& in, const std::vector<bool>& drawn) {
  StyledText out;
  out.links = in.links;
  size_t object = 0;
  for (size_t i = 0; i < in.text.size(); ++i) {
    if (in.text[i] != kObject) {
      out.text.push_back(in.text[i]);
      out.bold.push_back(in.bold[i]);
      out.link.push_back(in.link[i]);
      continue;
    }
    const InlineObject& o = in.objects[object];
    if (drawn[object++]) {
      out.text.push_back(kObject);
      out.bold.push_back(in.bold[i]);
      out.link.push_back(in.link[i]);
      out.objects.push_back(o);
      continue;
    }
    for (char32_t cp : text::to_utf32(o.image ? o.image->alt : std::string())) {
      out.text.push_back(cp < 0x20 ? U' ' : cp);
      out.bold.push_back(in.bold[i]);
      out.link.push_back(in.link[i]);
    }
  }
  return out;
}

}  // namespace jianli::layout
