#include "layout/line.h"

#include <algorithm>
#include <cmath>

#include "text/chars.h"
#include "text/utf8.h"

namespace jianli::layout {
namespace {

Opening opening(const Paragraph& p, const LineSpan& span, double excess) {
  double stretch = 0;
  size_t spread = 0, gaps = 0;
  for (size_t k = span.begin; k + 1 < span.end; ++k) {
    const Junction& j = p.junctions[k];
    stretch += j.stretch;
    gaps += chinese_gap(j);
    spread += j.spread && !chinese_gap(j);
  }
  return open_line(excess, stretch, spread, gaps, kHanLatinGlue * p.size);
}

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
  Opening open = opening(p, span, excess);
  for (size_t k = first; k < last; ++k) extra[k - first] = open.extra(p.junctions[k]);
  return extra;
}

bool same_look(const model::TextRun& run, const Glyph& g, const model::Color& color, double size) {
  return run.font == g.font && run.size == size && run.color == color;
}

// Han characters fill the ideographic em box, from 0.12 em under the baseline to 0.88 above
// it (where rows place the baseline). A face's own underline and strikeout are for Latin:
// Noto Serif CJK's underline, centred 0.1 em down, cuts the foot of 的, and its strikeout
// (0.33 em) runs low through Han. A line under Han clears the box; one through it halves it.
constexpr double kEmBoxDepth = 0.12, kEmBoxMiddle = 0.38;  // em

// The dot of 着重号 under a Han character: a sixth of an em across (clreq §3.3.2 draws it
// about that size), its centre a quarter em under the baseline, below the ideographic
// em box's bottom (0.12 em down) and above the next line.
constexpr double kDotSize = 1.0 / 6, kDotDepth = 0.25;  // em

// Lines across glyphs (underline, strikeout): one box per stretch of neighbouring glyphs
// that want it, placed by the stretch's first face, so that a line through "Web 开发" is
// one straight line.
class TextLines {
 public:
  // Glyph at [x, x + width) wants the line (`on`) at `position` above the baseline; a line
  // runs on over the gap to the next glyph that wants it too.
  void add(bool on, double x, double width, double position, double thickness,
           const model::Color& color, std::vector<model::Box>& boxes) {
    if (!on) {
      open_ = false;
      return;
    }
    if (open_ && boxes[open_index_].color == color) {
      model::Box& box = boxes[open_index_];
      box.width = x + width - box.x;
      return;
    }
    open_ = true;
    open_index_ = boxes.size();
    boxes.push_back({x, position - thickness / 2, width, thickness, color});
  }

 private:
  bool open_ = false;
  size_t open_index_ = 0;
};

// What is drawn with the glyphs of a line but is no glyph: underlines, strikeouts and the
// dots of Chinese emphasis.
class Decorations {
 public:
  // Glyph g, of `size` and `color`, set at x.
  void add(const Glyph& g, const GlyphLook& look, const FontMetrics& m, double x, double size,
           const model::Color& color, SetLine& line) {
    const bool ideographic = g.cls == GlyphClass::Han || g.cls == GlyphClass::Mark;
    const double under_thickness = m.underline_thickness * look.scale;
    const double under =
        ideographic ? -(kEmBoxDepth * size + under_thickness) : m.underline * look.scale;
    const double through = ideographic ? kEmBoxMiddle * size : m.strikeout * look.scale;
    underline_.add(look.underline, x, g.width(), under + look.rise, under_thickness, color,
                   line.boxes);
    strikeout_.add(look.strike, x, g.width(), through + look.rise,
                   m.strikeout_thickness * look.scale, color, line.boxes);
    if (look.dots && g.cls == GlyphClass::Han) {
      const double dot = kDotSize * size;
      line.boxes.push_back(
          {x + (g.width() - dot) / 2, -kDotDepth * size - dot / 2, dot, dot, color, true});
      line.descent = std::max(line.descent, (kDotDepth + kDotSize / 2) * size);
    }
  }

