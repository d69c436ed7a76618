// Knuth–Plass total-fit line breaking over the glyph/junction model of
// paragraph.h, with the glue of ../shared/docs/cjk-typesetting.md §5: Han–Latin
// gaps and spaces stretch first, every junction between characters may take
// a little (σ = 0.1 em), Han–Latin gaps shrink to 1/8 em. An emergency break
// (inside a word, URL or e-mail address) costs more than any legal set of lines
// could, so it is taken only where nothing legal fits (B3, B6).
#include <algorithm>
#include <cmath>
#include <limits>

#include "layout/linebreak.h"
#include "layout/opening.h"
#include "text/chars.h"

namespace jianli::layout {
namespace {

using text::BreakClass;

constexpr double kSpreadStretch = 0.1;  // em per junction that may take a share (J2.2)
constexpr double kLinePenalty = 10;     // Knuth's l: fewer lines are better
constexpr double kEmergencyPenalty = 1e7;
constexpr double kHyphenPenalty = 50;  // Knuth's \hyphenpenalty
// Knuth's \exhyphenpenalty, after EPS-|MoE or 2018-|2019: pdftotext's default mode drops
// a hyphen-minus that ends a line and joins the lines ("EPSMoE", docs/extraction.md), so
// the break costs as much as a line set ragged to 1.44 times the limits. TeX's 50 broke
// 4 of resume.en.md's first 15 lines at a hyphen; 1000 left 9 such breaks in the shipped
// résumés, 3000 one (sidebar's narrow column); 10000 set lines ragged instead.
constexpr double kExHyphenPenalty = 3000;
constexpr double kDoubleHyphenDemerits = 1e4;  // two hyphenated lines in a row
constexpr double kFitnessMismatch = 3000;      // a loose line next to a tight one
// A paragraph's last line holding one Chinese character alone (孤字), with or without its
// punctuation, looks like a
// mistake; this costs about as much as a line stretched to twice its glue.
constexpr double kLonelyLastCharacter = 1e6;
// A line holding nothing but an abbreviation such as "M.S." (issue 11) reads as a stray
// fragment: this costs more than a line set ragged (at most (10 + 1e5)^2 = 1e10), less than
// an emergency break (1e14).
constexpr double kAbbreviationAlone = 1e11;
constexpr double kMaxBadness = 100000;          // very loose lines stay possible, but costly
constexpr double kCappedBadnessTieBreak = 0.1;  // badness per emptiness of a capped line
constexpr size_t kMaxGlyphs = 50000;            // beyond this first fit keeps memory bounded
constexpr double kFirstPassRatio = 2;  // stretch used, as a multiple of what the glue offers
// A line that justifying would open past the layout's limits is set ragged (issue 11 item
// 1); in a justified paragraph that reads as a gap at the margin, so it costs as much as a
// line stretched to about twice its glue, and total fit takes it only where nothing else fits.
constexpr double kRaggedBadness = 1000;

// Running sums over a range of the paragraph so that any line's measures cost O(1). Sums
// are indexed by glyph, from the range's first: at(v, k) is v's sum over glyphs [first, k).
struct Prefix {
  size_t first;
  std::vector<double> glyphs, gaps, stretch, shrink;
  // For the opening of a line as line.cpp sets it (opening.h): the glue alone, and counts
  // of spreading junctions, word spaces and Han–Latin gaps.
  std::vector<double> glue;
  std::vector<uint32_t> spreads, word_spaces, han_latin;
  double widest_space_glue = 0, widest_gap_glue = 0;  // pt, over the range

