#include "layout/flow.h"

#include <hb.h>

#include <algorithm>

#include "layout/capitals.h"
#include "layout/engine.h"
#include "layout/flow_helpers.h"
#include "layout/line.h"
#include "layout/linebreak.h"
#include "layout/prepare.h"

namespace jianli::layout {

Flow::Flow(const model::Document& doc, const model::LayoutSpec& spec, text::FontLibrary& library,
           bool chinese, const image::Catalog& images)
    : doc_(doc),
      spec_(spec),
      images_(images),
      fonts_(library, &spec.sources),
      chinese_(chinese),
      column_x_(spec.margin_left),
      column_width_(spec.page_width - spec.margin_left - spec.margin_right),
      dates_(spec.entry_dates) {}

void Flow::set_column(double x, double width) {
  column_x_ = x;
  column_width_ = width;
}

std::vector<Row> Flow::take_rows() {
  pending_space_ = 0;
  pending_page_break_ = false;
  return std::move(rows_);
}

void Flow::blocks(const std::vector<model::Block>& blocks, int depth) {
  for (const model::Block& block : blocks) this->block(block, depth);
}

Paragraph Flow::prepare_text(const StyledText& typed, const model::TextStyle& style, int line_no) {
  StyledText text = typed;
  if (!text.objects.empty()) size_objects(text, style.size);
  const model::SectionHeadingStyle& h = spec_.section_heading;
  const bool own_small_caps = section_text_ && h.small_caps && has_small_caps(style);
  if (section_text_ && !own_small_caps && (h.small_caps || h.uppercase))
    return capitals(text, style, line_no);
  PrepareContext ctx{fonts_, spec_.link_color, chinese_, missing_, doc_.meta.source_path, line_no};
  ctx.hyphenate = !chinese_;  // Chinese text keeps its English words whole
  ctx.language = chinese_ ? chinese_shaping_language(doc_.meta.lang) : "en";
  ctx.small_caps = own_small_caps;
  Paragraph p = prepare(text, style, ctx);
  if (own_small_caps) track_letters(p, h.letter_spacing * style.size);
  return p;
}

// Whether the style's Latin face has small capitals of its own (Noto Serif and Noto Sans do).
bool Flow::has_small_caps(const model::TextStyle& style) {
  const StyleFonts& fonts = fonts_.fonts(style, style.bold);
  return !fonts.latin.empty() && fonts.latin.front().face->has_feature(HB_TAG('s', 'm', 'c', 'p'));
}

size_t Flow::paragraph(const model::Inlines& inlines, const model::TextStyle& style, double indent,
                       model::Align align, int line_no, bool keep_with_next) {
  size_t first = rows_.size();
  Paragraph p = prepare_text(collect(inlines, style.bold), style, line_no);
  double width = measure() - indent;
  pending_space_ = std::max(pending_space_, style.space_before);
  if (align == model::Align::Justify && !column_justified_) align = model::Align::Left;
  const model::JustifyLimits& limits = spec_.justify;
  const std::vector<LineSpan> spans = break_lines(p, width, spec_.line_breaking, limits);
  // The layout may want a paragraph with one line too loose to justify set ragged throughout.
  if (align == model::Align::Justify && limits.too_loose == model::LooseLines::RaggedParagraph &&
      std::any_of(spans.begin(), spans.end(),
                  [&](const LineSpan& span) { return too_loose(p, span, width, limits); }))
    align = model::Align::Left;
  for (const LineSpan& span : spans) {
    SetLine line = set_line(p, span, width, align, limits);
    add_line(line, style, column_x_ + indent, keep_with_next, p.objects);
  }
  // No line alone at the foot (the first keeps the second) or at the head of a
  // page (the last but one keeps the last).
  size_t added = rows_.size() - first;
  if (added >= 2) {
    rows_[first].keep_with_next = true;
    rows_[rows_.size() - 2].keep_with_next = true;
  }
  pending_space_ = style.space_after;
  return added;
}

void Flow::add_line(SetLine& line, const model::TextStyle& style, double x, bool keep,
                    const std::vector<InlineObject>& objects) {
  Row row;
  row.space_before = pending_space_;
  row.break_before = pending_page_break_;
  pending_space_ = 0;
  pending_page_break_ = false;
  row.height = style.size * style.leading;
  // Centre the em box in the line; the baseline sits 0.88 em below the em box's top.
  double baseline = (row.height - style.size) / 2 + 0.88 * style.size;
  // An image stands on the em box's bottom, 0.12 em under the baseline, so that one an em
  // tall fills the box as a Chinese character does; a taller one pushes the line down.
  const double image_foot = 0.12 * style.size;
  double tallest = 0;
  for (const LineObject& o : line.objects) tallest = std::max(tallest, objects[o.object].height);
  double push = std::max(0.0, tallest - image_foot - baseline);
  baseline += push;
  row.height += push;
  for (const LineObject& o : line.objects) {
    const InlineObject& object = objects[o.object];
    double top = baseline + image_foot - object.height;
    row.images.push_back({.image = object.file,
                          .x = x + o.x,
                          .y = top,
                          .width = object.width,
                          .height = object.height,
                          .image_x = x + o.x,
                          .image_y = top,
                          .image_width = object.width,
                          .image_height = object.height,
                          .alt = object.image->alt});
  }
  for (model::TextRun& run : line.runs) {
    run.x += x;
    run.y = baseline;
    row.runs.push_back(std::move(run));
  }
  for (model::Link& link : line.links) {
    link.x += x;
    link.y = baseline - (link.y + link.height);
    row.links.push_back(std::move(link));
  }
  row.keep_with_next = keep;
  rows_.push_back(std::move(row));
}

void Flow::rule(const model::RuleStyle& rule, bool keep_with_next) {
  if (rule.width <= 0) return;
  Row row;
  row.space_before = pending_space_;
  row.break_before = pending_page_break_;
  pending_space_ = 0;
  pending_page_break_ = false;
  row.height = rule.gap * 2 + rule.width;
  row.boxes.push_back({column_x_, rule.gap, measure(), rule.width, rule.color});
  row.keep_with_next = keep_with_next;
  rows_.push_back(std::move(row));
}

void Flow::list(const model::Block& block, int depth) {
  const model::TextStyle& style = spec_.body_style;
  double indent = spec_.list_indent * (depth + 1);
  int number = block.start;
  for (const model::ListItem& item : block.items) {
    pending_space_ = std::max(pending_space_, spec_.item_gap);
    size_t first_row = rows_.size();
    for (size_t i = 0; i < item.blocks.size(); ++i) {
      const model::Block& child = item.blocks[i];
      if (child.kind == model::BlockKind::List) {
        list(child, depth + 1);
      } else if (child.kind == model::BlockKind::Image && child.image) {
        image_block(child, indent);
      } else if (child.kind == model::BlockKind::Paragraph) {
        // An item that is an entry keeps its first line with what follows it.
        bool more = i + 1 < item.blocks.size();
        if (!entry(child, style, indent, more, true))
          paragraph(child.inlines, style, indent, style.align, child.pos.line);
      } else {
        this->block(child, depth + 1);
      }
    }
    if (first_row < rows_.size()) {
      std::string marker = block.ordered ? std::to_string(number) + "." : bullet(depth);
      add_marker(rows_[first_row], marker, style, column_x_ + indent);
    }
    ++number;
  }
  pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
}

std::string Flow::bullet(int depth) const {
  if (spec_.bullets.empty()) return "•";
  return spec_.bullets[std::min<size_t>(depth, spec_.bullets.size() - 1)];
}

// Hangs a list marker in the indent, its right edge a third of an em before the text.
void Flow::add_marker(Row& row, const std::string& marker, const model::TextStyle& style,
                      double text_x) {
  if (row.runs.empty()) return;
  Paragraph p = prepare_text(collect(plain(marker)), style, 0);
  if (p.glyphs.empty()) return;
  SetLine line = set_line(p, {0, p.glyphs.size(), true}, 1000, model::Align::Left);
  double width = natural_width(p, 0, p.glyphs.size());
  double x = text_x - style.size / 3 - width;
  for (model::TextRun& run : line.runs) {
    run.x += x;
    run.y = row.runs.front().y;
    row.runs.insert(row.runs.begin(), std::move(run));
  }
}

// Until tables are laid out as grids: one line per row, cells parted by " | ".
void Flow::table_as_lines(const model::Table& table, int line_no) {
  for (const model::TableRow& row : table.rows) {
    model::Inlines line;
    for (const model::TableCell& cell : row.cells) {
      if (!line.empty()) line.push_back({.text = " | "});
      line.insert(line.end(), cell.inlines.begin(), cell.inlines.end());
    }
    pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
    paragraph(line, spec_.body_style, 0, model::Align::Left, line_no);
  }
}

void Flow::block(const model::Block& block, int depth) {
  switch (block.kind) {
    case model::BlockKind::Heading:
      heading(block);
      break;
    case model::BlockKind::Paragraph:
      pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
      paragraph(block.inlines, spec_.body_style, 0, spec_.body_style.align, block.pos.line);
      pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
      break;
    case model::BlockKind::List:
      list(block, depth);
      break;
    case model::BlockKind::Rule:
      pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
      rule(spec_.separator, false);
      break;
    case model::BlockKind::PageBreak:
      pending_page_break_ = true;
      break;
    case model::BlockKind::Code:
      pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
      paragraph(block.inlines, spec_.body_style, 0, model::Align::Left, block.pos.line);
      pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
      break;
    case model::BlockKind::Quote:
      blocks(block.children, depth);
      break;
    case model::BlockKind::Table:
      if (block.table) table_as_lines(*block.table, block.pos.line);
      break;
    case model::BlockKind::Image:
      if (block.image) image_block(block);
      break;
  }
}

}  // namespace jianli::layout
