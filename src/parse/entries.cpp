#include "parse/entries.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace jianli::parse {
namespace {

// A cursor over the plain text of the inlines, with the small grammar of dates.
class Scanner {
 public:
  explicit Scanner(std::u32string text) : s_(std::move(text)) {}

  size_t pos() const { return i_; }
  std::u32string_view text(size_t from, size_t to) const { return {s_.data() + from, to - from}; }

  // Runs of spaces of any width: résumés part a date from its title with U+3000 (the
  // ideographic space, "2019年7月—至今　字节跳动"), `&emsp;` or `&nbsp;` as often as with ' '.
  void spaces() {
    while (i_ < s_.size() && is_space(s_[i_])) ++i_;
  }

  bool literal(std::u32string_view word) {
    if (s_.compare(i_, word.size(), word) != 0) return false;
    i_ += word.size();
    return true;
  }

  size_t digits(size_t min, size_t max) {
    size_t start = i_;
    while (i_ < s_.size() && i_ - start < max && s_[i_] >= U'0' && s_[i_] <= U'9') ++i_;
    if (i_ - start < min) i_ = start;
    return i_ - start;
  }

  // 2023年2月, 2023 年, 2023.02, 2023/2, Feb 2023, February 2023, 2023, and the month first
  // as American and European résumés write it, 03/2025, 3.2025. Returns what was read, or
  // none (the cursor unmoved); `Date::month` is 0 for a month out of range, so the caller
  // keeps the text as typed.
  std::optional<model::Date> date() {
    size_t start = i_;
    if (size_t n = digits(1, 2); n > 0 && (literal(U"/") || literal(U"."))) {
      if (digits(4, 4) && !digit_at(i_))
        return with_month(model::Date{.year = number(i_ - 4, i_)}, start, start + n);
    }
    i_ = start;
    if (std::optional<int> month = month_name()) {
      literal(U".");
      spaces();
      if (digits(4, 4)) return model::Date{.year = number(i_ - 4, i_), .month = month};
      i_ = start;
      return std::nullopt;
    }
    if (!digits(4, 4)) return std::nullopt;
    size_t year_end = i_;
    model::Date read{.year = number(start, year_end)};
    spaces();
    if (literal(U"年")) {
      size_t after_year = i_;
      spaces();
      size_t month_start = i_;
      if (size_t n = digits(1, 2)) {
        size_t month_end = month_start + n;
        spaces();
        if (literal(U"月")) return with_month(read, month_start, month_end);
      }
      i_ = after_year;
      return read;
    }
    i_ = year_end;
    if (literal(U".") || literal(U"/")) {
      if (size_t n = digits(1, 2)) return with_month(read, i_ - n, i_);
      i_ = year_end;
    }
    // ISO's 2019-07, but not the 20 of a range 2018-2019.
    if (literal(U"-")) {
      if (size_t n = digits(1, 2); n > 0 && !digit_at(i_)) return with_month(read, i_ - n, i_);
      i_ = year_end;
    }
    return read;
  }

  bool present() {
    for (std::u32string_view word :
         {U"至今", U"现在", U"今", U"Present", U"present", U"Now", U"now", U"Today", U"today"})
      if (literal(word)) return true;
    return false;
  }

  bool dash() {
    size_t start = i_;
    spaces();
    for (std::u32string_view d : {U"——", U"—", U"–", U"-", U"~", U"～", U"至", U"to"}) {
      if (literal(d)) {
        spaces();
        return true;
      }
    }
    i_ = start;
    return false;
  }

  // What separates the dates from the title: a comma, colon, bar, middle dot or dash, or
  // spaces ("Dec 2021 — Present · Pune, India").
  bool separator() {
    size_t start = i_;
    spaces();
    for (std::u32string_view sep :
         {U"，", U",", U"、", U"：", U":", U"|", U"｜", U"·", U"•", U"—", U"–", U"-"}) {
      if (literal(sep)) {
        spaces();
        return true;
      }
    }
    return i_ > start;
  }

  bool at_end() const { return i_ >= s_.size(); }

  static bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0 || (c >= 0x2002 && c <= 0x200A);
  }

 private:
  // The month (1–12) of an English month name or its abbreviation, "Feb", "February".
  std::optional<int> month_name() {
    for (size_t m = 0; m < model::kMonthNames.size(); ++m) {
      const std::string_view name = model::kMonthNames[m];
      if (i_ + 3 > s_.size() || !std::equal(name.begin(), name.begin() + 3, s_.begin() + i_))
        continue;
      i_ += 3;
      while (i_ < s_.size() && ((s_[i_] >= U'a' && s_[i_] <= U'z'))) ++i_;  // "February"
      return static_cast<int>(m) + 1;
    }
    return std::nullopt;
  }

