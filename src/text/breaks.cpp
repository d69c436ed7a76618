// find_breaks: UAX #14 (ICU, locale "zh") tailored by B1–B6 of
// ../shared/docs/cjk-typesetting.md §1 and the §6 list of what UAX #14 gets wrong.
#include "text/breaks.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <map>
#include <memory>
#include <stdexcept>
#include <string>

#include "text/breaks_chars.h"
#include "text/chars.h"
#include "text/links.h"

namespace jianli::text {
namespace {

namespace bc = break_chars;

// One ICU line iterator per thread: creating one loads the rules, and an iterator
// is not safe to share (batches lay out documents on several threads).
icu::BreakIterator& line_iterator() {
  thread_local const std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createLineInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status) || !made) {
      throw std::runtime_error(std::string("ICU line breaking is unavailable: ") +
                               u_errorName(status));
    }
    return made;
  }();
  return *iterator;
}

// What ICU reads: UTF-16, with a code point ICU cannot hold replaced by U+FFFD.
UChar32 icu_code_point(char32_t c) { return c <= 0x10FFFF ? static_cast<UChar32>(c) : 0xFFFD; }

icu::UnicodeString to_utf16(std::u32string_view text) {
  icu::UnicodeString utf16;
  for (char32_t c : text) utf16.append(icu_code_point(c));
  return utf16;
}

// UAX #14 (Unicode 15 data via ICU, locale "zh"). ICU reports each boundary as the
// UTF-16 offset of the character after it, which is our "break before text[i]" once
// offsets are turned back into indexes (boundaries come in increasing order).
// ICU resolves ambiguous characters (class AI: × → ① ★) to AL, UAX #14 LB1's
// default, so they stick to a Latin or digit neighbour and break beside Han.
std::vector<BreakClass> unicode_breaks(std::u32string_view text) {
  std::vector<BreakClass> before(text.size(), BreakClass::Prohibited);
  const icu::UnicodeString utf16 = to_utf16(text);
  icu::BreakIterator& iterator = line_iterator();
  iterator.setText(utf16);  // keeps a reference: utf16 outlives the loop below
  size_t i = 0;
  int32_t offset = 0;  // UTF-16 offset of text[i]
  for (int32_t at = iterator.next(); at != icu::BreakIterator::DONE; at = iterator.next()) {
    while (offset < at && i < text.size()) offset += U16_LENGTH(icu_code_point(text[i++]));
    if (i >= text.size()) break;  // the end of the text is no break between characters
    const int32_t rule = iterator.getRuleStatus();
    const bool hard = rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT;  // UAX #14 LB4, LB5
    before[i] = hard ? BreakClass::Mandatory : BreakClass::Allowed;
  }
  return before;
}

// The rules look at a character together with its neighbours.
class Tailor {
 public:
  Tailor(std::u32string_view text, const LinkSpans& links) : text_(text), links_(links) {}