 private:
  TextLines underline_, strikeout_;
};

// The text glyph k stands for: its cluster's characters as typed, or nothing for a glyph that
// continues a cluster.
void append_cluster_text(const Paragraph& p, size_t k, std::string& out) {
  const Glyph& g = p.glyphs[k];
  for (size_t i = g.source; i < g.source + g.chars && i < p.text.size(); ++i)
    text::append_utf8(out, p.text[i]);
}

// Typed fixed-width spaces between glyph k and the next (Junction::fixed), each drawn at its
// own place so that copying from the PDF gives them back as typed (U+3000, not ' '). An em
// wide one is drawn as an ideographic space, from the face before or after it that has one,
// so that its box spans the gap (text extractors measure gaps by boxes); any other as the
// font's space. A font with no space glyph lends them to the text of the glyph before.
void add_fixed_spaces(const Paragraph& p, size_t k, double x, float rise, SetLine& line,
                      model::TextRun*& run) {
  size_t first = p.glyphs[k + 1].source;
  while (first > p.glyphs[k].source + 1 &&
         (p.text[first - 1] == U' ' || text::fixed_space_em(p.text[first - 1]) > 0))
    --first;
  for (size_t i = first; i < p.glyphs[k + 1].source; ++i) {
    const double em = text::fixed_space_em(p.text[i]);
    if (em <= 0) continue;
    int font = run->font;
    uint32_t glyph = p.metrics[font].space;
    for (size_t side : {k, k + 1})
      if (em == 1 && glyph == p.metrics[font].space &&
          p.metrics[p.glyphs[side].font].ideographic_space != 0) {
        font = p.glyphs[side].font;
        glyph = p.metrics[font].ideographic_space;
      }
    if (font != run->font) {
      line.runs.push_back({x, 0, 0, "", {}, font, run->size, run->color});
      run = &line.runs.back();
    }
    const size_t before = run->text.size();
    text::append_utf8(run->text, p.text[i]);
    const auto size = static_cast<uint32_t>(run->text.size() - before);
    if (glyph != 0)
      run->glyphs.push_back(
          {glyph, static_cast<float>(x - run->x), rise, static_cast<uint32_t>(before), size});
    else if (!run->glyphs.empty())
      run->glyphs.back().text_size += size;
    x += em * p.size * p.looks[p.style[i]].scale;
    run->width = x - run->x;
  }
}

// How the line ends, said on its last run: what the break fell on in the typed text, so that
// the plain-text twin joins the paragraph's lines as they were typed.
void mark_line_end(const Paragraph& p, const LineSpan& span, model::TextRun& last) {
  if (span.end >= p.glyphs.size()) {
    last.line_end = model::LineEnd::Paragraph;
    return;
  }
  if (p.junctions[span.end - 1].brk == text::BreakClass::Mandatory) {
    last.line_end = model::LineEnd::HardBreak;
    return;
  }
  last.line_end = model::LineEnd::Wrap;
  for (size_t i = p.glyphs[span.end - 1].source + 1; i < p.glyphs[span.end].source; ++i)
    if (p.text[i] == U' ' || text::fixed_space_em(p.text[i]) > 0)
      text::append_utf8(last.break_spaces, p.text[i]);
}

}  // namespace

bool too_loose(const Paragraph& p, const LineSpan& span, double width,
               const model::JustifyLimits& limits) {
  if (span.last || span.end - span.begin < 2) return false;
  const Opening open = opening(p, span, width - natural_width(p, span.begin, span.end));
  for (size_t k = span.begin; k + 1 < span.end; ++k) {
    const Junction& j = p.junctions[k];
    if (toward_limit(j.word_space, open.extra(j), p.size, limits) > 1 + 1e-9) return true;
  }
  return false;
}

