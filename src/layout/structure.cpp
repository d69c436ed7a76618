#include "layout/structure.h"

#include <algorithm>

#include "text/chars.h"
#include "text/utf8.h"

namespace jianli::layout {

int Structure::add_to(int parent, model::StructureType type, int line) {
  elements_.push_back({type, parent, line != 0 ? line : elements_[parent].line});
  return static_cast<int>(elements_.size()) - 1;
}

int Structure::open(model::StructureType type, int line) {
  const int element = add(type, line);
  open_.push_back(element);
  return element;
}

void Structure::close() {
  if (open_.size() > 1) open_.pop_back();  // the Document stays open
}

void mark_languages(model::PageSet& pages) {
  const bool chinese = pages.lang.starts_with("zh");
  struct Letters {
    bool han = false, latin = false;
  };
  std::vector<Letters> letters(pages.structure.size());
  for (const model::Page& page : pages.pages)
    for (const model::TextRun& run : page.runs) {
      if (run.element < 0 || run.element >= static_cast<int>(letters.size())) continue;
      for (char32_t c : text::to_utf32(run.text)) {
        letters[run.element].han |= text::is_han(c);
        letters[run.element].latin |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      }
    }
  for (size_t e = 1; e < letters.size(); ++e) {
    if (chinese && letters[e].latin && !letters[e].han) pages.structure[e].lang = "en";
    if (!chinese && letters[e].han && !letters[e].latin) pages.structure[e].lang = "zh";
  }
}

model::StructureType heading_type(int level) {
  static constexpr model::StructureType kHeadings[] = {
      model::StructureType::H1, model::StructureType::H2, model::StructureType::H3,
      model::StructureType::H4, model::StructureType::H5, model::StructureType::H6};
  return kHeadings[std::clamp(level, 1, 6) - 1];
}

}  // namespace jianli::layout
