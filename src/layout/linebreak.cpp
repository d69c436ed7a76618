#include "layout/linebreak.h"

#include "layout/long_words.h"
#include "text/utf8.h"

namespace jianli::layout {

using text::BreakClass;

double natural_width(const Paragraph& p, size_t begin, size_t end) {
  if (begin >= end) return 0;
  double w = -p.glyphs[begin].start_trim - p.glyphs[end - 1].end_trim;
  if (end < p.glyphs.size()) w += p.junctions[end - 1].hyphen;  // a hyphenated line's hyphen
  for (size_t k = begin; k < end; ++k) {
    w += p.glyphs[k].width();
    if (k + 1 < end) w += p.junctions[k].width;
  }
  return w;
}

std::string line_text(const Paragraph& p, const LineSpan& span) {
  if (span.begin >= span.end) return {};
  const size_t from = p.glyphs[span.begin].source;
  size_t to = span.end < p.glyphs.size() ? p.glyphs[span.end].source : p.text.size();
  while (to > from && (p.text[to - 1] == U' ' || p.text[to - 1] == U'\n')) --to;
  return text::to_utf8(std::u32string_view(p.text).substr(from, to - from));
}

std::vector<LineSpan> break_first_fit(const Paragraph& p, double width) {
  return break_first_fit(p, {0, p.glyphs.size()}, width);
}

std::vector<LineSpan> break_first_fit(const Paragraph& p, GlyphRange range, double width) {
  std::vector<LineSpan> lines;
  const size_t n = range.end;
  const double tolerance = 0.01;  // pt; rounding only
  size_t begin = range.begin;
  while (begin < n) {
    // Running sums over the line so far: width without the end blank, and shrink.
    double w = -p.glyphs[begin].start_trim;
    double shrink = 0;
    // Line ends (exclusive) at the last break of each kind so far.
    size_t allowed = 0, penalized = 0, emergency = 0;
    size_t end = begin;
    bool mandatory = false;
    while (end < n) {
      const Glyph& g = p.glyphs[end];
      double with_glyph = w + g.width();
      if (end > begin && with_glyph - g.end_trim - shrink > width + tolerance) break;
      w = with_glyph;
      ++end;
      if (end == n) break;
      const Junction& j = p.junctions[end - 1];
      if (j.brk == BreakClass::Mandatory) {
        mandatory = true;
        break;
      }
      if (j.brk == BreakClass::Allowed) allowed = end;
      if (j.brk == BreakClass::Penalized || j.brk == BreakClass::Costly) penalized = end;
      // A hyphenation point is an emergency break to first fit, and only if the
      // hyphen it adds still fits.
      if (j.brk == BreakClass::Emergency && w + j.hyphen - shrink <= width + tolerance)
        emergency = end;
      w += j.width;
      shrink += j.shrink;
    }
    if (end < n && !mandatory) {
      // The line is full: end it at the last allowed break, else after a compound's
      // hyphen, else an emergency one, else where it filled up (a cut inside an
      // unbreakable run, B6).
      if (allowed > begin) {
        end = allowed;
      } else if (penalized > begin) {
        end = penalized;
      } else if (emergency > begin) {
        end = emergency;
      }
    }
    lines.push_back({begin, end, end == n || mandatory});
    begin = end;
  }
  return lines;
}

namespace {

std::vector<LineSpan> break_range(const Paragraph& p, GlyphRange range, double width,
                                  LineBreaking how, const model::JustifyLimits& limits) {
  if (how == LineBreaking::TotalFit) {
    std::vector<LineSpan> lines = break_total_fit(p, range, width, limits);
    if (!lines.empty()) return lines;
  }
  return break_first_fit(p, range, width);  // also the way out when total fit finds no legal set
}

// The glyphs from `from` on, broken into lines no wider than `width`.
std::vector<LineSpan> break_from(const Paragraph& p, size_t from, double width, LineBreaking how,
                                 const model::JustifyLimits& limits) {
  std::vector<LineSpan> lines;
  auto add = [&](GlyphRange range) {
    if (range.begin >= range.end) return;
    std::vector<LineSpan> more = break_range(p, range, width, how, limits);
    lines.insert(lines.end(), more.begin(), more.end());
  };
  // Each word wider than the line is cut on its own; the text before it ends at the legal
  // break before it, and its last piece starts the text after it.
  for (const GlyphRange& word : words_wider_than(p, width)) {
    if (word.begin < from) continue;
    add({from, word.begin});
    const std::vector<GlyphRange> pieces = even_pieces(p, word, width);
    for (size_t i = 0; i + 1 < pieces.size(); ++i)
      lines.push_back({pieces[i].begin, pieces[i].end, true});
    from = pieces.back().begin;
  }
  add({from, p.glyphs.size()});
  return lines;
}

}  // namespace

std::vector<LineSpan> break_lines(const Paragraph& p, double width, LineBreaking how,
                                  const model::JustifyLimits& limits) {
  return break_from(p, 0, width, how, limits);
}

std::vector<LineSpan> break_lines(const Paragraph& p, double narrow, size_t narrow_lines,
                                  double width, LineBreaking how,
                                  const model::JustifyLimits& limits) {
  std::vector<LineSpan> lines = break_from(p, 0, narrow_lines > 0 ? narrow : width, how, limits);
  if (narrow_lines == 0 || lines.size() <= narrow_lines) return lines;
  const size_t from = lines[narrow_lines].begin;
  lines.resize(narrow_lines);
  std::vector<LineSpan> rest = break_from(p, from, width, how, limits);
  lines.insert(lines.end(), rest.begin(), rest.end());
  return lines;
}

}  // namespace jianli::layout
