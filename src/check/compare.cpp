#include "check/compare.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>

#include "check/reading_order.h"
#include "text/chars.h"
#include "text/list_marker.h"
#include "text/utf8.h"

namespace jianli::check {
namespace {

// What separates a character from the one before it.
enum class Gap {
  None,   // nothing: the same word (or Han text, which has no spaces)
  Space,  // a space the résumé has
  Wide,   // no space typed, but a visible gap between two runs (dates set flush right,
          // a list marker): extraction may give a space or not
  Line,   // a new line
};

struct Char {
  char32_t c = 0;
  Gap before = Gap::None;
  int line = 0;  // index into the page's lines
};

struct Line {
  std::vector<Char> chars;
  double y = 0;                                // baseline (expected lines only)
  model::Region region = model::Region::Main;  // expected lines only
  std::u32string key() const {
    std::u32string k;
    for (const Char& c : chars) k += c.c;
    return k;
  }
};

bool is_space(char32_t c) { return text::is_whitespace(c) || c == U'\u200B' || c == U'\f'; }

// Whether the run's text is white space only, or ends with some: a typed &nbsp; or wide
// space is one as a ' ' is ("北京&nbsp;上海" was told as a space the résumé does not have).
bool only_spaces(std::string_view text) {
  for (char32_t c : text::to_utf32(text))
    if (!is_space(c)) return false;
  return true;
}
bool ends_with_space(std::string_view text) {
  return !text.empty() && is_space(text::last_code_point(text));
}

// Appends text to a line; `gap` separates its first character from what came before.
void append(Line& line, std::u32string_view text, Gap gap, int index) {
  for (char32_t c : text) {
    if (is_space(c)) {
      gap = Gap::Space;
      continue;
    }
    line.chars.push_back({c, line.chars.empty() && gap != Gap::None ? Gap::Line : gap, index});
    gap = Gap::None;
  }
}

// A run starting less than half an em after the previous one ends is the same word's
// continuation (a change of font, the quarter em between Han and Latin): no space. A list
// marker stands a third of an em before its text (layout/flow.cpp): a gap too.
constexpr double kWideGapEm = 0.5;
constexpr double kMarkerGapEm = 0.3;

// Whether the text of runs[r]'s element goes on after it on this page.
bool continues_on_this_page(const model::Page& page, size_t r) {
  for (size_t k = r + 1; k < page.runs.size(); ++k)
    if (!page.runs[k].glyphs.empty()) return page.runs[k].element == page.runs[r].element;
  return false;
}

// The first word of the line after runs[r] on this page: its text up to the first space,
// over as many runs as it takes on that line.
std::u32string next_line_word(const model::Page& page, size_t r) {
  std::u32string word;
  std::optional<double> y;
  for (size_t k = r + 1; k < page.runs.size(); ++k) {
    const model::TextRun& run = page.runs[k];
    if (run.glyphs.empty()) continue;
    if (y && run.y != *y) break;
    y = run.y;
    for (char32_t c : text::to_utf32(run.text)) {
      if (is_space(c)) return word;
      word += c;
    }
  }
  return word;
}

std::vector<Line> expected_lines(const model::Page& page) {
  std::vector<Line> lines;
  const model::TextRun* last = nullptr;
  bool continues_word = false;  // the last line ended in a hyphen the break added
  // Characters of the coming text already read on the line before: a line broken after a
  // typed hyphen reads the rest of the word there (pdf/actual_text.h).
  size_t carried = 0;
  for (size_t r = 0; r < page.runs.size(); ++r) {
    const model::TextRun& run = page.runs[r];
    if (run.glyphs.empty() && !only_spaces(run.text)) continue;
    Gap gap = Gap::Line;
    if (!last || run.y != last->y || run.region != last->region) {
      lines.push_back({{}, run.y, run.region});
    } else {
      double space = run.x - (last->x + last->width);
      bool after_marker = lines.back().chars.size() <= 4 && lines.back().chars.size() > 0 &&
                          text::looks_like_list_marker(text::to_utf32(last->text)) &&
                          space >= kMarkerGapEm * run.size;
      gap = space >= kWideGapEm * run.size || after_marker ? Gap::Wide : Gap::None;
    }
    int index = static_cast<int>(lines.size()) - 1;
    // A space the last run ended with parts it from this one, whatever the gap.
    if (last && last->y == run.y && ends_with_space(last->text)) gap = Gap::Space;
    std::u32string text = text::to_utf32(run.text);
    // The hyphen a line break added is not the résumé's: the word goes on in the next line.
    // Where it goes on over the page (the element's last line here), poppler keeps it, as
    // printed: a hyphen that ends a flow of text is no line end to join.
    // A line that goes on a word is often itself broken in one (two hyphenated lines in a
    // row, each one run): it first joins the line before, then hands its own break on.
    if (!text.empty() && gap == Gap::Line && continues_word) {
      gap = Gap::None;
      continues_word = false;
    }
    if (run.hyphenated && !text.empty() && text.back() == U'-' && continues_on_this_page(page, r)) {
      text.pop_back();
      continues_word = true;
    }
    const size_t dropped = std::min(carried, text.size());
    text.erase(0, dropped);
    carried -= dropped;
    if (run.line_end == model::LineEnd::Wrap && !run.hyphenated && !text.empty() &&
        text.back() == U'-' && continues_on_this_page(page, r)) {
      const std::u32string word = next_line_word(page, r);
      text += word;
      carried = word.size();
    }
    append(lines.back(), text, gap, index);
    last = &run;
  }
  std::erase_if(lines, [](const Line& l) { return l.chars.empty(); });
  for (size_t i = 0; i < lines.size(); ++i)
    for (Char& c : lines[i].chars) c.line = static_cast<int>(i);
  return lines;
}

std::vector<Line> extracted_lines(const ExtractedPage& page) {
  std::vector<Line> lines;
  for (const std::string& text : page.lines) {
    lines.emplace_back();
    append(lines.back(), text::to_utf32(text), Gap::Line, 0);
  }
  std::erase_if(lines, [](const Line& l) { return l.chars.empty(); });
  for (size_t i = 0; i < lines.size(); ++i)
    for (Char& c : lines[i].chars) c.line = static_cast<int>(i);
  return lines;
}

class PageComparer {
 public:
  PageComparer(int page, const std::vector<Line>& expected, const std::vector<Line>& extracted,
               const ScannedPage& scanned, Report& report)
      : page_(page),
        expected_(expected),
        extracted_(extracted),
        scanned_(scanned),
        report_(report) {}

