#include "plaintext/portal_text.h"

#include <algorithm>
#include <map>
#include <set>

#include "plaintext/paragraphs.h"
#include "text/list_marker.h"
#include "text/utf8.h"

namespace jianli::plaintext {
namespace {

using model::StructureType;

bool is_heading(StructureType type) {
  return type >= StructureType::H1 && type <= StructureType::H6;
}

int heading_level(StructureType type) {
  return static_cast<int>(type) - static_cast<int>(StructureType::H1) + 1;
}

// Where an element stands in the structure tree the layout made.
class Tree {
 public:
  explicit Tree(const std::vector<model::StructureElement>& elements)
      : elements_(elements), children_(elements.size()) {
    for (size_t e = 1; e < elements.size(); ++e)
      if (valid(elements[e].parent)) children_[elements[e].parent].push_back(static_cast<int>(e));
  }

  bool valid(int e) const { return e >= 0 && static_cast<size_t>(e) < elements_.size(); }
  StructureType type(int e) const { return elements_[e].type; }
  int parent(int e) const { return elements_[e].parent; }
  int line(int e) const { return elements_[e].line; }
  const std::vector<int>& children(int e) const { return children_[e]; }

  // The Document's child that holds `e`: one block of the source.
  int block(int e) const {
    while (valid(parent(e)) && parent(e) != 0) e = parent(e);
    return e;
  }

  // `e` or its nearest ancestor that is one of `types`; -1: none.
  int nearest(int e, std::initializer_list<StructureType> types) const {
    for (; valid(e); e = parent(e))
      if (std::find(types.begin(), types.end(), type(e)) != types.end()) return e;
    return -1;
  }

  int lists_around(int e) const {
    int lists = 0;
    for (; valid(e); e = parent(e)) lists += type(e) == StructureType::L;
    return lists;
  }

 private:
  const std::vector<model::StructureElement>& elements_;
  std::vector<std::vector<int>> children_;
};

// A blank line parts two blocks, but for the header's name and contact lines, an entry's
// title and what it says of the entry (a heading under the section's), and a lead-in and
// its list ("Key achievements:").
bool blank_between(const Tree& tree, int before, int after) {
  if (tree.line(before) == 0 && tree.line(after) == 0) return false;  // the header
  const StructureType first = tree.type(before), second = tree.type(after);
  if (is_heading(second)) return true;
  if (is_heading(first)) return heading_level(first) <= 2;
  return !(first == StructureType::P && second == StructureType::L);
}

std::string trimmed(const std::string& s) {
  size_t begin = s.find_first_not_of(' '), end = s.find_last_not_of(' ');
  return begin == std::string::npos ? std::string() : s.substr(begin, end - begin + 1);
}

// A bullet as "-", which every form takes; a number or a task box as set.
std::string marker_of(const std::string& label) {
  const std::string marker = trimmed(label);
  return text::is_bullet(text::to_utf32(marker)) ? "-" : marker;
}

// A table row on one line, its cells (a cell's lines and paragraphs joined by spaces)
// parted by " | "; empty cells at the end left out.
std::string row_line(const Tree& tree, int row, const std::map<int, std::string>& cell_text) {
  std::vector<std::string> cells;
  for (int cell : tree.children(row)) {
    auto found = cell_text.find(cell);
    cells.push_back(found == cell_text.end() ? "" : found->second);
  }
  while (!cells.empty() && cells.back().empty()) cells.pop_back();
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) line += (i > 0 ? " | " : "") + cells[i];
  return line;
}

// `text`'s lines (hard breaks), the first after `first`, the others after `indent`.
void write_lines(const std::string& text, const std::string& first, const std::string& indent,
                 std::string& out) {
  size_t begin = 0;
  for (bool is_first = true; begin <= text.size(); is_first = false) {
    const size_t end = std::min(text.find('\n', begin), text.size());
    std::string line = (is_first ? first : indent) + text.substr(begin, end - begin);
    while (line.ends_with(' ')) line.pop_back();
    out += line + '\n';
    begin = end + 1;
  }
}

}  // namespace

std::string portal_text(const model::PageSet& pages) {
  const Tree tree(pages.structure);
  std::vector<TextParagraph> paragraphs = paragraphs_of(pages);
  // The blocks in source order, as the PDF's structure tree reads them: a sidebar's column
  // and the main one are each read whole, never line by line across.
  std::stable_sort(paragraphs.begin(), paragraphs.end(), [&](const auto& a, const auto& b) {
    return tree.line(tree.block(a.element)) < tree.line(tree.block(b.element));
  });
  const std::initializer_list<StructureType> kCells = {StructureType::TD, StructureType::TH};
  std::map<int, std::string> cell_text;
  for (const TextParagraph& p : paragraphs)
    if (const int cell = tree.nearest(p.element, kCells); cell >= 0 && !p.text.empty()) {
      std::string& text = cell_text[cell];
      text += (text.empty() ? "" : " ") + p.text;
      std::replace(text.begin(), text.end(), '\n', ' ');
    }

  std::string out;
  int previous_block = -1;
  std::set<int> rows_written;
  std::map<int, std::string> markers;  // by list item: its marker, until its first line
  for (const TextParagraph& p : paragraphs) {
    if (p.text.empty()) continue;
    const int block = tree.block(p.element);
    if (block != previous_block) {
      if (previous_block >= 0 && blank_between(tree, previous_block, block)) out += '\n';
      previous_block = block;
    }
    if (tree.type(p.element) == StructureType::Lbl) {
      markers[tree.nearest(p.element, {StructureType::LI})] = marker_of(p.text);
      continue;
    }
    if (const int cell = tree.nearest(p.element, kCells); cell >= 0) {
      if (rows_written.insert(tree.parent(cell)).second)
        write_lines(row_line(tree, tree.parent(cell), cell_text), "", "", out);
      continue;
    }
    std::string first, indent;
    if (const int item = tree.nearest(p.element, {StructureType::LI}); item >= 0) {
      // A nested list's items under their parent's text; an item's later lines under its first.
      indent.assign(2 * static_cast<size_t>(tree.lists_around(p.element) - 1), ' ');
      auto marker = markers.find(item);
      first = indent + (marker != markers.end() ? marker->second + " " : "  ");
      if (marker != markers.end()) markers.erase(marker);
      indent += "  ";
    }
    write_lines(p.text, first, indent, out);
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace jianli::plaintext
