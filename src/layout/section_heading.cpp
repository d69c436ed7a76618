// Headings, and how a layout sets sections apart: a rule under the heading, a bar
// at its left, a tinted band behind it, or nothing; Latin letters of section
// headings may be set as capitals or small capitals (Chinese is left alone).
#include <algorithm>

#include "layout/capitals.h"
#include "layout/flow.h"

namespace jianli::layout {

void Flow::heading(const model::Block& block) {
  const model::TextStyle& style = block.level <= 2   ? spec_.section_style
                                  : block.level == 3 ? spec_.entry_style
                                                     : spec_.subentry_style;
  const model::SectionHeadingStyle& h = spec_.section_heading;
  bool section = block.level <= 2;
  double inset = 0;
  if (section && h.decoration == model::Decoration::Bar) inset = h.bar_width + h.inset;
  if (section && h.decoration == model::Decoration::Band) inset = h.inset;
  size_t first = rows_.size();
  Structure::Scope element(structure_, heading_type(block.level), block.pos.line);
  section_text_ = section;
  // The small-capital line is set flush left, alone on its line.
  bool plain = !block.entry && !block.align && block.right.empty();
  bool small_caps = section && h.small_caps && plain && small_caps_line(block, style, inset);
  if (!small_caps && (!block.right.empty() || !entry(block, style, inset, true, EntryOf::Heading)))
    text_block(block, style, inset, block.align.value_or(style.align), true);
  section_text_ = false;
  if (first < rows_.size()) {
    std::string title = model::plain_text(block.inlines);
    rows_[first].bookmark = model::Bookmark{title, 0, 0, std::max(1, block.level - 1)};
  }
  if (section) {
    decorate_section(first, rows_.size());
    if (h.decoration == model::Decoration::Rule) rule(spec_.section_rule, true);
    pending_space_ = style.space_after;
  }
  // The heading (its rows keep with the next) and the first two lines of its text stay
  // on one page.
  if (first < rows_.size()) pending_keeps_ = 1;
}

// Adds the bar or band to the rows [first, end) of a section heading.
void Flow::decorate_section(size_t first, size_t end) {
  const model::SectionHeadingStyle& h = spec_.section_heading;
  const double size = spec_.section_style.size;
  for (size_t i = first; i < end; ++i) {
    Row& row = rows_[i];
    if (h.decoration == model::Decoration::Band) {
      row.boxes.insert(row.boxes.begin(), {column_x_, 0, measure(), row.height, h.fill});
    } else if (h.decoration == model::Decoration::Bar && !row.runs.empty()) {
      // From the cap line of the first line to just under the baseline of the last,
      // unbroken between the lines of a long heading.
      double baseline = row.runs.front().y;
      double top = i == first ? baseline - 0.86 * size : 0;
      double bottom = i + 1 == end ? baseline + 0.1 * size : row.height;
      row.boxes.push_back({column_x_, top, h.bar_width, bottom - top, h.fill});
    }
  }
}

// A section heading's text with its Latin letters as capitals, spaced by
// `letter_spacing` as capitals want. (Small capitals are set by small_caps.cpp.)
Paragraph Flow::capitals(const StyledText& text, const model::TextStyle& style,
                         model::SourcePos pos) {
  const model::SectionHeadingStyle& h = spec_.section_heading;
  StyledText upper = text;
  upper.typed = text.typed.empty() ? text.text : text.typed;  // copies as typed
  for (char32_t& c : upper.text) c = latin_capital(c);
  section_text_ = false;  // prepare the capitals themselves as plain text
  Paragraph p = prepare_text(upper, style, pos);
  section_text_ = true;
  track_letters(p, h.letter_spacing * style.size);
  return p;
}

}  // namespace jianli::layout
