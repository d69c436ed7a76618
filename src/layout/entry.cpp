// Entries: headings and list items that start with dates. The layout puts the
// dates flush right on the title's first line, on a line of their own below the
// title, or leaves them inline as written.
#include <algorithm>
#include <array>
#include <string_view>

#include "layout/flow.h"
#include "layout/flow_helpers.h"
#include "text/utf8.h"

namespace jianli::layout {
namespace {

// `date` in the layout's form for the document's language, or `typed` where the layout
// keeps dates as typed.
std::string print_date(const model::Date& date, const model::DateForm& form,
                       const std::string& typed) {
  if (date.present) return form.present.empty() ? typed : form.present;
  const std::vector<model::DatePart>& parts = date.month ? form.with_month : form.year_only;
  if (parts.empty()) return typed;
  const std::string_view name = date.month ? model::kMonthNames[*date.month - 1] : "";
  std::string out;
  for (const model::DatePart& part : parts) {
    switch (part.field) {
      case model::DateField::Text:
        out += part.text;
        break;
      case model::DateField::Year:
        out += std::to_string(date.year);
        break;
      case model::DateField::Month:
        out += std::to_string(date.month.value_or(0));
        break;
      case model::DateField::Month2:
        out += (date.month.value_or(0) < 10 ? "0" : "") + std::to_string(date.month.value_or(0));
        break;
      case model::DateField::MonthAbbr:
        out += name.substr(0, 3);
        break;
      case model::DateField::MonthName:
        out += name;
        break;
    }
  }
  return out;
}

// The dates in the layout's form with its dash between them, unless the résumé wrote a
// word there: "至" is set close, as Chinese is, "to" between spaces. A word the printed end
// already starts with is not said twice: "2020年7月 至 今" gives 2020年7月至今, not 至至今.
std::string date_range(const model::Entry& e, const model::LayoutSpec& spec) {
  std::string start = e.start, end = e.end;
  if (e.start_date && e.end_date) {
    start = print_date(*e.start_date, spec.date_form, e.start);
    end = print_date(*e.end_date, spec.date_form, e.end);
  }
  if (end.empty()) return start;
  if (e.range_word.empty()) return start + spec.date_dash + end;
  if (e.range_word != "to" && end.starts_with(e.range_word)) return start + end;
  return e.range_word == "to" ? start + " to " + end : start + e.range_word + end;
}

// The lines a list item's or paragraph's title may take beside its dates; past them the
// block is set as typed, dates inline. A title with clause punctuation is a sentence that
// happens to start with dates ("2018 年-2018 年，从0到1设计和研发……" in resume.md): one
// line, else a list of such items would get its dates flush right on some and not on
// others. A title without it names a place and a role, and may wrap once: in a sidebar's
// main column "河南汇通软件股份有限公司　　高级 Java 开发工程师" does, and set as typed it
// stood alone among its list's entries (corpus 11).
size_t title_lines(const model::Entry& e) {
  constexpr std::u32string_view kClausePunctuation = U"，。；：,;:";
  for (const model::Span& span : e.title)
    for (char32_t cp : text::to_utf32(span.text))
      if (kClausePunctuation.find(cp) != std::u32string_view::npos) return 1;
  return 2;
}

// A title whose fields are parted by typed wide spaces ("北京星图搜索技术有限公司　　搜索算法
// 实习生") that has to wrap wraps between its fields when that takes no more lines and
// each line fits: broken anywhere, "搜索算法实|习生" read as two words (corpus 03 in
// sidebar's main column). Else, `spans` as they are.
std::vector<LineSpan> between_fields(const Paragraph& title, std::vector<LineSpan> spans,
                                     double width, model::LineBreaking how) {
  if (spans.size() < 2) return spans;
  // A line ends at the title's end, a hard break or a typed wide space.
  auto at_field = [&](const LineSpan& s) {
    if (s.end >= title.glyphs.size()) return true;
    const Junction& j = title.junctions[s.end - 1];
    return j.fixed || j.brk == text::BreakClass::Mandatory;
  };
  if (std::all_of(spans.begin(), spans.end(), at_field)) return spans;
  Paragraph fields = title;
  bool any = false;
  for (Junction& j : fields.junctions) {
    any = any || j.fixed;
    if (!j.fixed && j.brk != text::BreakClass::Mandatory) j.brk = text::BreakClass::Prohibited;
  }
  if (!any) return spans;
  std::vector<LineSpan> tried = break_lines(fields, width, how);
  const bool fits = std::all_of(tried.begin(), tried.end(), [&](const LineSpan& s) {
    return at_field(s) && natural_width(title, s.begin, s.end) <= width;
  });
  return fits && tried.size() <= spans.size() ? tried : spans;
}

}  // namespace

// Returns false (adding nothing) when the dates stay inline, so that the caller
// sets the block as written.
bool Flow::entry(const model::Block& block, const model::TextStyle& style, double indent,
                 bool keep_with_next, EntryOf of) {
  if (!block.entry) return false;
  const size_t lines = of == EntryOf::Heading ? kAnyLines : title_lines(*block.entry);
  if (dates_ == model::DatePlace::Right)
    return entry_dates_right(block, style, indent, keep_with_next, lines);
  // A list item's title goes above its dates however long it is, as it always has; a
  // paragraph's may take a line more than beside dates, for there are none beside it: in
  // sidebar's 55 mm column "Ningbo University, Software Engineering, 2012 - 2016" takes two.
  if (dates_ == model::DatePlace::Below)
    return entry_dates_below(block, style, indent, keep_with_next,
                             of == EntryOf::Paragraph ? lines + 1 : kAnyLines);
  return false;
}

// The title with its dates flush right on its first line. Returns false when the
// title would need more than `max_lines` lines.
bool Flow::entry_dates_right(const model::Block& block, const model::TextStyle& style,
                             double indent, bool keep_with_next, size_t max_lines) {
  const model::Entry& e = *block.entry;
  model::Span dates = e.look;
  dates.text = date_range(e, spec_);
  return with_right_text(e.title, {dates}, style, indent, model::Align::Left, block.pos,
                         keep_with_next, max_lines);
}

// `left` in the measure less room for `right`, which is set flush right on the first
// line: an entry's dates, or `<span style="float:right">`. Beside a floated image both go
// in the room the image leaves, the right text at that room's edge, when the whole of
// `left` fits beside it; else they start below it. Returns false, adding nothing, when
// the column is too narrow for both or `left` would need more than `max_lines` lines.
bool Flow::with_right_text(const model::Inlines& left, const model::Inlines& right,
                           const model::TextStyle& style, double indent, model::Align align,
                           model::SourcePos pos, bool keep_with_next, size_t max_lines) {
  Paragraph right_text = prepare_text(collect(right, style.bold), style, pos);
  if (right_text.glyphs.empty()) return false;
  const double right_width = natural_width(right_text, 0, right_text.glyphs.size());
  Paragraph text = prepare_text(collect(left, style.bold), style, pos);
  // The lines of `left` in `room` pt with the right text beside them; none where they do not fit.
  auto lines_in = [&](double room) -> std::vector<LineSpan> {
    const double width = room - right_width - style.size;  // an em between them
    if (width < 4 * style.size) return {};                 // a narrow column: keep them as written
    std::vector<LineSpan> spans = between_fields(
        text, break_lines(text, width, spec_.line_breaking), width, spec_.line_breaking);
    if (max_lines != kAnyLines && spans.size() > max_lines) return {};
    return spans;
  };
  pending_space_ = std::max(pending_space_, style.space_before);
  double x = column_x_ + indent, room = measure() - indent;
  const Beside beside = beside_float(x, room, style);
  std::vector<LineSpan> spans = beside.lines > 0 ? lines_in(beside.width) : std::vector<LineSpan>{};
  const bool by_float = !spans.empty() && spans.size() <= beside.lines;
  if (by_float) {
    x = beside.x, room = beside.width;
  } else {
    spans = lines_in(room);
    if (spans.empty()) return false;
    clear_float();  // the text on the right would run into a right float: start below it
    // A float no text had started is set on a row of its own there, leaving its own gap.
    pending_space_ = std::max(pending_space_, style.space_before);
  }
  const double width = room - right_width - style.size;
  size_t first = rows_.size();
  for (const LineSpan& span : spans) {
    SetLine line = set_line(text, span, width, align);
    // Lines beside the float keep together, so that the image stays whole on its page.
    add_line(line, style, x, keep_with_next || by_float || rows_.size() == first, text.objects);
  }
  SetLine right_line =
      set_line(right_text, {0, right_text.glyphs.size(), true}, right_width, model::Align::Left);
  const double right_x = x + room - right_width;
  double baseline = rows_[first].runs.empty() ? 0 : rows_[first].runs.front().y;
  stamp(right_line, structure_.current());
  for (model::TextRun& run : right_line.runs) {
    run.x += right_x;
    run.y = baseline;
    rows_[first].runs.push_back(std::move(run));
  }
  for (model::Link& link : right_line.links) {
    link.x += right_x;
    link.y = baseline - (link.y + link.height);
    rows_[first].links.push_back(std::move(link));
  }
  pending_space_ = style.space_after;
  return true;
}

// The title as a paragraph, then the dates under it, smaller and muted; the title
// keeps its dates on its page. Returns false when the title would need more than
// `max_lines` lines.
bool Flow::entry_dates_below(const model::Block& block, const model::TextStyle& style,
                             double indent, bool keep_with_next, size_t max_lines) {
  const model::Entry& e = *block.entry;
  if (e.title.empty()) return false;
  if (max_lines != kAnyLines) {
    Paragraph title = prepare_text(collect(e.title, style.bold), style, block.pos);
    if (break_lines(title, measure() - indent, spec_.line_breaking).size() > max_lines)
      return false;
  }
  size_t added = paragraph(e.title, style, indent, model::Align::Left, block.pos, true);
  if (added == 0) return false;
  pending_space_ = 0;
  std::string dates = date_range(e, spec_);
  paragraph(plain(dates), below_dates_style(style), indent, model::Align::Left, block.pos,
            keep_with_next);
  pending_space_ = style.space_after;
  return true;
}

// Dates on a line of their own under a title of `style`: smaller and in the layout's date
// colour (`entries.date_size`, `entries.date_color`), never bold.
model::TextStyle Flow::below_dates_style(const model::TextStyle& style) const {
  model::TextStyle dates = style;
  dates.size = style.size * spec_.below_date_size;
  dates.bold = false;
  dates.color = spec_.below_date_color.value_or(style.color);
  dates.space_before = 0;
  return dates;
}

}  // namespace jianli::layout