  // Call for i = 1, 2, … in order: it keeps the length of the current run of
  // identical characters so that runs of —— stay linear to classify.
  BreakClass classify(size_t i, BreakClass unicode) {
    const char32_t a = text_[i - 1];
    const char32_t b = text_[i];
    run_length_ = (i >= 2 && text_[i - 2] == a) ? run_length_ + 1 : 1;
    if (unicode == BreakClass::Mandatory || a == U'\n') return BreakClass::Mandatory;
    if (never_between(a, b)) return BreakClass::Prohibited;
    if (bc::is_break_space(b)) return unicode;  // UAX #14 LB6/LB7: breaks go after spaces
    // Issue 11 item 2: × % ‰ ℃ stay with the number before them, a space typed between or
    // not ("11 × faster" never breaks as "11 | × faster").
    if (bc::is_break_space(a) && bc::is_unit_after_number(b) && is_digit(before(i - 1)))
      return BreakClass::Prohibited;
    if (bc::is_unit_char(a) && a == b) return inside_unit_run(i);
    if (bc::is_ellipsis(b) && !bc::is_break_space(a)) {
      return BreakClass::Prohibited;  // B3: never before …… (UAX #14 LB22)
    }
    if (links_.inside(i, LinkKind::Url)) {
      // B5: after "/" only, never inside "://"; B6: elsewhere only in an emergency.
      return (a == U'/' && b != U'/') ? BreakClass::Allowed : BreakClass::Emergency;
    }
    if (links_.inside(i, LinkKind::Email)) return BreakClass::Emergency;  // B3, B6
    // Issue 11 item 2: a range dash between digits (2018-2019, 2023.03–2024.06) may end a
    // line but never start one, so that neither the dash nor half a date is left alone.
    // A line that ends in U+002D loses it to pdftotext's default mode, which joins the
    // lines ("20182019"), so after a hyphen-minus the break is penalized as after a
    // compound's hyphen; after an en dash it is free.
    if (is_range_dash(i - 1)) return a == U'-' ? BreakClass::Penalized : BreakClass::Allowed;
    if (is_range_dash(i)) return BreakClass::Prohibited;
    // Issue 11: after the slash of a Latin token (abs/|2507.23279, C++/|Python) at a
    // hyphenation point's cost, and no hyphen added; it was a reference's ragged line in the
    // narrow side column. Not Penalized: no extractor drops a slash at a line end.
    if (is_latin_slash(i - 1)) return BreakClass::Costly;
    if (is_plain_slash(i - 1) || is_plain_slash(i)) {
      return BreakClass::Prohibited;  // B2 GB style: 训练/推理 keeps its slash inside the line
    }
    if (is_postfix(i)) return BreakClass::Prohibited;  // B3: C++, C#, 100+
    if (is_non_starter(i)) {
      // B1; B6: inside a run of non-starters (。」」) cut only in an emergency.
      return is_non_starter(i - 1) ? BreakClass::Emergency : BreakClass::Prohibited;
    }
    if (is_non_ender(i - 1)) return BreakClass::Prohibited;  // B2
    if (in_word(i - 1) && in_word(i)) {
      // B4: inside a Latin run only after a hyphen or en dash that joins letters
      // (state-of-|the-|art, hardware–|software, never Llama-|3), at a cost (issue 11 items
      // 2 and 7: as TeX's \exhyphenpenalty, a break of last resort); B6: anywhere else in
      // an emergency.
      const bool after_hyphen = (a == U'-' || a == U'–') && i >= 2 &&
                                is_latin_alnum(text_[i - 2]) && is_latin_alnum(b) && !is_digit(b);
      return after_hyphen ? BreakClass::Penalized : BreakClass::Emergency;
    }
    // UAX #14 LB24 glues a prefix + to the next character; after the postfix of
    // C++ or 10+ the Han text may start a new line (C++|和, 10+|年).
    if (is_postfix(i - 1)) return BreakClass::Allowed;
    // UAX #14 LB19 keeps “ ” ‘ ’ glued to both neighbours; in Chinese they are
    // opening/closing marks, so a line may break before “ and after ” (clreq §3.1.4).
    if (mark_kind(b) == MarkKind::Opening) return BreakClass::Allowed;
    const MarkKind before = mark_kind(a);
    if (before == MarkKind::Closing || before == MarkKind::Stop) return BreakClass::Allowed;
    return unicode;
  }

 private:
  static bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

  char32_t at(size_t i) const { return i < text_.size() ? text_[i] : U'\0'; }
  char32_t before(size_t i) const { return i > 0 ? text_[i - 1] : U'\0'; }

  // Pairs that no rule may ever separate.
  static bool never_between(char32_t a, char32_t b) {
    if (bc::is_attached(b) || a == 0x200D) return true;  // combining marks, VS, ZWJ sequences
    return a >= 0xD800 && a <= 0xDBFF && b >= 0xDC00 && b <= 0xDFFF;  // stray surrogate pair
  }

  // B3: a run of identical unit characters breaks only between whole 2em units.
  // A line may start with —— but not with …… (UAX #14 LB22), so between two ……
  // only an emergency break (B6) is left.
  BreakClass inside_unit_run(size_t i) const {
    const char32_t c = text_[i];
    if (c == U'⸺' || c == U'⸻') return BreakClass::Prohibited;  // ⸺⸺: one long dash
    if (run_length_ % 2 == 1) return BreakClass::Prohibited;    // inside one ——/……
    if (bc::is_ellipsis(c)) return BreakClass::Emergency;
    // Before another ——: allowed; before a lone trailing —: B1.
    return at(i + 1) == c ? BreakClass::Allowed : BreakClass::Prohibited;
  }

  // An en dash or hyphen with a digit on each side.
  bool is_range_dash(size_t i) const {
    const char32_t c = text_[i];
    return (c == U'-' || c == U'–') && is_digit(before(i)) && is_digit(at(i + 1));
  }

