// Code blocks: each line as typed, its indentation kept, in the mono face on a tinted
// ground; a line too long for the measure wraps, its continuation at the same indent.
#include <algorithm>

#include "layout/flow.h"

namespace jianli::layout {
namespace {

// The block's lines: the spans between its "\n" spans.
std::vector<model::Inlines> code_lines(const model::Inlines& inlines) {
  std::vector<model::Inlines> lines(1);
  for (const model::Span& span : inlines) {
    if (span.text == "\n") {
      lines.emplace_back();
    } else {
      lines.back().push_back(span);
    }
  }
  return lines;
}

// Takes the leading spaces off a line and says how many there were.
size_t take_indent(model::Inlines& line) {
  size_t spaces = 0;
  for (model::Span& span : line) {
    const size_t lead = std::min(span.text.find_first_not_of(' '), span.text.size());
    spaces += lead;
    span.text.erase(0, lead);
    if (!span.text.empty()) break;
  }
  return spaces;
}

}  // namespace

void Flow::code_block(const model::Block& block) {
  const model::CodeBlockStyle& code = spec_.code;
  model::TextStyle style = spec_.body_style;
  style.size *= code.size;
  style.leading = code.leading;
  style.space_before = style.space_after = 0;
  const double padding = code.background ? code.padding : 0;
  const text::FontMatch& mono = fonts_.fonts(style, FaceKey{.mono = true}).latin.front();
  const double space = mono.face->advance(U' ') * style.size;

  pending_space_ = std::max(pending_space_, spec_.paragraph_gap + padding);
  const size_t first = rows_.size();
  model::SourcePos pos{block.pos.line, 0};  // each line of code on its own line
  // The text keeps `padding` off the tint's edges, on the right too, where long lines wrap.
  inset(padding, padding, [&] {
    for (model::Inlines& line : code_lines(block.inlines)) {
      const double indent = static_cast<double>(take_indent(line)) * space;
      if (paragraph(line, style, std::min(indent, measure() / 2), model::Align::Left, pos, false,
                    Spaces::Keep) == 0) {
        Row blank;  // an empty line of code keeps its height
        blank.space_before = pending_space_;
        blank.height = style.size * style.leading;
        rows_.push_back(std::move(blank));
      }
      pending_space_ = 0;
      if (pos.line > 0) ++pos.line;
    }
  });
  // The tint runs behind every row of the block, `padding` beyond the first and last.
  for (size_t i = first; code.background && i < rows_.size(); ++i) {
    const double above = i == first ? padding : 0;
    const double below = i + 1 == rows_.size() ? padding : 0;
    rows_[i].boxes.insert(
        rows_[i].boxes.begin(),
        {column_x_, -above, measure(), rows_[i].height + above + below, *code.background});
  }
  pending_space_ = spec_.paragraph_gap + padding;
}

}  // namespace jianli::layout
