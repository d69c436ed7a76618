#include "layout/structure.h"

#include <algorithm>

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

model::StructureType heading_type(int level) {
  static constexpr model::StructureType kHeadings[] = {
      model::StructureType::H1, model::StructureType::H2, model::StructureType::H3,
      model::StructureType::H4, model::StructureType::H5, model::StructureType::H6};
  return kHeadings[std::clamp(level, 1, 6) - 1];
}

}  // namespace jianli::layout