  Prefix(const Paragraph& p, GlyphRange range) : first(range.begin) {
    const size_t n = range.end - range.begin;
    for (auto* v : {&glyphs, &gaps, &stretch, &shrink, &glue}) v->assign(n + 1, 0);
    for (auto* v : {&spreads, &word_spaces, &han_latin}) v->assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
      const size_t k = first + i;
      glyphs[i + 1] = glyphs[i] + p.glyphs[k].width();
      const Junction none;
      const Junction& j = k + 1 < range.end ? p.junctions[k] : none;
      double spread = j.spread ? kSpreadStretch * p.size : 0;
      gaps[i + 1] = gaps[i] + j.width;
      stretch[i + 1] = stretch[i] + j.stretch + spread;
      shrink[i + 1] = shrink[i] + j.shrink;
      glue[i + 1] = glue[i] + j.stretch;
      spreads[i + 1] = spreads[i] + j.spread;
      const bool gap = !j.word_space && j.stretch > 0;
      word_spaces[i + 1] = word_spaces[i] + j.word_space;
      han_latin[i + 1] = han_latin[i] + gap;
      if (j.word_space) widest_space_glue = std::max<double>(widest_space_glue, j.stretch);
      if (gap) widest_gap_glue = std::max<double>(widest_gap_glue, j.stretch);
    }
  }

  // The sum of v over glyphs [s, b).
  template <typename T>
  T between(const std::vector<T>& v, size_t s, size_t b) const {
    return v[b - first] - v[s - first];
  }

