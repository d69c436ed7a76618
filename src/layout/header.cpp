// The header: the person's name and the contact lines under it, left, centred, or
// split (name on the left, contact lines right-aligned beside it); in a side
// column, the contact lines one item a line.
#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <string_view>
#include <vector>

#include "layout/contact_items.h"
#include "layout/flow.h"
#include "layout/image_size.h"

namespace jianli::layout {
namespace {

// Beside the name, a line of contact items parted only by wide spaces is set in at most
// half the column. Corpus 05's "📱 电话请邮件索取　📧 xujiacheng@…　🏠 成都　github.com/…"
// spanned 70 % of compact's column, ending at the margin: a full line whose gaps are
// blank reads as a justified line stretched an em a gap (pdfaudit measured 0.6 em, as
// MuPDF reports U+3000 as a plain space), its items as words. In two lines of two items
// each gap stands alone and the block is as tall as the name beside it. Items parted
// by a bar, a dot or a dash read as items at any length and keep their one line.
constexpr double kSplitContactShare = 0.5;

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
  for (model::PlacedImage image : row.images) {
    image.y += dy;
    image.image_y += dy;
    target.images.push_back(std::move(image));
  }
}

}  // namespace

void Flow::header(bool contact) {
  // A résumé with no name, no contact lines and no photo has no header, and no rule
  // under one.
  if (doc_.name.empty() && (!contact || doc_.contact.empty()) && !doc_.photo) return;
  const model::ImageFile* photo = doc_.photo ? images_.find(doc_.photo->src) : nullptr;
  if (photo)
    photo_header(*photo, contact);
  else
    header_text(contact);
  rule(spec_.header_rule, false);
}

void Flow::header_text(bool contact) {
  bool split = spec_.header_align == model::HeaderAlign::Split && contact && !doc_.contact.empty();
  if (split && !doc_.name.empty()) {
    split_header();
  } else {
    const model::Align align = spec_.header_align == model::HeaderAlign::Center
                                   ? model::Align::Center
                                   : model::Align::Left;
    if (!doc_.name.empty()) name_line(align);
    if (contact) contact_lines(align);
  }
}

model::SourcePos Flow::contact_place(size_t line) const {
  return line < doc_.contact_pos.size() ? doc_.contact_pos[line] : model::SourcePos{};
}

// The photo at the layout's side of the column, its top on the name's line top; the name
// and contact lines set in the rest of the column, beside it; the header as tall as the
// taller of the two. A column that would leave the text fewer than 12 body ems beside it
// (a narrow page, a main column beside a sidebar) has the photo on a row of its own above
// the name instead; a photo wider than the column is scaled down to it.
void Flow::photo_header(const model::ImageFile& photo, bool contact) {
  const model::PhotoSpec& spec = spec_.photo;
  const double x = column_x_, width = column_width_;
  const bool left = spec.side == model::Side::Left;
  const double scale = std::min(1.0, width / spec.width);
  const double frame_width = spec.width * scale, frame_height = spec.height * scale;
  const double room = frame_width + spec.gap;
  const bool beside = width - room >= 12 * spec_.body_style.size;
  size_t first = rows_.size();
  if (beside) {
    set_column(left ? x + room : x, width - room);
    header_text(contact);
    set_column(x, width);
  }
  size_t end = rows_.size();

  Row merged;
  merged.space_before = end > first ? rows_[first].space_before : pending_space_;
  merged.break_before = end > first ? rows_[first].break_before : pending_page_break_;
  std::vector<double> tops = row_tops(rows_, first, end);
  for (size_t i = first; i < end; ++i) move_into(merged, rows_[i], tops[i - first]);
  double photo_x = left ? x : x + width - frame_width;
  model::PlacedImage placed = cover_frame(photo, photo_x, 0, frame_width, frame_height);
  placed.image = image_index(photo);
  // The photo is never decoration: without alt text (front matter `photo:` has none) it
  // is read as the person it shows.
  placed.alt = doc_.photo->alt.empty() ? model::plain_text(doc_.name) : doc_.photo->alt;
  placed.element = structure_.add(model::StructureType::Figure);
  structure_.at(placed.element).alt = placed.alt;
  merged.images.push_back(std::move(placed));
  merged.height = std::max(tops.back(), frame_height);
  rows_.resize(first);
  rows_.push_back(std::move(merged));
  if (beside) return;
  pending_space_ = std::max(pending_space_, spec.gap);
  pending_page_break_ = false;
  header_text(contact);
}

