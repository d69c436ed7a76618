#include "parse/entries.h"

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

  // 2023年2月, 2023 年, 2023.02, 2023/2, Feb 2023, February 2023, 2023
  bool date() {
    size_t start = i_;
    if (month_name()) {
      literal(U".");
      spaces();
      if (digits(4, 4)) return true;
      i_ = start;
      return false;
    }
    if (!digits(4, 4)) return false;
    size_t year_end = i_;
    spaces();
    if (literal(U"年")) {
      size_t after_year = i_;
      spaces();
      if (digits(1, 2)) {
        spaces();
        if (literal(U"月")) return true;
      }
      i_ = after_year;
      return true;
    }
    i_ = year_end;
    if ((literal(U".") || literal(U"/")) && !digits(1, 2)) i_ = year_end;
    // ISO's 2019-07, but not the 20 of a range 2018-2019.
    if (i_ == year_end && literal(U"-") && (!digits(1, 2) || digit_at(i_))) i_ = year_end;
    return true;
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

  // What separates the dates from the title: a comma, colon or bar, or spaces.
  bool separator() {
    size_t start = i_;
    spaces();
    for (std::u32string_view sep : {U"，", U",", U"、", U"：", U":", U"|", U"｜"}) {
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
  bool month_name() {
    static const std::array<std::u32string_view, 12> names = {U"Jan", U"Feb", U"Mar", U"Apr",
                                                              U"May", U"Jun", U"Jul", U"Aug",
                                                              U"Sep", U"Oct", U"Nov", U"Dec"};
    for (std::u32string_view name : names) {
      if (s_.compare(i_, 3, name) != 0) continue;
      i_ += 3;
      while (i_ < s_.size() && ((s_[i_] >= U'a' && s_[i_] <= U'z'))) ++i_;  // "February"
      return true;
    }
    return false;
  }

  bool digit_at(size_t i) const { return i < s_.size() && s_[i] >= U'0' && s_[i] <= U'9'; }

  std::u32string s_;
  size_t i_ = 0;
};

// The inlines from code point `from` on, styles kept.
model::Inlines slice(const model::Inlines& inlines, size_t from) {
  model::Inlines out;
  size_t at = 0;
  for (const model::Span& span : inlines) {
    std::u32string text = text::to_utf32(span.text);
    if (at + text.size() > from) {
      model::Span part = span;
      part.text = text::to_utf8(std::u32string_view(text).substr(from > at ? from - at : 0));
      out.push_back(std::move(part));
    }
    at += text.size();
  }
  return out;
}

bool is_chinese_numeral(char32_t cp) {
  return std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
}

}  // namespace

std::optional<model::Entry> find_entry(const model::Inlines& inlines) {
  std::u32string plain = text::to_utf32(model::plain_text(inlines));
  // A Chinese ordinal before the dates ("一、2020年5月—至今，…") stays with the title.
  size_t ordinal = 0;
  while (ordinal < plain.size() && is_chinese_numeral(plain[ordinal])) ++ordinal;
  ordinal = (ordinal > 0 && ordinal < plain.size() && plain[ordinal] == U'、') ? ordinal + 1 : 0;

  Scanner scan(plain.substr(ordinal));
  if (!scan.date()) return std::nullopt;
  size_t start_end = scan.pos();
  if (!scan.dash()) return std::nullopt;
  size_t end_begin = scan.pos();
  if (!scan.present() && !scan.date()) return std::nullopt;
  size_t end_end = scan.pos();
  if (!scan.separator() || scan.at_end()) return std::nullopt;

  model::Entry entry;
  entry.start = text::to_utf8(scan.text(0, start_end));
  entry.end = text::to_utf8(scan.text(end_begin, end_end));
  std::u32string between(scan.text(start_end, end_begin));
  std::erase_if(between, Scanner::is_space);
  if (between == U"至" || between == U"to") entry.range_word = text::to_utf8(between);
  if (ordinal > 0) entry.title.push_back({.text = text::to_utf8(plain.substr(0, ordinal))});
  for (model::Span& span : slice(inlines, ordinal + scan.pos())) entry.title.push_back(span);
  return entry;
}

void find_entries(std::vector<model::Block>& blocks) {
  // An explicit stack: nesting depth is the input's to choose.
  std::vector<std::vector<model::Block>*> todo{&blocks};
  while (!todo.empty()) {
    std::vector<model::Block>& level = *todo.back();
    todo.pop_back();
    for (model::Block& block : level) {
      if (block.kind == model::BlockKind::Heading) block.entry = find_entry(block.inlines);
      for (model::ListItem& item : block.items) {
        if (!item.blocks.empty() && item.blocks.front().kind == model::BlockKind::Paragraph)
          item.blocks.front().entry = find_entry(item.blocks.front().inlines);
        todo.push_back(&item.blocks);
      }
    }
  }
}

}  // namespace jianli::parse
