// The header: the person's name and the contact lines under it, left, centred, or
// split (name on the left, contact lines right-aligned beside it); in a side
// column, the contact lines one item a line.
#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <string_view>

#include "layout/flow.h"

namespace jianli::layout {
namespace {

// Separators between the items of a contact line ("1990年，Email：…", "a | b").
const char* const kSeparators[] = {"，", "；", "｜", "|", "·", ", "};

// Spaces at an item's ends are dropped when it is set (collect), so they may stay.
bool blank(const std::string& s) { return s.find_first_not_of(' ') == std::string::npos; }

// The items of a contact line; separators inside links (an address) are kept. Linear
// in the line's length: each separator's next place is found once and kept until the
// cut passes it (a line of 100,000 items took 69 s when every cut searched afresh).
std::vector<model::Inlines> contact_items(const model::Inlines& line) {
  constexpr size_t kCount = std::size(kSeparators);
  std::vector<model::Inlines> items(1);
  for (const model::Span& span : line) {
    std::string_view text = span.text;
    model::Span style = span;  // copied once without its text, for each item's span
    style.text = {};
    size_t done = 0;
    std::array<size_t, kCount> next;  // each separator's next place at or after `done`
    for (size_t i = 0; i < kCount; ++i) next[i] = text.find(kSeparators[i]);
    while (span.link.empty()) {
      size_t at = std::string_view::npos, len = 0;
      for (size_t i = 0; i < kCount; ++i) {
        if (next[i] != std::string_view::npos && next[i] < done)
          next[i] = text.find(kSeparators[i], done);
        if (next[i] < at) at = next[i], len = std::char_traits<char>::length(kSeparators[i]);
      }
      if (at == std::string_view::npos) break;
      model::Span head = style;
      head.text = text.substr(done, at - done);
      if (!blank(head.text)) items.back().push_back(head);
      items.emplace_back();
      done = at + len;
    }
    model::Span tail = style;
    tail.text = text.substr(done);
    if (!blank(tail.text)) items.back().push_back(tail);
  }
  std::erase_if(items, [](const model::Inlines& item) { return item.empty(); });
  return items;
}

// Depth below a block's top of each row's top, rows in [first, end).
std::vector<double> row_tops(const std::vector<Row>& rows, size_t first, size_t end) {
  std::vector<double> tops;
  double y = 0;
  for (size_t i = first; i < end; ++i) {
    if (i > first) y += rows[i].space_before;
    tops.push_back(y);
    y += rows[i].height;
  }
  tops.push_back(y);  // the block's height
  return tops;
}

void move_into(Row& target, const Row& row, double dy) {
  for (model::TextRun run : row.runs) {
    run.y += dy;
    target.runs.push_back(std::move(run));
  }
  for (model::Link link : row.links) {
    link.y += dy;
    target.links.push_back(std::move(link));
  }
}

}  // namespace

void Flow::header(bool contact) {
  // A résumé with no name, no contact lines and no photo has no header, and no rule
  // under one.
  if (doc_.name.empty() && (!contact || doc_.contact.empty()) && !doc_.photo) return;
  bool split = spec_.header_align == model::HeaderAlign::Split && contact && !doc_.contact.empty();
  if (split && !doc_.name.empty()) {
    split_header();
  } else {
    const model::Align align = spec_.header_align == model::HeaderAlign::Center
                                   ? model::Align::Center
                                   : model::Align::Left;
    if (!doc_.name.empty()) paragraph(doc_.name, spec_.name_style, 0, align, 0);
    if (contact)
      for (const model::Inlines& line : doc_.contact)
        paragraph(line, spec_.contact_style, 0, align, 0);
  }
  rule(spec_.header_rule, false);
}

void Flow::contact_column() {
  for (const model::Inlines& line : doc_.contact)
    for (const model::Inlines& item : contact_items(line))
      paragraph(item, spec_.contact_style, 0, model::Align::Left, 0);
}

// The name's rows and the contact rows become one row, the contact block's last
// baseline on the name's last baseline. When the two would touch, the contact
// lines go under the name, flush left, as in a left header.
void Flow::split_header() {
  size_t first = rows_.size();
  paragraph(doc_.name, spec_.name_style, 0, model::Align::Left, 0);
  size_t name_end = rows_.size();
  double gap_after_name = pending_space_;
  pending_space_ = 0;
  for (const model::Inlines& line : doc_.contact)
    paragraph(line, spec_.contact_style, 0, model::Align::Right, 0);
  size_t end = rows_.size();

  double name_right = 0, contact_left = std::numeric_limits<double>::max();
  for (size_t i = first; i < end; ++i)
    for (const model::TextRun& run : rows_[i].runs) {
      if (i < name_end) name_right = std::max(name_right, run.x + run.width);
      if (i >= name_end) contact_left = std::min(contact_left, run.x);
    }
  if (name_end == first || end == name_end ||
      name_right + 2 * spec_.contact_style.size > contact_left) {
    rows_.resize(name_end);
    pending_space_ = gap_after_name;
    for (const model::Inlines& line : doc_.contact)
      paragraph(line, spec_.contact_style, 0, model::Align::Left, 0);
    return;
  }
  std::vector<double> name_tops = row_tops(rows_, first, name_end);
  std::vector<double> contact_tops = row_tops(rows_, name_end, end);
  auto baseline = [&](size_t i) { return rows_[i].runs.empty() ? 0 : rows_[i].runs.front().y; };
  double name_last = name_tops[name_end - first - 1] + baseline(name_end - 1);
  double contact_last = contact_tops[end - name_end - 1] + baseline(end - 1);
  double shift = std::max(0.0, name_last - contact_last);

  Row merged;
  merged.space_before = rows_[first].space_before;
  merged.break_before = rows_[first].break_before;
  for (size_t i = first; i < name_end; ++i) move_into(merged, rows_[i], name_tops[i - first]);
  for (size_t i = name_end; i < end; ++i)
    move_into(merged, rows_[i], shift + contact_tops[i - name_end]);
  merged.height = std::max(name_tops.back(), shift + contact_tops.back());
  rows_.resize(first);
  rows_.push_back(std::move(merged));
}

}  // namespace jianli::layout