  void run() {
    std::vector<int> match = match_lines();
    std::vector<model::Region> parts = report_out_of_order(match);
    std::vector<Char> residue_expected, residue_extracted;
    for (size_t i = 0; i < expected_.size(); ++i)
      if (match[i] >= 0) compare_chars(expected_[i].chars, extracted_[match[i]].chars);
    // What matched no line, in the order the parts were read (a sidebar's side column first,
    // as poppler reads it), so that it aligns with what was extracted around it.
    for (const model::Region& region :
         {model::Region::Main, model::Region::Side, model::Region::Footer})
      if (std::find(parts.begin(), parts.end(), region) == parts.end()) parts.push_back(region);
    for (model::Region region : parts)
      for (size_t i = 0; i < expected_.size(); ++i)
        if (match[i] < 0 && expected_[i].region == region)
          append_line(residue_expected, expected_[i]);
    std::vector<bool> used(extracted_.size(), false);
    for (int m : match)
      if (m >= 0) used[m] = true;
    for (size_t j = 0; j < extracted_.size(); ++j)
      if (!used[j]) append_line(residue_extracted, extracted_[j]);
    compare_chars(residue_expected, residue_extracted);
  }

 private:
  static void append_line(std::vector<Char>& out, const Line& line) {
    out.insert(out.end(), line.chars.begin(), line.chars.end());
  }

  int line_number(int expected_line) const {
    if (expected_.empty()) return 0;
    expected_line = std::clamp(expected_line, 0, static_cast<int>(expected_.size()) - 1);
    return scanned_.line_of(expected_[expected_line].y);
  }

  void found(int expected_line, Defect defect, std::string detail, size_t count = 1) {
    add(report_, {page_, line_number(expected_line), defect, std::move(detail)}, count);
  }

  // Each expected line to an extracted line with the same characters (spaces aside), the
  // first unused one after the previous match where there is one; -1 where none.
  std::vector<int> match_lines() const {
    std::multimap<std::u32string, int> by_key;
    for (size_t j = 0; j < extracted_.size(); ++j)
      by_key.emplace(extracted_[j].key(), static_cast<int>(j));
    std::vector<int> match(expected_.size(), -1);
    int previous = -1;
    for (size_t i = 0; i < expected_.size(); ++i) {
      auto [begin, end] = by_key.equal_range(expected_[i].key());
      if (begin == end) continue;
      auto pick = std::find_if(begin, end, [&](auto& kv) { return kv.second > previous; });
      if (pick == end) pick = begin;
      match[i] = pick->second;
      previous = pick->second;
      by_key.erase(pick);
    }
    return match;
  }

