#include "layout/long_words.h"

#include <cmath>

namespace jianli::layout {
namespace {

using text::BreakClass;

constexpr double kTolerance = 0.01;  // pt; rounding only

bool legal_break(const Junction& j) {
  return j.brk == BreakClass::Allowed || j.brk == BreakClass::Penalized ||
         j.brk == BreakClass::Costly || j.brk == BreakClass::Mandatory || j.hyphen > 0;
}

// Natural widths of the lines that glyphs [begin, end) of one word could make, in O(1)
// each: running sums of glyph and junction widths.
class WordWidths {
 public:
  WordWidths(const Paragraph& p, GlyphRange word) : p_(p), word_(word) {
    sum_.assign(word.end - word.begin + 1, 0);
    for (size_t k = word.begin; k < word.end; ++k) {
      const double junction = k + 1 < word.end ? p.junctions[k].width : 0;
      sum_[k + 1 - word.begin] = sum_[k - word.begin] + p.glyphs[k].width() + junction;
    }
  }

  // The width of glyphs [s, t) set as a line (line-edge blanks dropped, as natural_width).
  double line(size_t s, size_t t) const {
    const double after = t < word_.end ? p_.junctions[t - 1].width : 0;
    return sum_[t - word_.begin] - sum_[s - word_.begin] - after - p_.glyphs[s].start_trim -
           p_.glyphs[t - 1].end_trim;
  }

 private:
  const Paragraph& p_;
  GlyphRange word_;
  std::vector<double> sum_;  // sum_[i]: glyphs and junctions before glyph word_.begin + i
};

// Moves a cut after glyph t - 1 off a junction where even an emergency break is not
// allowed (inside —— or a combining sequence): forward while the piece fits, else back.
size_t cut_where_allowed(const Paragraph& p, const WordWidths& widths, size_t s, size_t t,
                         size_t end, double width) {
  auto allowed = [&](size_t at) { return p.junctions[at - 1].brk != BreakClass::Prohibited; };
  if (allowed(t)) return t;
  for (size_t k = t + 1; k < end && widths.line(s, k) <= width + kTolerance; ++k)
    if (allowed(k)) return k;
  for (size_t k = t - 1; k > s; --k)
    if (allowed(k)) return k;
  return t;  // B6: nothing allowed at all, cut where the line is full
}

}  // namespace

std::vector<GlyphRange> words_wider_than(const Paragraph& p, double width) {
  std::vector<GlyphRange> words;
  const size_t n = p.glyphs.size();
  size_t start = 0;
  double w = 0;  // glyphs [start, k] and the junctions between them
  for (size_t k = 0; k < n; ++k) {
    w += p.glyphs[k].width();
    if (k + 1 < n && !legal_break(p.junctions[k])) {
      w += p.junctions[k].width;
      continue;
    }
    const double hyphen = k + 1 < n ? p.junctions[k].hyphen : 0;
    if (w - p.glyphs[start].start_trim - p.glyphs[k].end_trim + hyphen > width + kTolerance)
      words.push_back({start, k + 1});
    start = k + 1;
    w = 0;
  }
  return words;
}

std::vector<GlyphRange> even_pieces(const Paragraph& p, GlyphRange word, double width) {
  std::vector<GlyphRange> pieces;
  if (!(width > 0)) {  // no room at all (a list nested deeper than a side column is wide)
    for (size_t k = word.begin; k < word.end; ++k) pieces.push_back({k, k + 1});
    return pieces;
  }
  const WordWidths widths(p, word);
  size_t s = word.begin;
  while (s + 1 < word.end) {
    const double rest = widths.line(s, word.end);
    if (rest <= width + kTolerance) break;
    // The fewest pieces the rest needs, and the width each would have if all were equal;
    // a piece at least that wide leaves no more than the pieces after it can hold.
    const double pieces_left = std::ceil(rest / width - kTolerance / width);
    const double target = rest / pieces_left;
    size_t t = s + 1;
    while (t + 1 < word.end && widths.line(s, t) < target - kTolerance) ++t;
    if (t > s + 1 && widths.line(s, t) > width + kTolerance) --t;
    t = cut_where_allowed(p, widths, s, t, word.end, width);
    pieces.push_back({s, t});
    s = t;
  }
  pieces.push_back({s, word.end});
  return pieces;
}

}  // namespace jianli::layout
