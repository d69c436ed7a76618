#include "layout/line.h"

#include <algorithm>
#include <cmath>

#include "text/utf8.h"

namespace jianli::layout {
namespace {

// Extra width for each junction of the line so that it fills `width`.
std::vector<double> distribute(const Paragraph& p, const LineSpan& span, double excess,
                               bool justify) {
  std::vector<double> extra(span.end - span.begin, 0.0);
  if (span.end - span.begin < 2) return extra;
  size_t first = span.begin, last = span.end - 1;  // junctions first..last-1
  if (excess < 0) {
    double shrink = 0;
    for (size_t k = first; k < last; ++k) shrink += p.junctions[k].shrink;
    double ratio = shrink > 0 ? std::max(-1.0, excess / shrink) : 0;
    for (size_t k = first; k < last; ++k) extra[k - first] = ratio * p.junctions[k].shrink;
    return extra;
  }
  if (!justify) return extra;
  double stretch = 0;
  size_t spread = 0;
  for (size_t k = first; k < last; ++k) {
    stretch += p.junctions[k].stretch;
    spread += p.junctions[k].spread;
  }
  double ratio = stretch > 0 ? std::min(1.0, excess / stretch) : 0;
  double rest = excess - ratio * stretch;
  double share = spread > 0 ? rest / spread : 0;
  for (size_t k = first; k < last; ++k) {
    const Junction& j = p.junctions[k];
    extra[k - first] = ratio * j.stretch + (j.spread ? share : 0);
  }
  return extra;
}

bool same_look(const model::TextRun& run, const Glyph& g, const model::Color& color) {
  return run.font == g.font && run.color.r == color.r && run.color.g == color.g &&
         run.color.b == color.b;
}

}  // namespace

SetLine set_line(const Paragraph& p, const LineSpan& span, double width, const std::string& align) {
  SetLine line;
  if (span.begin >= span.end) return line;
  double natural = natural_width(p, span.begin, span.end);
  double excess = width - natural;
  std::vector<double> extra = distribute(p, span, excess, align == "justify" && !span.last);
  double used = natural;
  for (double e : extra) used += e;
  double x = 0;
  if (align == "center") x = std::max(0.0, (width - used) / 2);
  if (align == "right") x = std::max(0.0, width - used);
  x -= p.glyphs[span.begin].start_trim;

  // Glyphs join one run while they share a look and sit at the run's own spacing
  // (PDF character spacing), so an evenly spread Chinese line is one run.
  model::TextRun* run = nullptr;
  size_t run_glyphs = 0;
  double run_next = 0;  // where the next glyph lands with no character spacing
  int link = -1;
  for (size_t k = span.begin; k < span.end; ++k) {
    const Glyph& g = p.glyphs[k];
    double draw_x = x - g.left_cut;
    double delta = draw_x - run_next;
    const model::Color& color = p.color_of(g);
    bool continues = run && same_look(*run, g, color) &&
                     (run_glyphs == 1 ? std::abs(delta) < 0.25 * p.size
                                      : std::abs(delta - run->char_spacing) < 0.005);
    if (continues && run_glyphs == 1) run->char_spacing = delta;
    if (!continues) {
      line.runs.push_back({draw_x, 0, 0, "", g.font, p.size, 0, color});
      run = &line.runs.back();
      run_glyphs = 0;
    }
    text::append_utf8(run->text, g.cp);
    ++run_glyphs;
    run_next = draw_x + g.advance;
    const FontMetrics& m = p.metrics[g.font];
    line.ascent = std::max<double>(line.ascent, m.ascent);
    line.descent = std::max<double>(line.descent, m.descent);
    if (g.link >= 0) {
      if (g.link != link)
        line.links.push_back({x, -m.descent, 0, double(m.ascent) + m.descent, p.links[g.link]});
      line.links.back().width = x + g.width() - line.links.back().x;
    }
    link = g.link;
    x += g.width();
    run->width = x - run->x;
    if (k + 1 < span.end) {
      const Junction& j = p.junctions[k];
      x += j.width + extra[k - span.begin];
      // Keep the typed space in the text so that copying from the PDF gives words;
      // the next glyph then starts a run of its own at its exact place.
      if (j.space) {
        text::append_utf8(run->text, U' ');
        run = nullptr;
      }
    }
  }
  // A line broken at a hyphenation point shows the hyphen (its width was counted).
  if (run && span.end < p.glyphs.size() && p.junctions[span.end - 1].hyphen > 0) {
    run->text += '-';
    run->width += p.junctions[span.end - 1].hyphen;
  }
  return line;
}

}  // namespace jianli::layout