  // A line read away from its place in its part of the page (reading_order.h): out of
  // order, said to be among another part's lines where it is.
  // Returns the parts of the page in the order they were read.
  std::vector<model::Region> report_out_of_order(const std::vector<int>& match) {
    std::vector<ReadLine> read;
    std::vector<size_t> lines;
    for (size_t i = 0; i < match.size(); ++i)
      if (match[i] >= 0) read.push_back({expected_[i].region, match[i]}), lines.push_back(i);
    ReadingOrder order = reading_order(read);
    for (size_t k = 0; k < read.size(); ++k) {
      if (order.in_place[k]) continue;
      std::string where = order.interleaved[k] ? ", among the lines of another column: the "
                                                 "columns interleave"
                                               : ", away from its place";
      found(static_cast<int>(lines[k]), Defect::OutOfOrder,
            "\"" + excerpt(expected_[lines[k]].chars) + "\" is extracted as line " +
                std::to_string(read[k].extracted + 1) + " of the page's text" + where);
    }
    return order.parts;
  }

  static std::string excerpt(const std::vector<Char>& chars, size_t from = 0, size_t count = 24) {
    std::u32string text;
    for (size_t i = from; i < chars.size() && i < from + count; ++i) {
      if (i > from && chars[i].before != Gap::None) text += U' ';
      text += chars[i].c;
    }
    return text::to_utf8(text) + (from + count < chars.size() ? "…" : "");
  }

  static std::string quoted(std::u32string text) { return "\"" + text::to_utf8(text) + "\""; }

  // Aligns two character sequences (longest common subsequence) and reports what differs.
  void compare_chars(const std::vector<Char>& want, const std::vector<Char>& got) {
    size_t n = want.size(), m = got.size();
    if (n == 0 && m == 0) return;
    // A page's residue is small when extraction mostly works; past this many cells the
    // table would take too long and too much memory, and so much has gone wrong that a
    // count serves better than an alignment.
    constexpr size_t kMaxCells = 40'000'000;
    if ((n + 1) * (m + 1) > kMaxCells) {
      if (n) found(want.front().line, Defect::Lost, "extraction differs throughout", n);
      return;
    }
    std::vector<uint16_t> table((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint16_t& { return table[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        at(i, j) =
            want[i].c == got[j].c ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    std::u32string lost, added;
    int lost_line = 0, added_line = 0;
    auto flush = [&] {
      if (!lost.empty()) found(lost_line, Defect::Lost, quoted(lost) + " is missing", lost.size());
      if (!added.empty())
        found(added_line, Defect::Added, quoted(added) + " is not in the résumé", added.size());
      lost.clear(), added.clear();
    };
    bool aligned_before = false;
    while (i < n || j < m) {
      if (i < n && j < m && want[i].c == got[j].c && at(i, j) == at(i + 1, j + 1) + 1) {
        flush();
        if (aligned_before) compare_gap(want, got, i, j);
        aligned_before = true;
        ++i, ++j;
      } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
        if (lost.empty()) lost_line = want[i].line;
        lost += want[i++].c;
        aligned_before = false;
      } else {
        if (added.empty()) added_line = i < n ? want[i].line : (n ? want[n - 1].line : 0);
        added += got[j++].c;
        aligned_before = false;
      }
    }
    flush();
  }

  // want[i] and got[j] are aligned, as are want[i-1] and got[j-1]: do the gaps agree?
  void compare_gap(const std::vector<Char>& want, const std::vector<Char>& got, size_t i,
                   size_t j) {
    Gap w = want[i].before, g = got[j].before;
    bool got_space = g == Gap::Space || g == Gap::Line;
    auto around = [&] {
      std::u32string a{want[i - 1].c}, b{want[i].c};
      return quoted(a) + " and " + quoted(b);
    };
    if ((w == Gap::Space || w == Gap::Line) && !got_space)
      found(want[i].line, Defect::Joined,
            around() + " run together in \"" + excerpt(want, i > 8 ? i - 8 : 0, 16) + "\"");
    else if (w == Gap::None && got_space)
      found(want[i].line, Defect::Split,
            "a space between " + around() + " that the résumé does not have, in \"" +
                excerpt(want, i > 8 ? i - 8 : 0, 16) + "\"");
  }

  int page_;
  const std::vector<Line>& expected_;
  const std::vector<Line>& extracted_;
  const ScannedPage& scanned_;
  Report& report_;
};

}  // namespace

void compare_text(const model::PageSet& laid, const std::vector<ExtractedPage>& extracted,
                  const std::vector<ScannedPage>& scanned, Report& report) {
  report.compared_text = true;
  size_t pages = std::max(laid.pages.size(), extracted.size());
  static const ScannedPage kNoPage;
  static const ExtractedPage kNoText;
  for (size_t p = 0; p < pages; ++p) {
    std::vector<Line> want =
        p < laid.pages.size() ? expected_lines(laid.pages[p]) : std::vector<Line>{};
    std::vector<Line> got = extracted_lines(p < extracted.size() ? extracted[p] : kNoText);
    for (const Line& line : want) report.characters += line.chars.size();
    PageComparer(static_cast<int>(p) + 1, want, got, p < scanned.size() ? scanned[p] : kNoPage,
                 report)
        .run();
  }
}

}  // namespace jianli::check