  // How near justifying the line of glyphs [s, b] to `excess` pt more than natural brings its
  // widest gap to the limits: above 1, line.cpp sets the line ragged.
  double toward_limits(size_t s, size_t b, double excess, double size,
                       const model::JustifyLimits& limits) const {
    const size_t gaps = between(han_latin, s, b);
    const size_t spreading = between(spreads, s, b) - gaps;
    const size_t spaces = between(word_spaces, s, b);
    const Opening open =
        open_line(excess, between(glue, s, b), spreading, gaps, kHanLatinGlue * size);
    double worst = 0;
    if (spaces > 0)
      worst = toward_limit(true, open.ratio * widest_space_glue + open.share, size, limits);
    if (gaps > 0 || spreading > spaces) {
      double gap = std::max(gaps > 0 ? open.ratio * widest_gap_glue : 0, open.share);
      worst = std::max(worst, toward_limit(false, gap, size, limits));
    }
    return worst;
  }
};

struct Node {
  long last_glyph;  // the line before ends with this glyph; -1 at the start
  int fitness;
  double demerits;
  long previous;            // index into nodes, -1 at the start
  bool hyphenated = false;  // the line ending here ends with a hyphen
};

int fitness_class(double ratio) {
  if (ratio < -0.5) return 0;  // tight
  if (ratio <= 0.5) return 1;  // decent
  if (ratio <= 1) return 2;    // loose
  return 3;                    // very loose
}

// 孤字 (issue 11 item 4): a last line of one Han character, with or without the punctuation
// after it (士。 师）。), or of punctuation alone. Such a line is at most a few glyphs, so
// the test is O(1).
bool lonely_last_line(const Paragraph& p, size_t s, size_t b) {
  constexpr size_t kMostMarksAfter = 3;  // 士）。” is still one character alone
  if (b - s > kMostMarksAfter) return false;
  size_t han = 0;
  for (size_t k = s; k <= b; ++k) {
    const Glyph& g = p.glyphs[k];
    const bool punctuation =
        g.cls == GlyphClass::Mark || (g.cls == GlyphClass::Latin && !text::is_latin_alnum(g.cp));
    if (g.cls == GlyphClass::Han)
      ++han;
    else if (!punctuation)
      return false;
  }
  return han <= 1;
}

// Whether glyphs [s, b] are one abbreviation and nothing else: Latin letters with two or
// more periods among them ("M.S.", "Ph.D.", "B.Eng.", "e.g."), perhaps a comma, semicolon or
// colon after it. Such a line is a few glyphs, so the test is O(1).
bool abbreviation_alone(const Paragraph& p, size_t s, size_t b) {
  constexpr size_t kLongest = 12;
  if (b - s >= kLongest) return false;
  while (b > s && (p.glyphs[b].cp == U',' || p.glyphs[b].cp == U';' || p.glyphs[b].cp == U':')) --b;
  size_t periods = 0;
  for (size_t k = s; k <= b; ++k) {
    if (k > s && p.junctions[k - 1].width > 0) return false;  // a space: two words
    const char32_t cp = p.glyphs[k].cp;
    if (cp == U'.')
      ++periods;
    else if (!text::is_latin_alnum(cp) || (cp >= U'0' && cp <= U'9'))
      return false;
  }
  return periods >= 2 && p.glyphs[b].cp == U'.';
}

struct Pass {
  double max_ratio;  // lines looser than this are not considered
  bool emergency;    // whether breaks inside words, URLs and addresses may be used
  bool fitness;      // whether tight and loose lines are kept apart (Knuth's classes)
};

// The lines a pass chose and what they cost; no lines when it found no way.
struct Breaks {
  std::vector<LineSpan> lines;
  double demerits = 0;
};

// One pass of Knuth–Plass over the glyphs of `range`, which ends the last line.
Breaks total_fit_pass(const Paragraph& p, GlyphRange range, const Prefix& sum, double width,
                      const Pass& pass, const model::JustifyLimits& limits) {
  const size_t n = range.end;
  const double tolerance = 0.01;
  std::vector<Node> nodes{{static_cast<long>(range.begin) - 1, 1, 0, -1}};
  std::vector<size_t> active{0};
  std::vector<size_t> still_active;

  for (size_t b = range.begin; b < n; ++b) {
    BreakClass brk = b + 1 < n ? p.junctions[b].brk : BreakClass::Mandatory;
    if (brk == BreakClass::Prohibited) continue;
    const float hyphen = b + 1 < n ? p.junctions[b].hyphen : 0;
    if (brk == BreakClass::Emergency && !pass.emergency && hyphen == 0) continue;
    const bool forced = brk == BreakClass::Mandatory;
    const double penalty = hyphen > 0 || brk == BreakClass::Costly ? kHyphenPenalty
                           : brk == BreakClass::Penalized          ? kExHyphenPenalty
                           : brk == BreakClass::Emergency          ? kEmergencyPenalty
                                                                   : 0;
    const bool ends_with_hyphen = hyphen > 0 || brk == BreakClass::Penalized;

    double best[4];
    long from[4];
    std::fill(best, best + 4, std::numeric_limits<double>::infinity());
    std::fill(from, from + 4, -1);
    still_active.clear();
    for (size_t a : active) {
      const Node& node = nodes[a];
      size_t s = static_cast<size_t>(node.last_glyph + 1);
      double natural = sum.between(sum.glyphs, s, b + 1) + sum.between(sum.gaps, s, b) -
                       p.glyphs[s].start_trim - p.glyphs[b].end_trim + hyphen;
      double shrink = sum.between(sum.shrink, s, b);
      if (natural - shrink > width + tolerance) continue;  // overfull now and for every later b
      still_active.push_back(a);
      double ratio = 0;
      double opened = 0;  // how far the widest gap opens toward the limits; > 1: set ragged
      if (natural > width) {
        ratio = shrink > 0 ? (width - natural) / shrink : 0;
      } else if (!forced) {
        double stretch = sum.between(sum.stretch, s, b);
        ratio = stretch > 0 ? (width - natural) / stretch : 10;
        opened = sum.toward_limits(s, b, width - natural, p.size, limits);
      }
      if (ratio > pass.max_ratio) continue;  // too loose to end a line here
      // A line set ragged costs more the shorter it falls (the further past the limits it
      // would have to open), so that of two such breaks the nearer to full is taken: in the
      // seed, "…效率和PS的" (1.03 times the limit) rather than "…效率和PS" (1.19).
      double r = std::abs(ratio);
      double badness = std::min(kMaxBadness, 100 * r * r * r);
      if (opened > 1)
        badness =
            std::max(badness, std::min(kMaxBadness, kRaggedBadness * opened * opened * opened));
      // At the cap, the emptier line costs more, so that of two lines both hopelessly loose
      // the fuller is taken: tied, the earlier break won, and a narrow cell set "熟 / 练程度：
      // Deployment" rather than "熟练程度： / Deployment". Up to 2e4 in demerits, more than
      // the lines below save by fitting snugly: at 200, a side column's skill item set "编"
      // alone after its bullet to save 1,176 below ("编 / 程语言: 近期常用Golang, C/C++,");
      // a line a tenth fuller is worth a hyphen (2500), not a hyphen-minus break (9e6).
      if (badness >= kMaxBadness && natural < width)
        badness += kCappedBadnessTieBreak * (width - natural) / width;
      int fitness = pass.fitness ? fitness_class(ratio) : 1;
      double d = (kLinePenalty + badness) * (kLinePenalty + badness) + penalty * penalty;
      if (forced && s > range.begin && lonely_last_line(p, s, b)) d += kLonelyLastCharacter;
      if (abbreviation_alone(p, s, b)) d += kAbbreviationAlone;
      if (std::abs(fitness - node.fitness) > 1) d += kFitnessMismatch;
      if (ends_with_hyphen && node.hyphenated) d += kDoubleHyphenDemerits;
      double total = node.demerits + d;
      if (total < best[fitness]) best[fitness] = total, from[fitness] = static_cast<long>(a);
    }
    active.swap(still_active);
    if (forced) active.clear();  // no line may run past a hard break
    for (int f = 0; f < 4; ++f) {
      if (from[f] < 0) continue;
      nodes.push_back({static_cast<long>(b), f, best[f], from[f], ends_with_hyphen});
      active.push_back(nodes.size() - 1);
    }
    if (active.empty()) return {};  // an unbreakable stretch wider than the line
  }

  // The best way to end the range; then follow the chain back.
  long end = -1;
  for (size_t a : active)
    if (nodes[a].last_glyph == static_cast<long>(n) - 1 &&
        (end < 0 || nodes[a].demerits < nodes[end].demerits))
      end = static_cast<long>(a);
  if (end < 0) return {};
  Breaks breaks{{}, nodes[end].demerits};
  std::vector<LineSpan>& lines = breaks.lines;
  for (long k = end; nodes[k].previous >= 0; k = nodes[k].previous) {
    size_t last = static_cast<size_t>(nodes[k].last_glyph);
    size_t first = static_cast<size_t>(nodes[nodes[k].previous].last_glyph + 1);
    bool hard = last + 1 == n || p.junctions[last].brk == BreakClass::Mandatory;
    lines.push_back({first, last + 1, hard});
  }
  std::reverse(lines.begin(), lines.end());
  return breaks;
}

}  // namespace