  int number(size_t from, size_t to) const {
    int n = 0;
    for (size_t k = from; k < to; ++k) n = n * 10 + static_cast<int>(s_[k] - U'0');
    return n;
  }

  // `read` with the month written at [from, to); a month out of 1–12 is kept as 0.
  model::Date with_month(model::Date read, size_t from, size_t to) const {
    int month = number(from, to);
    read.month = (month >= 1 && month <= 12) ? month : 0;
    return read;
  }

  bool digit_at(size_t i) const { return i < s_.size() && s_[i] >= U'0' && s_[i] <= U'9'; }

  std::u32string s_;
  size_t i_ = 0;
};

// The inlines of code points [from, to), styles kept.
model::Inlines slice(const model::Inlines& inlines, size_t from, size_t to = std::u32string::npos) {
  model::Inlines out;
  size_t at = 0;
  for (const model::Span& span : inlines) {
    if (at >= to) break;
    std::u32string text = text::to_utf32(span.text);
    if (at + text.size() > from) {
      const size_t begin = from > at ? from - at : 0;
      const size_t end = to == std::u32string::npos ? text.size() : std::min(text.size(), to - at);
      model::Span part = span;
      part.text = text::to_utf8(std::u32string_view(text).substr(begin, end - begin));
      out.push_back(std::move(part));
    }
    at += text.size();
  }
  return out;
}

// The look of the span that code point `at` is in, its text and link aside.
model::Span look_at(const model::Inlines& inlines, size_t at) {
  size_t begin = 0;
  for (const model::Span& span : inlines) {
    const size_t size = text::to_utf32(span.text).size();
    if (at < begin + size) {
      model::Span look = span;
      look.text.clear();
      look.link.clear();
      return look;
    }
    begin += size;
  }
  return {};
}

bool is_readable(const model::Date& date) { return date.present || date.month != 0; }

bool is_chinese_numeral(char32_t cp) {
  return std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
}

// What parts a title from the dates typed after it: a run of wide spaces (U+3000, &emsp;,
// &ensp;, &nbsp;), a bar, a comma or a middle dot ("Boston, MA · 2020 – present"). A single
// space does not: "Kotva Bank hackathon 2018 - 2019" is a title that ends in years.
bool parts_trailing_dates(char32_t c) {
  return c == 0x3000 || c == 0x2003 || c == 0x2002 || c == 0xA0 || c == U'|' || c == U'｜' ||
         c == U'，' || c == U',' || c == U'·';
}

// Whether text[i] follows a part: wide spaces, a bar or a comma, spaces after it or not.
bool after_part(std::u32string_view text, size_t i) {
  while (i > 0 && !parts_trailing_dates(text[i - 1]) && Scanner::is_space(text[i - 1])) --i;
  return i > 0 && parts_trailing_dates(text[i - 1]);
}

// A date range read from the scanner's place on: "2019.07 — 至今", "2021年——2023年".
struct DateRange {
  std::u32string start, end, range_word;
  std::optional<model::Date> start_date, end_date;  // as read, readable or not
};

std::optional<DateRange> read_range(Scanner& scan) {
  const size_t from = scan.pos();
  std::optional<model::Date> start = scan.date();
  if (!start) return std::nullopt;
  const size_t start_end = scan.pos();
  if (!scan.dash()) return std::nullopt;
  const size_t end_begin = scan.pos();
  std::optional<model::Date> end =
      scan.present() ? std::optional(model::Date{.present = true}) : scan.date();
  if (!end) return std::nullopt;
  DateRange range{std::u32string(scan.text(from, start_end)),
                  std::u32string(scan.text(end_begin, scan.pos())),
                  {},
                  start,
                  end};
  std::u32string between(scan.text(start_end, end_begin));
  std::erase_if(between, Scanner::is_space);
  if (between == U"至" || between == U"to") range.range_word = between;
  return range;
}

// The entry's dates from the range; both as typed when either is no readable date.
model::Entry entry_of(const DateRange& range) {
  model::Entry entry;
  entry.start = text::to_utf8(range.start);
  entry.end = text::to_utf8(range.end);
  entry.range_word = text::to_utf8(range.range_word);
  if (is_readable(*range.start_date) && is_readable(*range.end_date))
    entry.start_date = range.start_date, entry.end_date = range.end_date;
  return entry;
}

// A date range from `begin` that ends `text` (spaces after it aside).
std::optional<DateRange> range_ending(std::u32string_view text, size_t begin) {
  Scanner scan{std::u32string(text.substr(begin))};
  std::optional<DateRange> range = read_range(scan);
  scan.spaces();
  return range && scan.at_end() ? range : std::nullopt;
}