  bool is_plain_slash(size_t i) const {
    return bc::is_slash(text_[i]) && links_.kind[i] != LinkKind::Url;
  }

  // An ASCII slash outside URLs between two Latin tokens: a letter, digit or the + of C++
  // before it, a letter or digit after it (never the // of a URL's scheme).
  bool is_latin_slash(size_t i) const {
    const char32_t prev = before(i);
    return text_[i] == U'/' && links_.kind[i] != LinkKind::Url &&
           (is_latin_alnum(prev) || prev == U'+' || prev == U'#') && is_latin_alnum(at(i + 1));
  }

  // B3: + and # right after an alphanumeric (or another +) belong to it (C++, C#,
  // 100+), and so does a + that ends a number written in Han (2亿+/年).
  bool is_postfix(size_t i) const {
    const char32_t c = text_[i];
    if (c != U'+' && c != U'#') return false;
    const char32_t prev = before(i);
    if (is_latin_alnum(prev) || (c == U'+' && prev == U'+')) return true;
    return c == U'+' && is_han(prev) && !is_latin_alnum(at(i + 1));
  }

  bool is_non_starter(size_t i) const {
    const char32_t c = text_[i];
    if (c == U'—') return before(i) != U'—' && at(i + 1) != U'—';  // B1: a single —, not ——
    if (bc::is_word_joiner(c) && is_joining(i)) return false;      // NVIDIA’s, 26B–560B
    return bc::is_non_starter(c);
  }

  bool is_non_ender(size_t i) const {
    const char32_t c = text_[i];
    if (bc::is_non_ender(c)) return true;
    const bool digit_follows = is_digit(at(i + 1));
    if (bc::is_currency_prefix(c)) return digit_follows;  // B2, B3: ¥500
    if (!digit_follows) return false;
    // B3: a sign before digits (迭代+35倍, (-5)); a hyphen after a word or a Han
    // character is a range dash instead (2018-2019, 2018 年-2020 年).
    const char32_t prev = before(i);
    if (c == U'+' || c == U'±') return !is_latin_alnum(prev);
    if (c == U'-') return prev == U'\0' || bc::is_break_space(prev) || bc::is_non_ender(prev);
    return false;
  }

  // B3: × ’ – between two alphanumerics join them into one word.
  bool is_joining(size_t i) const { return is_latin_alnum(before(i)) && is_latin_alnum(at(i + 1)); }

  bool in_word(size_t i) const {
    const char32_t c = text_[i];
    if (bc::is_word_joiner(c)) return is_joining(i);
    // A combining mark belongs to the word of its base (e + ◌́); looking one character
    // back is enough for real text and keeps this constant time.
    if (bc::is_attached(c)) return i > 0 && bc::is_word_char(text_[i - 1]);
    return bc::is_word_char(c);
  }

  std::u32string_view text_;
  const LinkSpans& links_;
  size_t run_length_ = 0;  // how many copies of text_[i-1] end at i-1
};

std::vector<BreakClass> tailored_breaks(std::u32string_view text) {
  std::vector<BreakClass> breaks = unicode_breaks(text);
  if (text.empty()) return breaks;
  const LinkSpans links = find_link_spans(text);
  Tailor tailor(text, links);
  for (size_t i = 1; i < text.size(); ++i) breaks[i] = tailor.classify(i, breaks[i]);
  breaks[0] = BreakClass::Prohibited;
  return breaks;
}

// A bound on the paragraphs kept per thread, so that memory stays flat over thousands of
// different résumés: the cache is emptied when it reaches it.
constexpr size_t kMaxParagraphs = 5000;

}  // namespace

// The breaks of each paragraph are kept for the documents that follow on this thread (a
// batch worker, --watch): variants of one résumé share almost every paragraph, and ICU's
// line breaker with the tailoring was 4.9 % of a batch's instructions (callgrind, 10
// variants of the seed). Per thread, so never shared.
std::vector<BreakClass> find_breaks(std::u32string_view text) {
  thread_local std::map<std::u32string, std::vector<BreakClass>, std::less<>> known;
  auto it = known.find(text);
  if (it == known.end()) {
    if (known.size() >= kMaxParagraphs) known.clear();
    it = known.emplace(std::u32string(text), tailored_breaks(text)).first;
  }
  return it->second;
}

}  // namespace jianli::text