std::vector<LineSpan> break_total_fit(const Paragraph& p, double width,
                                      const model::JustifyLimits& limits) {
  return break_total_fit(p, {0, p.glyphs.size()}, width, limits);
}

std::vector<LineSpan> break_total_fit(const Paragraph& p, GlyphRange range, double width,
                                      const model::JustifyLimits& limits) {
  const size_t n = range.end - range.begin;
  if (n == 0 || n > kMaxGlyphs) return {};
  const Prefix sum(p, range);
  // As Knuth's two passes: first only allowed breaks and lines of decent
  // looseness, which keeps the candidates few; then, if that finds no way, any
  // looseness and emergency breaks, with one candidate per break to stay fast.
  // The second pass also runs when the first could only leave an abbreviation alone on a
  // line: a line looser than the first pass allows (one word alone) may avoid it.
  Breaks first = total_fit_pass(p, range, sum, width, {kFirstPassRatio, false, true}, limits);
  if (!first.lines.empty() && first.demerits < kAbbreviationAlone) return first.lines;
  Breaks second = total_fit_pass(p, range, sum, width,
                                 {std::numeric_limits<double>::infinity(), true, false}, limits);
  if (first.lines.empty() || (!second.lines.empty() && second.demerits < first.demerits))
    return second.lines;
  return first.lines;
}

}  // namespace jianli::layout
