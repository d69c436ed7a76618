#include "model/document.h"

namespace jianli::model {

std::string plain_text(const Inlines& inlines) {
  std::string out;
  for (const Span& span : inlines) out += span.text;
  return out;
}

}  // namespace jianli::model
