#include "model/document.h"

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

}  // namespace jianli::model
