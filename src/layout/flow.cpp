#include "layout/flow.h"

#include <hb.h>

#include <algorithm>
#include <utility>

#include "layout/capitals.h"
#include "layout/engine.h"
#include "layout/flow_helpers.h"
#include "layout/line.h"
#include "layout/linebreak.h"
#include "layout/prepare.h"

namespace jianli::layout {
namespace {

bool ends_with_colon(const model::Inlines& inlines) {
  std::string text = model::plain_text(inlines);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  return text.ends_with(":") || text.ends_with("：");
}

// The inlines before the first hard line break, and those after it.
std::pair<model::Inlines, model::Inlines> split_at_first_break(const model::Inlines& inlines) {
  for (size_t i = 0; i < inlines.size(); ++i) {
    const size_t at = inlines[i].text.find('\n');
    if (at == std::string::npos || inlines[i].image) continue;
    model::Inlines line(inlines.begin(), inlines.begin() + static_cast<std::ptrdiff_t>(i));
    model::Inlines rest(inlines.begin() + static_cast<std::ptrdiff_t>(i), inlines.end());
    model::Span head = inlines[i];
    head.text.resize(at);
    if (!head.text.empty()) line.push_back(std::move(head));
    rest.front().text.erase(0, at + 1);
    if (rest.front().text.empty()) rest.erase(rest.begin());
    return {std::move(line), std::move(rest)};
  }
  return {inlines, {}};
}

}  // namespace

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
  clear_float();
  pending_space_ = 0;
  pending_page_break_ = false;
  pending_keeps_ = 0;
  return std::move(rows_);
}

void Flow::blocks(const std::vector<model::Block>& blocks, int depth) {
  for (const model::Block& block : blocks) this->block(block, depth);
}

