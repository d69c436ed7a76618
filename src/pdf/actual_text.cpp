#include "pdf/actual_text.h"

#include <cstdio>

#include "pdf/font_usage.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace jianli::pdf {
namespace {

// poppler's TextOutputDev starts a word at a gap of 0.1 em (minWordBreakSpace); 0.09 em
// leaves letter-spaced capitals (0.08 em at most in the shipped layouts) as they are.
constexpr double kWordGapEm = 0.09;
constexpr double kOverlapEm = 0.15;

struct Placed {
  const model::TextRun* run;
  const model::PlacedGlyph* glyph;
  std::string text;
  double left, right;  // pt: the glyph's origin and where its advance leaves the pen
};

// Single letters set apart by typed spaces ("2 / 2", "第 1 页 / 共 2 页", "— 1 —"): poppler
// takes a line of one-letter words with even gaps for letter-spaced text and drops the
// spaces ("2/2"; TextLine::coalesce merges words closer than 1.3 times the narrowest gap).
// Inside one span the text is read as typed, spaces included.
bool single_letters(const std::vector<Placed>& glyphs, size_t begin, size_t end) {
  size_t words = 0;
  for (size_t k = begin; k < end; ++k) {
    if (glyphs[k].text == " ") continue;
    if (k > begin && glyphs[k - 1].text != " ") return false;  // a word of two letters
    ++words;
  }
  return words > 1;
}

// At each line that ends with a typed hyphen (a break the line breaker took after one, not a
// hyphenation hyphen it added), the hyphen's span reads the rest of the word from the next
// line of the same element on this page, whose own span reads nothing (actual_text.h). Glyphs
// already in a gap span are left as they are.
// Whether a glyph's text holds a space of any kind, or a zero-width one: the end of the word
// (check/compare.cpp ends it at the same characters).
bool has_space(const std::string& text) {
  for (char32_t c : text::to_utf32(text))
    if (text::is_whitespace(c) || c == 0x200B) return true;
  return false;
}

void carry_word_after_hard_hyphens(const std::vector<Placed>& glyphs,
                                   const std::vector<bool>& in_span, TextSpans& spans) {
  for (size_t k = 0; k + 1 < glyphs.size(); ++k) {
    // The hyphen typed last on a line that the line breaker ended (LineEnd is said by a
    // line's last run), not one a hyphenation point added.
    const model::TextRun& run = *glyphs[k].run;
    if (run.line_end != model::LineEnd::Wrap || run.hyphenated ||
        &run.glyphs.back() != glyphs[k].glyph || glyphs[k].text != "-" || in_span[k])
      continue;
    const size_t begin = k + 1;  // the next line's first glyph
    if (glyphs[begin].run->element != run.element || glyphs[begin].run->y == run.y) continue;
    size_t end = begin;
    std::string word;
    while (end < glyphs.size() && glyphs[end].run->y == glyphs[begin].run->y && !in_span[end] &&
           !has_space(glyphs[end].text))
      word += glyphs[end++].text;
    if (word.empty()) continue;
    spans.open[k] = "-" + word;
    spans.close[k] = true;
    spans.mute[begin] = true;
    spans.close[end - 1] = true;
  }
}

}  // namespace

TextSpans gap_spans(const std::vector<model::TextRun>& runs,
                    const std::vector<const SubsetFont*>& subsets,
                    const std::vector<uint16_t>& codes, const std::vector<GapCarrier>& carriers) {
  std::vector<Placed> glyphs;
  for (const model::TextRun& run : runs)
    for (const model::PlacedGlyph& g : run.glyphs) {
      const double left = run.x + g.x - leading_shift(carriers.at(glyphs.size()), run.size);
      const int width = subsets.at(run.font)->width_of(codes.at(glyphs.size()));
      glyphs.push_back({&run, &g, glyph_text(run, g), left, left + width * run.size / 1000});
    }
  // joined[k]: glyph k is read in one span with glyph k - 1.
  std::vector<bool> joined(glyphs.size());
  size_t line_begin = 0;  // the first glyph of the line (of one element) glyph k is on
  for (size_t k = 1; k <= glyphs.size(); ++k) {
    const bool same_line = k < glyphs.size() && glyphs[k - 1].run->y == glyphs[k].run->y &&
                           glyphs[k - 1].run->element == glyphs[k].run->element;
    if (!same_line) {
      size_t first = line_begin, last = k;  // the line without its edge spaces
      while (first < last && glyphs[first].text == " ") ++first;
      while (last > first && glyphs[last - 1].text == " ") --last;
      if (single_letters(glyphs, first, last))
        for (size_t j = first + 1; j < last; ++j) joined[j] = true;
      line_begin = k;
      continue;
    }
    const Placed &a = glyphs[k - 1], &b = glyphs[k];
    const bool spaced = a.text.ends_with(' ') || b.text.starts_with(' ');
    const double em = std::min(a.run->size, b.run->size);
    const double gap = b.left - a.right;
    // poppler starts a word where the size changes and puts a space before it where the gap
    // passes 0.03 em: a small-caps heading's letter spacing split "S ummary".
    const bool resized = a.run->size != b.run->size;
    // A glyph drawn back over the one before (compressed punctuation: "）。") starts a new
    // word for poppler's raw mode past 0.2 em of overlap (minDupBreakOverlap).
    const bool overlap = gap < -kOverlapEm * em;
    joined[k] = !spaced && ((gap < em && (gap > kWordGapEm * em || resized)) ||
                            overlap);  // a wider gap is a real one (dates)
  }
  TextSpans spans{std::vector<std::string>(glyphs.size()), std::vector<bool>(glyphs.size()),
                  std::vector<bool>(glyphs.size())};
  std::vector<bool> in_span(glyphs.size());
  for (size_t k = 0; k < glyphs.size();) {
    size_t last = k;
    while (last + 1 < glyphs.size() && joined[last + 1]) ++last;
    if (last > k) {
      for (size_t j = k; j <= last; ++j) spans.open[k] += glyphs[j].text, in_span[j] = true;
      spans.close[last] = true;
    }
    k = last + 1;
  }
  carry_word_after_hard_hyphens(glyphs, in_span, spans);
  return spans;
}

std::string pdf_text_string(const std::string& utf8) {
  std::string out = "<FEFF";
  char buf[8];
  for (char32_t c : text::to_utf32(utf8)) {
    if (c >= 0x10000) {
      c -= 0x10000;
      std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(0xD800 + (c >> 10)));
      out += buf;
      c = 0xDC00 + (c & 0x3FF);
    }
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(c));
    out += buf;
  }
  return out + ">";
}

}  // namespace jianli::pdf
