#include "plaintext/text_backend.h"

namespace jianli::plaintext {

std::string TextBackend::render(const model::PageSet& pages) const {
  std::string out;
  for (const model::Page& page : pages.pages) {
    const model::TextRun* last = nullptr;
    for (const model::TextRun& run : page.runs) {
      // The layout gives every run of a line the same baseline, to the bit.
      if (last && run.y != last->y) {
        out += '\n';
      } else if (last && run.x - (last->x + last->width) > run.size) {
        out += ' ';
      }
      out += run.text;
      last = &run;
    }
    if (last) out += '\n';
    out += '\f';
  }
  return out;
}

}  // namespace jianli::plaintext