// Dates typed after the title, the way many Chinese résumés write an entry
// ("深圳青云智控科技有限公司　嵌入式软件主管　2020.04 — 至今", corpus 07 and 10) and English
// ones too, in brackets ("Senior SRE (2021 – present)", "前端负责人（2021.08 ~ 至今）"):
// set flush right like the dates typed first, they no longer stood inline in a column of
// entries that had theirs at the right edge.
std::optional<model::Entry> find_trailing_entry(const model::Inlines& inlines) {
  const std::u32string plain = text::to_utf32(model::plain_text(inlines));
  size_t end = plain.size();
  while (end > 0 && Scanner::is_space(plain[end - 1])) --end;
  std::optional<DateRange> range;
  size_t begin = 0;      // where the dates start
  size_t title_end = 0;  // where the title ends, before what parts it from them
  if (end > 0 && (plain[end - 1] == U')' || plain[end - 1] == U'）')) {
    const char32_t open = plain[end - 1] == U')' ? U'(' : U'（';
    title_end = std::u32string_view(plain).substr(0, end - 1).rfind(open);
    if (title_end == std::u32string::npos) return std::nullopt;
    begin = title_end + 1;
    range = range_ending(std::u32string_view(plain).substr(0, end - 1), begin);
  } else {
    for (begin = 1; begin < end; ++begin) {
      if (Scanner::is_space(plain[begin]) || parts_trailing_dates(plain[begin]) ||
          !after_part(plain, begin))
        continue;
      range = range_ending(std::u32string_view(plain).substr(0, end), begin);
      if (range) break;
    }
    title_end = begin;
  }
  if (!range) return std::nullopt;
  while (title_end > 0 &&
         (Scanner::is_space(plain[title_end - 1]) || parts_trailing_dates(plain[title_end - 1])))
    --title_end;
  if (title_end == 0) return std::nullopt;
  model::Entry entry = entry_of(*range);
  entry.title = slice(inlines, 0, title_end);
  entry.look = look_at(inlines, begin);
  return entry;
}

}  // namespace

std::optional<model::Entry> find_entry(const model::Inlines& inlines) {
  std::u32string plain = text::to_utf32(model::plain_text(inlines));
  // A Chinese ordinal before the dates ("一、2020年5月—至今，…") stays with the title.
  size_t ordinal = 0;
  while (ordinal < plain.size() && is_chinese_numeral(plain[ordinal])) ++ordinal;
  ordinal = (ordinal > 0 && ordinal < plain.size() && plain[ordinal] == U'、') ? ordinal + 1 : 0;

  Scanner scan(plain.substr(ordinal));
  std::optional<DateRange> range = read_range(scan);
  if (!range) return find_trailing_entry(inlines);
  if (!scan.separator() || scan.at_end()) return std::nullopt;

  model::Entry entry = entry_of(*range);
  entry.look = look_at(inlines, ordinal);
  if (ordinal > 0) entry.title.push_back({.text = text::to_utf8(plain.substr(0, ordinal))});
  for (model::Span& span : slice(inlines, ordinal + scan.pos())) entry.title.push_back(span);
  return entry;
}

namespace {

// The dates of a paragraph that holds a date range and nothing else ("*2018/10 - 至今*").
std::optional<model::Entry> dates_alone(const model::Block& block) {
  if (block.kind != model::BlockKind::Paragraph || !block.right.empty()) return std::nullopt;
  const std::u32string plain = text::to_utf32(model::plain_text(block.inlines));
  size_t begin = 0;
  while (begin < plain.size() && Scanner::is_space(plain[begin])) ++begin;
  std::optional<DateRange> range = range_ending(plain, begin);
  if (!range) return std::nullopt;
  model::Entry entry = entry_of(*range);
  entry.look = look_at(block.inlines, begin);
  return entry;
}

}  // namespace

void find_entries(std::vector<model::Block>& blocks) {
  // An explicit stack: nesting depth is the input's to choose.
  std::vector<std::vector<model::Block>*> todo{&blocks};
  while (!todo.empty()) {
    std::vector<model::Block>& level = *todo.back();
    todo.pop_back();
    for (size_t i = 0; i < level.size(); ++i) {
      model::Block& block = level[i];
      if (block.kind == model::BlockKind::Heading || block.kind == model::BlockKind::Paragraph)
        block.entry = find_entry(block.inlines);
      // A heading and, on the line under it, its dates alone: smt/resume's template and its
      // forks ("### **高级 Android 开发工程师** [阿里巴巴](…)", then "*2018/10 - 至今*"). The
      // dates join the heading as its entry's, set as other entries' are.
      if (block.kind == model::BlockKind::Heading && !block.entry && block.right.empty() &&
          i + 1 < level.size()) {
        if (std::optional<model::Entry> dates = dates_alone(level[i + 1])) {
          dates->title = block.inlines;
          block.entry = std::move(dates);
          level.erase(level.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        }
      }
      for (model::ListItem& item : level[i].items) todo.push_back(&item.blocks);
    }
  }
}

}  // namespace jianli::parse
