#include "model/document.h"

#include <algorithm>

namespace jianli::model {

bool same_style(const Span& a, const Span& b) {
  if (a.image || b.image) return false;  // each image is a span of its own
  return a.bold == b.bold && a.italic == b.italic && a.code == b.code && a.strike == b.strike &&
         a.underline == b.underline && a.shift == b.shift && a.scale == b.scale &&
         a.color == b.color && a.link == b.link;
}

std::string plain_text(const Inlines& inlines) {
  std::string out;
  for (const Span& span : inlines) out += span.text;
  return out;
}

bool holds_contact_data(const Inlines& line) {
  int digits = 0;
  for (const Span& span : line) {
    if (span.image || !span.link.empty()) return true;
    for (const char* mark : {"@", ":", "："})
      if (span.text.find(mark) != std::string::npos) return true;
    digits += static_cast<int>(std::count_if(span.text.begin(), span.text.end(),
                                             [](char c) { return c >= '0' && c <= '9'; }));
  }
  return digits >= 5;
}

}  // namespace jianli::model
