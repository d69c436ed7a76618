// GitHub footnotes, which md4c does not read: `[^label]: text` definitions are cut from
// the source before md4c sees it (their lines blanked, so that every other line keeps its
// number), and `[^label]` references become superscript numbers, counted in the order
// they are first met; the notes follow the résumé as a numbered list.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace jianli::parse {

struct FootnoteDefinition {
  std::string label;
  std::string text;  // the note, its continuation lines joined with "\n"
  int line = 0;      // 1-based line of `[^label]:` in the file
};

struct CutFootnotes {
  std::string text;  // the source with each definition's lines turned into spaces
  std::vector<FootnoteDefinition> definitions;
};

// Finds the definitions in `text` from `body_offset` on, outside fenced code blocks.
// A definition runs on over the lines indented by four spaces or a tab that follow it.
CutFootnotes cut_footnote_definitions(std::string_view text, size_t body_offset);

// The numbers references get, and the labels referenced that have no definition.
class FootnoteNumbers {
 public:
  explicit FootnoteNumbers(const std::vector<FootnoteDefinition>& definitions);

  // Spans with each `[^label]` of a defined label (outside code) as its number, raised.
  model::Inlines mark_references(const model::Inlines& inlines);

  // The labels in the order of their numbers: those referenced first, then the others.
  std::vector<std::string> order() const;
  size_t referenced() const { return referenced_.size(); }

 private:
  std::map<std::string, int> defined_;  // label -> 0, or its number once referenced
  std::vector<std::string> labels_;     // as defined, a label defined twice once
  std::vector<std::string> referenced_;
};

}  // namespace jianli::parse