// The name is the document's title, its one first-level heading; each contact line a paragraph.
void Flow::name_line(model::Align align) {
  Structure::Scope element(structure_, model::StructureType::H1);
  paragraph(doc_.name, spec_.name_style, 0, align, doc_.name_pos);
}

void Flow::contact_line(const model::Inlines& line, model::Align align, model::SourcePos pos) {
  Structure::Scope element(structure_, model::StructureType::P);
  paragraph(line, spec_.contact_style, 0, align, pos);
}

void Flow::contact_column() {
  for (size_t i = 0; i < doc_.contact.size(); ++i) {
    const model::Inlines& line = doc_.contact[i];
    if (!model::holds_contact_data(line)) {
      contact_line(line, model::Align::Left, contact_place(i));
      continue;
    }
    for (const ContactItem& item : contact_items(line))
      contact_line(item.text, model::Align::Left, contact_place(i));
  }
}

// The natural width of `inlines` set in one line in `style`.
double Flow::text_width(const model::Inlines& inlines, const model::TextStyle& style,
                        model::SourcePos pos) {
  const Paragraph p = prepare_text(collect(inlines, style.bold), style, pos);
  return natural_width(p, 0, p.glyphs.size());
}

// Each contact line a paragraph. A line of contact items too wide for its room is
// broken between its items into balanced lines ("A · B" / "C · D"), each keeping the
// separators typed inside it, the separator at a break dropped: broken inside an item,
// corpus 04's header ended "… · linkedin.com/in/" with "danokafor" alone under it. The
// room is the column, or beside the name, for items parted only by wide spaces,
// kSplitContactShare of it. A line with nothing to reach the person by (a tagline) is
// set as typed.
void Flow::contact_lines(model::Align align, bool beside_name) {
  const model::TextStyle& style = spec_.contact_style;
  for (size_t i = 0; i < doc_.contact.size(); ++i) {
    const model::Inlines& line = doc_.contact[i];
    const model::SourcePos pos = contact_place(i);
    const std::vector<ContactItem> items =
        model::holds_contact_data(line) ? contact_items(line) : std::vector<ContactItem>{};
    const double room =
        beside_name && parted_by_blanks(items) ? kSplitContactShare * measure() : measure();
    const Paragraph whole =
        items.size() > 1 ? prepare_text(collect(line, style.bold), style, pos) : Paragraph{};
    // One line when it fits, spaces shrunk as far as justification allows.
    if (items.size() < 2 ||
        break_lines(whole, room, spec_.line_breaking, spec_.justify).size() <= 1) {
      contact_line(line, align, pos);
      continue;
    }
    std::vector<double> widths;
    double items_width = 0;
    for (const ContactItem& item : items) {
      widths.push_back(text_width(item.text, style, pos));
      items_width += widths.back();
    }
    const double separator =
        std::max(0.0, natural_width(whole, 0, whole.glyphs.size()) - items_width) /
        static_cast<double>(items.size() - 1);
    std::vector<size_t> starts = balanced_lines(widths, separator, room);
    starts.push_back(items.size());
    for (size_t k = 0; k + 1 < starts.size(); ++k) {
      model::Inlines joined;
      for (size_t j = starts[k]; j < starts[k + 1]; ++j) {
        joined.insert(joined.end(), items[j].text.begin(), items[j].text.end());
        if (j + 1 < starts[k + 1])
          joined.insert(joined.end(), items[j].separator.begin(), items[j].separator.end());
      }
      contact_line(joined, align, pos);
    }
  }
}

// The name's rows and the contact rows become one row, the contact block's last
// baseline on the name's last baseline. When the two would touch, the contact
// lines go under the name, flush left, as in a left header.
void Flow::split_header() {
  size_t first = rows_.size();
  name_line(model::Align::Left);
  size_t name_end = rows_.size();
  double gap_after_name = pending_space_;
  pending_space_ = 0;
  contact_lines(model::Align::Right, true);
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
    contact_lines(model::Align::Left);
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