Paragraph Flow::prepare_text(const StyledText& typed, const model::TextStyle& style,
                             model::SourcePos pos) {
  StyledText text = typed;
  if (!text.objects.empty()) size_objects(text, style.size);
  const model::SectionHeadingStyle& h = spec_.section_heading;
  const bool own_small_caps = section_text_ && h.small_caps && has_small_caps(style);
  if (section_text_ && !own_small_caps && (h.small_caps || h.uppercase))
    return capitals(text, style, pos);
  PrepareContext ctx{.fonts = fonts_,
                     .link_color = spec_.link_color,
                     .chinese_default = chinese_,
                     .missing = missing_,
                     .uris = uris_,
                     .file = doc_.meta.source_path,
                     .pos = pos};
  // English words are hyphenated (en-US patterns) in Chinese documents too: English references
  // were the 7 lines of the Chinese seed's sidebar set ragged as too loose (issue 11).
  ctx.hyphenate = true;
  ctx.hyphenation = spec_.hyphenation;
  ctx.language = chinese_ ? chinese_shaping_language(doc_.meta.lang) : "en";
  ctx.small_caps = own_small_caps;
  ctx.emphasis = spec_.emphasis;
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
                       model::Align align, model::SourcePos pos, bool keep_with_next, Spaces spaces,
                       double first_line_indent) {
  size_t first = rows_.size();
  Paragraph p = prepare_text(collect(inlines, style.bold, spaces), style, pos);
  const double width = measure() - indent;
  pending_space_ = std::max(pending_space_, style.space_before);
  if (align == model::Align::Justify && !column_justified_) align = model::Align::Left;
  const model::JustifyLimits& limits = spec_.justify;
  // The lines beside a floated image are narrower, the rest have the full measure; else the
  // first line may be indented (首行缩进), no further than half the measure.
  Beside beside = beside_float(column_x_ + indent, width, style);
  const bool floated = beside.lines > 0;
  if (!floated && first_line_indent > 0) {
    const double shift = std::min(first_line_indent, width / 2);
    beside = {1, column_x_ + indent + shift, width - shift};
  }
  auto line_width = [&](size_t i) { return i < beside.lines ? beside.width : width; };
  const std::vector<LineSpan> spans =
      break_lines(p, beside.width, beside.lines, width, spec_.line_breaking, limits);
  auto loose = [&](size_t i) { return too_loose(p, spans[i], line_width(i), limits); };
  if (align == model::Align::Justify)
    for (size_t i = 0; i < spans.size(); ++i)
      if (loose(i)) loose_lines_.push_back(line_text(p, spans[i]));
  // The layout may want a paragraph with one line too loose to justify set ragged throughout.
  if (align == model::Align::Justify && limits.too_loose == model::LooseLines::RaggedParagraph)
    for (size_t i = 0; i < spans.size() && align == model::Align::Justify; ++i)
      if (loose(i)) align = model::Align::Left;
  for (size_t i = 0; i < spans.size(); ++i) {
    SetLine line = set_line(p, spans[i], line_width(i), align, limits);
    // A line beside the float keeps with the next, so that the image stays whole on its page.
    const bool narrow = i < beside.lines;
    add_line(line, style, narrow ? beside.x : column_x_ + indent,
             keep_with_next || (floated && narrow), p.objects);
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
  start_float(row);
  // Centre the em box in the line; the baseline sits 0.88 em below the em box's top.
  double baseline = (row.height - style.size) / 2 + 0.88 * style.size;
  // An image stands on the em box's bottom, 0.12 em under the baseline, so that one an em
  // tall fills the box as a Chinese character does; a taller one pushes the line down.
  const double image_foot = 0.12 * style.size;
  const double push = image_push(line, objects, baseline, image_foot);
  baseline += push;
  row.height += push;
  place_images(line, objects, x, baseline, image_foot, row.images);
  stamp(line, structure_.current());
  // An inline image is a Figure read with its alt text; one without (an icon beside a
  // contact link) says nothing and is an artifact, as in a table cell (PDF/UA 7.3).
  for (model::PlacedImage& image : row.images) {
    if (image.alt.empty()) continue;
    image.element = structure_.add(model::StructureType::Figure);
    structure_.at(image.element).alt = image.alt;
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
  for (model::Box& box : line.boxes) {
    box.x += x;
    box.y = baseline - (box.y + box.height);
    row.boxes.push_back(box);
  }
  row.keep_with_next = take_pending_keep() || keep;
  rows_.push_back(std::move(row));
}

void Flow::stamp(SetLine& line, int element) {
  std::vector<int> link_elements;
  for (model::Link& link : line.links) {
    link.element = structure_.add_to(element, model::StructureType::Link);
    link_elements.push_back(link.element);
  }
  for (size_t i = 0; i < line.runs.size(); ++i) {
    const int link = i < line.run_links.size() ? line.run_links[i] : -1;
    line.runs[i].element = link >= 0 ? link_elements.at(link) : element;
  }
}

bool Flow::take_pending_keep() {
  if (pending_keeps_ == 0) return false;
  --pending_keeps_;
  return true;
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
  row.keep_with_next = take_pending_keep() || keep_with_next;
  rows_.push_back(std::move(row));
}

constexpr double kMaxListIndentShare = 0.4;

void Flow::list(const model::Block& block, int depth) {
  const model::TextStyle& style = spec_.body_style;
  // Indents stop growing at two fifths of the measure, so that the deepest item (16
  // levels, or a layout's 200 pt indent at level four) keeps room for its text.
  double indent = std::min(spec_.list_indent * (depth + 1), measure() * kMaxListIndentShare);
  int number = block.start;
  Structure::Scope list_element(structure_, model::StructureType::L, block.pos.line);
  for (const model::ListItem& item : block.items) {
    pending_space_ = std::max(pending_space_, spec_.item_gap);
    size_t first_row = rows_.size();
    // The marker hangs before the item's text, after an image floated left beside it.
    const double text_x = beside_float(column_x_ + indent, measure() - indent, style).x;
    const int item_line = item.blocks.empty() ? 0 : item.blocks.front().pos.line;
    Structure::Scope item_element(structure_, model::StructureType::LI, item_line);
    const int label = structure_.add(model::StructureType::Lbl);
    Structure::Scope body(structure_, model::StructureType::LBody);
    for (size_t i = 0; i < item.blocks.size(); ++i) {
      const model::Block& child = item.blocks[i];
      if (child.kind == model::BlockKind::List) {
        list(child, depth + 1);
      } else if (child.kind == model::BlockKind::Image && child.image) {
        image_block(child, indent);
      } else if (child.kind == model::BlockKind::Paragraph) {
        // An item that is an entry keeps its first line with what follows it.
        bool more = i + 1 < item.blocks.size();
        if (!child.right.empty())
          text_block(child, style, indent, child.align.value_or(style.align), false);
        else if (entry(child, style, indent, more, EntryOf::ListItem))
          pending_keeps_ = more ? 1 : 0;  // and the first line of what it introduces
        else
          text_block(child, style, indent, child.align.value_or(style.align), false);
      } else if (child.kind == model::BlockKind::Code || child.kind == model::BlockKind::Quote) {
        // Set in the item's own column, under its text, while ten body ems of it are left.
        const double item = measure() - indent >= 10 * style.size ? indent : 0;
        inset(item, 0, [&] { this->block(child, depth + 1); });
      } else {
        this->block(child, depth + 1);
      }
    }
    if (first_row < rows_.size())
      add_marker(rows_[first_row], marker(block, item, number, depth), style, text_x, label);
    ++number;
  }
  pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
}

// A task item's box, else the item's number or the level's bullet.
std::string Flow::marker(const model::Block& list, const model::ListItem& item, int number,
                         int depth) const {
  if (item.checked) return *item.checked ? spec_.task_done : spec_.task_open;
  return list.ordered ? std::to_string(number) + "." : bullet(depth);
}

std::string Flow::bullet(int depth) const {
  if (spec_.bullets.empty()) return "•";
  return spec_.bullets[std::min<size_t>(depth, spec_.bullets.size() - 1)];
}

// Hangs a list marker in the indent, its right edge a third of an em before the text.
void Flow::add_marker(Row& row, const std::string& marker, const model::TextStyle& style,
                      double text_x, int label) {
  if (row.runs.empty()) return;
  Paragraph p = prepare_text(collect(plain(marker)), style, {});
  if (p.glyphs.empty()) return;
  SetLine line = set_line(p, {0, p.glyphs.size(), true}, 1000, model::Align::Left);
  double width = natural_width(p, 0, p.glyphs.size());
  double x = text_x - style.size / 3 - width;
  stamp(line, label);
  for (model::TextRun& run : line.runs) {
    run.x += x;
    run.y = row.runs.front().y;
    row.runs.insert(row.runs.begin(), std::move(run));
  }
}

// A paragraph or heading as the résumé aligned it, with its flush-right text (HTML's
// `float: right`) on its first line; where there is no room for that, after the text.
// Where the column sets dates below their titles (sidebar's side column), the flush-right
// text goes there too, in the dates' look: it is where résumés put dates
// (`<span style="float:right">2014–2018</span>`), and set flush right in 55 mm it stood
// apart from the entries' dates below theirs. Returns the rows added.
size_t Flow::text_block(const model::Block& block, const model::TextStyle& style, double indent,
                        model::Align align, bool keep_with_next) {
  if (block.right.empty())
    return paragraph(block.inlines, style, indent, align, block.pos, keep_with_next,
                     Spaces::Collapse, block.first_indent * style.size);
  if (align == model::Align::Justify) align = model::Align::Left;  // a ragged line beside it
  size_t first = rows_.size();
  if (dates_ == model::DatePlace::Below) {
    // Under the first typed line, the one the right text stood on; the lines typed after
    // it (`<br>主修课程：…`) follow the dates.
    auto [line, rest] = split_at_first_break(block.inlines);
    paragraph(line, style, indent, align, block.pos, true);
    pending_space_ = 0;
    paragraph(block.right, below_dates_style(style), indent, model::Align::Left, block.pos,
              keep_with_next || !rest.empty());
    pending_space_ = 0;
    paragraph(rest, style, indent, align, block.pos, keep_with_next);
    pending_space_ = style.space_after;
    return rows_.size() - first;
  }
  if (with_right_text(block.inlines, block.right, style, indent, align, block.pos, keep_with_next,
                      kAnyLines))
    return rows_.size() - first;
  model::Inlines both = block.inlines;
  if (!both.empty()) both.push_back({.text = " "});
  both.insert(both.end(), block.right.begin(), block.right.end());
  return paragraph(both, style, indent, align, block.pos, keep_with_next);
}

void Flow::block(const model::Block& block, int depth) {
  // Only text is set beside a floated image; anything else starts below it.
  const bool text = block.kind == model::BlockKind::Paragraph ||
                    block.kind == model::BlockKind::List || block.kind == model::BlockKind::Image;
  if (!text) clear_float();
  switch (block.kind) {
    case model::BlockKind::Heading:
      heading(block);
      break;
    case model::BlockKind::Paragraph: {
      Structure::Scope element(structure_, model::StructureType::P, block.pos.line);
      pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
      // A paragraph that starts with dates ("2010.09　—　2014.06　　郑州轻工业大学") is set
      // as the list items that do are.
      const bool as_entry =
          block.right.empty() && entry(block, spec_.body_style, 0, false, EntryOf::Paragraph);
      // A lead-in ending in a colon stays with the first line of what it introduces.
      if (!as_entry &&
          text_block(block, spec_.body_style, 0, block.align.value_or(spec_.body_style.align),
                     false) > 0 &&
          ends_with_colon(block.inlines))
        rows_.back().keep_with_next = true;
      pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
      break;
    }
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
    case model::BlockKind::Code: {
      Structure::Scope element(structure_, model::StructureType::Code, block.pos.line);
      code_block(block);
      break;
    }
    case model::BlockKind::Quote: {
      Structure::Scope element(structure_, model::StructureType::BlockQuote, block.pos.line);
      quote(block, depth);
      break;
    }
    case model::BlockKind::Table:
      // Inside a list item (depth > 0) a table lines up with the item's text.
      if (block.table) table(block, spec_.list_indent * depth);
      break;
    case model::BlockKind::Image:
      if (block.image) image_block(block);
      break;
  }
}

}  // namespace jianli::layout
