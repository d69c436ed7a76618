#include "layout/linebreak.h"

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

std::vector<LineSpan> break_first_fit(const Paragraph& p, double width) {
  std::vector<LineSpan> lines;
  const size_t n = p.glyphs.size();
  const double tolerance = 0.01;  // pt; rounding only
  size_t begin = 0;
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
      if (j.brk == BreakClass::Penalized) penalized = end;
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

std::vector<LineSpan> break_lines(const Paragraph& p, double width, LineBreaking how,
                                  const model::JustifyLimits& limits) {
  if (how == LineBreaking::TotalFit) {
    std::vector<LineSpan> lines = break_total_fit(p, width, limits);
    if (!lines.empty() || p.glyphs.empty()) return lines;
  }
  return break_first_fit(p, width);  // also the way out when total fit finds no legal set
}

}  // namespace jianli::layout
