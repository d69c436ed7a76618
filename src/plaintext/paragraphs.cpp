#include "plaintext/paragraphs.h"

#include <map>

namespace jianli::plaintext {
namespace {

void strip_trailing_spaces(std::string& s) {
  while (s.ends_with(' ')) s.pop_back();
}

// The address a reader compares with the text: no mailto:/tel:, no scheme, no slash at the end.
std::string bare(std::string uri) {
  for (const char* prefix : {"mailto:", "tel:", "https://", "http://"})
    if (uri.starts_with(prefix)) uri.erase(0, std::string_view(prefix).size());
  while (!uri.empty() && uri.back() == '/') uri.pop_back();
  return uri;
}

// What the runs of one element (a paragraph's, a heading's, a cell's) have said so far.
struct Open {
  size_t paragraph = 0;  // into the result
  // Where its last line so far is set, and how that line ended.
  size_t page = 0;
  double y = 0;
  model::LineEnd end = model::LineEnd::None;
  bool hyphenated = false;
  std::string break_spaces;
  // Within a line: the last run did not end it. `beside`: the line is text set on the same
  // baseline as the paragraph's line (an entry's dates flush right), kept for its end.
  bool in_line = false, in_beside = false;
  std::string beside;
  // The link being read: its address, and where its text starts in the text it is in.
  const std::string* uri = nullptr;
  size_t link_start = 0;
  bool link_beside = false;
};

class Joiner {
 public:
  explicit Joiner(const model::PageSet& pages) : structure_(pages.structure) {
    for (const model::Page& page : pages.pages)
      for (const model::Link& link : page.links)
        if (link.element >= 0 && link.uri >= 0 && static_cast<size_t>(link.uri) < pages.uris.size())
          uri_of_[link.element] = &pages.uris[link.uri];
  }

  void add(size_t page, const model::TextRun& run) {
    if (run.element < 0 || static_cast<size_t>(run.element) >= structure_.size()) return;
    const int element = block_of(run.element);
    auto found = open_.find(element);
    if (found == open_.end() || !starts_line_of(found->second, page, run)) {
      if (found != open_.end()) finish(found->second);
      out_.push_back({element, ""});
      found = open_.insert_or_assign(element, Open{.paragraph = out_.size() - 1}).first;
    }
    Open& open = found->second;
    std::string& text = open.in_beside ? open.beside : out_[open.paragraph].text;
    follow_link(open, run);
    text += run.text;
    if (open.in_beside) {
      open.in_line = run.line_end == model::LineEnd::None;
      return;
    }
    open.page = page, open.y = run.y;
    open.in_line = run.line_end == model::LineEnd::None;
    open.end = run.line_end;
    open.hyphenated = run.hyphenated;
    open.break_spaces = run.break_spaces;
  }

  std::vector<TextParagraph> take() {
    for (auto& [element, open] : open_) finish(open);
    open_.clear();
    return std::move(out_);
  }

 private:
  // A link's text is the Link element's; the paragraph is its parent's.
  int block_of(int element) const {
    const model::StructureElement& e = structure_[element];
    return e.type == model::StructureType::Link && e.parent >= 0 ? e.parent : element;
  }

  // Whether `run` goes on in `open`'s paragraph, and how: the rest of a line, text beside
  // its line, or its next line. Joins the lines as they were typed.
  bool starts_line_of(Open& open, size_t page, const model::TextRun& run) {
    const bool same_line = page == open.page && run.y == open.y;  // one baseline, to the bit
    if (open.in_line && same_line) return true;
    open.in_beside = false;
    if (same_line) {
      open.in_beside = true;
      if (!open.beside.empty()) open.beside += ' ';
      return true;
    }
    std::string& text = out_[open.paragraph].text;
    if (open.end == model::LineEnd::HardBreak) {
      strip_trailing_spaces(text);
      text += '\n';
      return true;
    }
    if (open.end != model::LineEnd::Wrap) return false;
    // The hyphen a break at a hyphenation point added goes: the word is whole again.
    if (open.hyphenated && text.ends_with('-')) text.pop_back();
    text += open.break_spaces;
    return true;
  }

  // A link ends where a run of other text (or of another address) starts, or its paragraph
  // ends; a link broken over lines is one Link element a line, each with the same address.
  void follow_link(Open& open, const model::TextRun& run) {
    auto found = uri_of_.find(run.element);
    const std::string* uri = found == uri_of_.end() ? nullptr : found->second;
    if (uri && open.uri && *uri == *open.uri && open.link_beside == open.in_beside) return;
    close_link(open);
    if (!uri) return;
    open.uri = uri;
    open.link_beside = open.in_beside;
    open.link_start = (open.in_beside ? open.beside : out_[open.paragraph].text).size();
  }

  // The address follows the link's text where that text does not say it.
  void close_link(Open& open) {
    if (!open.uri) return;
    std::string& text = open.link_beside ? open.beside : out_[open.paragraph].text;
    std::string shown = text.substr(open.link_start);
    const size_t trailing = shown.size() - std::min(shown.size(), shown.find_last_not_of(' ') + 1);
    strip_trailing_spaces(shown);
    const size_t lead = std::min(shown.find_first_not_of(' '), shown.size());
    shown.erase(0, lead);
    const std::string& uri = *open.uri;
    if (!uri.empty() && uri != shown && bare(uri) != bare(shown)) {
      strip_trailing_spaces(text);
      text += " (" + uri + ")" + std::string(trailing, ' ');
    }
    open.uri = nullptr;
  }

  void finish(Open& open) {
    close_link(open);
    std::string& text = out_[open.paragraph].text;
    strip_trailing_spaces(text);
    strip_trailing_spaces(open.beside);
    if (!open.beside.empty()) text += (text.empty() ? "" : " ") + open.beside;
    open.beside.clear();
  }

  const std::vector<model::StructureElement>& structure_;
  std::map<int, const std::string*> uri_of_;  // by Link element
  std::map<int, Open> open_;                  // by element: its last paragraph
  std::vector<TextParagraph> out_;
};

}  // namespace

std::vector<TextParagraph> paragraphs_of(const model::PageSet& pages) {
  Joiner joiner(pages);
  for (size_t p = 0; p < pages.pages.size(); ++p)
    for (const model::TextRun& run : pages.pages[p].runs) joiner.add(p, run);
  return joiner.take();
}

}  // namespace jianli::plaintext
