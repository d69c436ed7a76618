// Code blocks: each line as typed, its indentation kept, in the mono face on a tinted
// ground; a line too long for the measure wraps, its continuation at the same indent.
#include <algorithm>

#include "layout/flow.h"
#include "text/chars.h"
#include "text/utf8.h"

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

bool has_han(const model::Inlines& inlines) {
  for (const model::Span& span : inlines)
    for (char32_t cp : text::to_utf32(span.text))
      if (text::is_han(cp)) return true;
  return false;
}

// A block with Chinese in it is set in the first of the layout's mono faces that has Chinese
// (Noto Sans Mono CJK SC, whose Latin is half an em): Han takes exactly two cells, so the
// block keeps its columns. In DejaVu Sans Mono, whose cell is 0.6 em, "|苹果|12  |" ended
// 0.8 em right of the "|名称|数量|" above it, and a space beside Han was a 0.6 em hole that
// pdfaudit took for a loose line (corpus 18). Latin code keeps the first face, which
// reads better among Latin text.
void prefer_mono_with_chinese(model::TextStyle& style, FontTable& fonts) {
  for (auto family = style.mono_families.begin(); family != style.mono_families.end(); ++family) {
    model::TextStyle alone = style;
    alone.mono_families = {*family};
    if (fonts.fonts(alone, FaceKey{.mono = true}).latin.front().face->has_glyph(U'中')) {
      std::rotate(style.mono_families.begin(), family, family + 1);
      return;
    }
  }
}

}  // namespace

void Flow::code_block(const model::Block& block) {
  const model::CodeBlockStyle& code = spec_.code;
  model::TextStyle style = spec_.body_style;
  style.size *= code.size;
  style.leading = code.leading;
  style.space_before = style.space_after = 0;
  if (has_han(block.inlines)) prefer_mono_with_chinese(style, fonts_);
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
