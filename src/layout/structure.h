// The document's logical structure as the flow sets it: which element (heading, paragraph,
// list item, table cell …) each run of text belongs to, for the PDF's structure tree.
#pragma once

#include <vector>

#include "model/page.h"

namespace jianli::layout {

class Structure {
 public:
  Structure() { elements_.push_back({model::StructureType::Document}); }

  // A new element inside the innermost open one, itself open until close(). An element
  // with no source line of its own (0) takes its parent's.
  int open(model::StructureType type, int line = 0);
  void close();
  // A new element inside the innermost open one that holds no others (Lbl, Link, Figure).
  int add(model::StructureType type, int line = 0) { return add_to(current(), type, line); }
  int add_to(int parent, model::StructureType type, int line = 0);
  int current() const { return open_.back(); }
  model::StructureElement& at(int element) { return elements_.at(element); }

  std::vector<model::StructureElement> take() { return std::move(elements_); }

  // Opens an element for as long as it lives.
  class Scope {
   public:
    Scope(Structure& structure, model::StructureType type, int line = 0)
        : structure_(structure), element(structure.open(type, line)) {}
    ~Scope() { structure_.close(); }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    Structure& structure_;

   public:
    const int element;
  };

 private:
  std::vector<model::StructureElement> elements_;
  std::vector<int> open_{0};  // the open elements, outermost (the Document) first
};

// Gives /Lang to the elements whose own text is in the other language of a Chinese–English
// résumé: an English publication title in a Chinese résumé reads as English ("en"), a
// Chinese name in an English one as Chinese ("zh"), so that a screen reader switches voice.
void mark_languages(model::PageSet& pages);

// H1 … H6 for a heading of `level` (clamped).
model::StructureType heading_type(int level);

}  // namespace jianli::layout
