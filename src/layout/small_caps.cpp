// Small capitals for a section heading whose Latin face has none of its own (smcp): the
// letters typed in lower case are set as capitals at 0.8 of the size.
// A paragraph has one size, so the heading is set as segments of one size each,
// placed side by side on one line; a heading too long for one line is set in full
// capitals instead (capitals in section_heading.cpp).
#include <algorithm>

#include "layout/capitals.h"
#include "layout/flow.h"

namespace jianli::layout {
namespace {

constexpr double kSmallCapScale = 0.8;
constexpr double kWordSpace = 0.3;  // em, between segments where a space was typed

struct Segment {
  StyledText text;
  bool small = false;
  bool space_before = false;  // a space stood before it (collect drops edge spaces)
};

Segment slice(const StyledText& in, size_t begin, size_t end, bool small, bool space_before) {
  Segment s{{}, small, space_before};
  s.text.text = in.text.substr(begin, end - begin);
  s.text.style.assign(in.style.begin() + begin, in.style.begin() + end);
  s.text.styles = in.styles;
  s.text.link.assign(in.link.begin() + begin, in.link.begin() + end);
  s.text.links = in.links;
  s.text.typed = s.text.text;  // the PDF's text stays as typed ("Summary", not "SUMMARY")
  for (char32_t& c : s.text.text) c = latin_capital(c);
  return s;
}

// Runs of lower-case Latin letters and runs of everything else; a space between
// two characters of one run stays in it, a space between two runs separates them.
std::vector<Segment> segments(const StyledText& in) {
  std::vector<Segment> out;
  const size_t n = in.text.size();
  bool space = false;
  for (size_t i = 0; i < n;) {
    if (in.text[i] == U' ') {
      space = true;
      ++i;
      continue;
    }
    bool small = latin_lower(in.text[i]);
    size_t j = i + 1;
    while (j < n) {
      bool next_same = j + 1 < n && in.text[j + 1] != U' ' && latin_lower(in.text[j + 1]) == small;
      if (in.text[j] == U' ' ? !next_same : latin_lower(in.text[j]) != small) break;
      ++j;
    }
    out.push_back(slice(in, i, j, small, space));
    space = false;
    i = j;
  }
  return out;
}

struct Placed {
  Paragraph p;
  double x = 0, width = 0;
  bool space_before = false;
};

}  // namespace

bool Flow::small_caps_line(const model::Block& block, const model::TextStyle& style,
                           double indent) {
  if (has_small_caps(style)) return false;  // the font's own small capitals: a plain paragraph
  std::vector<Segment> parts = segments(collect(block.inlines, style.bold));
  if (std::none_of(parts.begin(), parts.end(), [](const Segment& s) { return s.small; }))
    return false;
  model::TextStyle small_style = style;
  small_style.size = style.size * kSmallCapScale;
  const double spacing = spec_.section_heading.letter_spacing * style.size;

  std::vector<Placed> placed;
  double x = 0;
  section_text_ = false;  // the segments are capitals already
  for (const Segment& part : parts) {
    Paragraph p = prepare_text(part.text, part.small ? small_style : style, block.pos);
    if (p.glyphs.empty()) continue;
    track_letters(p, spacing);
    if (!placed.empty()) {
      bool letters = text::is_latin_alnum(placed.back().p.glyphs.back().cp) &&
                     text::is_latin_alnum(p.glyphs.front().cp);
      x += part.space_before ? kWordSpace * style.size : letters ? spacing : 0;
    }
    double width = natural_width(p, 0, p.glyphs.size());
    placed.push_back({std::move(p), x, width, part.space_before});
    x += width;
  }
  section_text_ = true;
  if (placed.empty() || x > measure() - indent) return false;

  SetLine line;
  for (Placed& part : placed) {
    // Keep the typed space in the PDF's text, as set_line does, so that copying
    // the heading gives its words.
    if (part.space_before && !line.runs.empty() && !line.runs.back().glyphs.empty()) {
      line.runs.back().text += ' ';
      line.runs.back().glyphs.back().text_size += 1;
    }
    SetLine set = set_line(part.p, {0, part.p.glyphs.size(), true}, part.width, model::Align::Left);
    for (model::TextRun& run : set.runs) {
      run.x += part.x;
      line.runs.push_back(std::move(run));
    }
    const int links_before = static_cast<int>(line.links.size());
    for (int link : set.run_links) line.run_links.push_back(link < 0 ? -1 : link + links_before);
    for (model::Link& link : set.links) {
      link.x += part.x;
      line.links.push_back(std::move(link));
    }
  }
  // The parts make one line: it ends where the last part does.
  for (model::TextRun& run : line.runs) run.line_end = model::LineEnd::None;
  if (!line.runs.empty()) line.runs.back().line_end = model::LineEnd::Paragraph;
  pending_space_ = std::max(pending_space_, style.space_before);
  add_line(line, style, column_x_ + indent, true);
  pending_space_ = style.space_after;
  return true;
}

}  // namespace jianli::layout