SetLine set_line(const Paragraph& p, const LineSpan& span, double width, model::Align align,
                 const model::JustifyLimits& limits) {
  SetLine line;
  if (span.begin >= span.end) return line;
  double natural = natural_width(p, span.begin, span.end);
  double excess = width - natural;
  // A line that would open past the limits is set ragged instead (issue 11 item 1).
  const bool justify =
      align == model::Align::Justify && !span.last && !too_loose(p, span, width, limits);
  std::vector<double> extra = distribute(p, span, excess, justify);
  double used = natural;
  for (double e : extra) used += e;
  double x = 0;
  if (align == model::Align::Center) x = std::max(0.0, (width - used) / 2);
  if (align == model::Align::Right) x = std::max(0.0, width - used);
  x -= p.glyphs[span.begin].start_trim;

  // Glyphs join one run while they share a font and colour; each keeps its exact place.
  model::TextRun* run = nullptr;
  int link = -1;
  auto add = [&](uint32_t id, double at, float rise, size_t text_before) {
    run->glyphs.push_back({id, static_cast<float>(at - run->x), rise,
                           static_cast<uint32_t>(text_before),
                           static_cast<uint32_t>(run->text.size() - text_before)});
  };
  Decorations decorations;
  for (size_t k = span.begin; k < span.end; ++k) {
    const Glyph& g = p.glyphs[k];
    const model::Color& color = p.color_of(g);
    const GlyphLook& look = p.look_of(g);
    const double size = p.size * look.scale;
    const bool object = g.cp == kObject;
    if (object) {
      line.objects.push_back({g.id, x});
      run = nullptr;  // the text after it starts a run of its own
    } else if (!run || !same_look(*run, g, color, size) || g.link != link) {
      line.runs.push_back({x - g.left_cut, 0, 0, "", {}, g.font, size, color});
      // A link's first glyph adds its area below, after this run.
      const bool starts_link = g.link >= 0 && g.link != link;
      line.run_links.push_back(g.link < 0 ? -1
                                          : static_cast<int>(line.links.size()) - !starts_link);
      run = &line.runs.back();
    }
    if (!object) {
      size_t text_before = run->text.size();
      append_cluster_text(p, k, run->text);
      add(g.id, x - g.left_cut + g.x_offset, g.y_offset + look.rise, text_before);
    }
    const FontMetrics& m = p.metrics[g.font];
    decorations.add(g, look, m, x, size, color, line);
    line.ascent = std::max<double>(line.ascent, m.ascent);
    line.descent = std::max<double>(line.descent, m.descent);
    if (g.link >= 0) {
      if (g.link != link)
        line.links.push_back({x, -m.descent, 0, double(m.ascent) + m.descent, p.links[g.link]});
      line.links.back().width = x + g.width() - line.links.back().x;
    }
    link = g.link;
    x += g.width();
    if (run) run->width = x - run->x;
    if (k + 1 < span.end) {
      const Junction& j = p.junctions[k];
      // A typed space is drawn as the font's space glyph, so that copying from the PDF gives
      // words; the next glyph keeps its own place whatever the gap. A font with no space
      // glyph lends the space to the text of the glyph before.
      if (j.space && run) {
        size_t before = run->text.size();
        run->text += ' ';
        if (uint32_t space = p.metrics[run->font].space; space != 0)
          add(space, x, look.rise, before);
        else
          run->glyphs.back().text_size += 1;
      }
      if (j.fixed && run) add_fixed_spaces(p, k, x, look.rise, line, run);
      x += j.width + extra[k - span.begin];
    }
  }
  // A line broken at a hyphenation point shows the hyphen (its width was counted).
  if (run && span.end < p.glyphs.size() && p.junctions[span.end - 1].hyphen > 0) {
    size_t text_before = run->text.size();
    run->text += '-';
    add(p.metrics[run->font].hyphen, x, 0, text_before);
    run->width += p.junctions[span.end - 1].hyphen;
    run->hyphenated = true;
  }
  if (!line.runs.empty()) mark_line_end(p, span, line.runs.back());
  return line;
}

double image_push(const SetLine& line, const std::vector<InlineObject>& objects, double baseline,
                  double image_foot) {
  double tallest = 0;
  for (const LineObject& o : line.objects) tallest = std::max(tallest, objects[o.object].height);
  return std::max(0.0, tallest - image_foot - baseline);
}

void place_images(const SetLine& line, const std::vector<InlineObject>& objects, double x,
                  double baseline, double image_foot, std::vector<model::PlacedImage>& images) {
  for (const LineObject& o : line.objects) {
    const InlineObject& object = objects[o.object];
    const double top = baseline + image_foot - object.height;
    images.push_back({.image = object.file,
                      .x = x + o.x,
                      .y = top,
                      .width = object.width,
                      .height = object.height,
                      .image_x = x + o.x,
                      .image_y = top,
                      .image_width = object.width,
                      .image_height = object.height,
                      .alt = object.image->alt});
  }
}

}  // namespace jianli::layout
