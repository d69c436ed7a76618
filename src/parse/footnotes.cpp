#include "parse/footnotes.h"

#include <algorithm>

namespace jianli::parse {
namespace {

// `[^label]:` at the start of `line` (up to three spaces in): the label, and where the
// note's text begins; an empty label when the line is no definition.
std::pair<std::string, size_t> definition_label(std::string_view line) {
  size_t at = std::min(line.find_first_not_of(' '), line.size());
  if (at > 3 || line.substr(at, 2) != "[^") return {};
  const size_t close = line.find("]:", at + 2);
  if (close == std::string_view::npos || close == at + 2) return {};
  std::string_view label = line.substr(at + 2, close - at - 2);
  if (label.find_first_of(" \t[]") != std::string_view::npos) return {};
  return {std::string(label), close + 2};
}

bool is_fence(std::string_view line) {
  size_t at = std::min(line.find_first_not_of(' '), line.size());
  return at <= 3 && (line.substr(at).starts_with("```") || line.substr(at).starts_with("~~~"));
}

bool is_continuation(std::string_view line) {
  return line.starts_with("    ") || line.starts_with('\t');
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

CutFootnotes cut_footnote_definitions(std::string_view text, size_t body_offset) {
  CutFootnotes out;  // its text copied only once a definition is found
  int line_no = 1 + static_cast<int>(std::count(text.begin(), text.begin() + body_offset, '\n'));
  bool fenced = false;
  FootnoteDefinition* open = nullptr;  // the definition whose continuation may follow
  for (size_t begin = body_offset; begin < text.size(); ++line_no) {
    const size_t end = std::min(text.find('\n', begin), text.size());
    const std::string_view line = text.substr(begin, end - begin);
    auto blank = [&] {
      if (out.text.empty()) out.text = text;
      std::fill(out.text.begin() + begin, out.text.begin() + end, ' ');
    };
    if (is_fence(line)) fenced = !fenced, open = nullptr;
    auto [label, body] = fenced ? std::pair<std::string, size_t>{} : definition_label(line);
    if (!label.empty()) {
      out.definitions.push_back({label, std::string(trim(line.substr(body))), line_no});
      open = &out.definitions.back();
      blank();
    } else if (open && is_continuation(line) && !trim(line).empty()) {
      open->text += "\n";
      open->text += trim(line);
      blank();
    } else {
      open = nullptr;
    }
    begin = end + 1;
  }
  return out;
}

FootnoteNumbers::FootnoteNumbers(const std::vector<FootnoteDefinition>& definitions) {
  for (const FootnoteDefinition& d : definitions)
    if (defined_.emplace(d.label, 0).second) labels_.push_back(d.label);
}

model::Inlines FootnoteNumbers::mark_references(const model::Inlines& inlines) {
  if (defined_.empty()) return inlines;
  model::Inlines out;
  for (const model::Span& span : inlines) {
    if (span.code || span.text.find("[^") == std::string::npos) {
      out.push_back(span);
      continue;
    }
    size_t done = 0;
    for (size_t at = span.text.find("[^"); at != std::string::npos;
         at = span.text.find("[^", at + 2)) {
      const size_t close = span.text.find(']', at + 2);
      if (close == std::string::npos) break;
      auto found = defined_.find(span.text.substr(at + 2, close - at - 2));
      if (found == defined_.end()) continue;
      if (found->second == 0) {
        referenced_.push_back(found->first);
        found->second = static_cast<int>(referenced_.size());
      }
      model::Span before = span, mark = span;
      before.text = span.text.substr(done, at - done);
      mark.text = std::to_string(found->second);
      mark.shift = model::Shift::Super;
      if (!before.text.empty()) out.push_back(std::move(before));
      out.push_back(std::move(mark));
      done = close + 1;
    }
    model::Span rest = span;
    rest.text = span.text.substr(done);
    if (!rest.text.empty()) out.push_back(std::move(rest));
  }
  return out;
}

std::vector<std::string> FootnoteNumbers::order() const {
  std::vector<std::string> labels = referenced_;
  for (const std::string& label : labels_)
    if (defined_.at(label) == 0) labels.push_back(label);
  return labels;
}

}  // namespace jianli::parse
