// Step 4 of setting a paragraph: justifying one line and turning its glyphs into
// positioned text runs and link areas.
#pragma once

#include <vector>

#include "layout/linebreak.h"
#include "layout/opening.h"
#include "layout/paragraph.h"
#include "model/page.h"

namespace jianli::layout {

// A line set at x = 0 on a baseline at y = 0.
// An image of the line: which of the paragraph's objects, and where it starts.
struct LineObject {
  size_t object = 0;  // index into Paragraph::objects
  double x = 0;
};

struct SetLine {
  std::vector<model::TextRun> runs;
  std::vector<model::Link> links;
  // For each run, the link its glyphs belong to (an index into `links`), or -1: a run
  // never straddles a link's edge, so that the link's text can be an element of its own.
  std::vector<int> run_links;
  // Underlines, strikeouts and emphasis dots; y, like a link's, is the bottom's height above
  // the baseline.
  std::vector<model::Box> boxes;
  std::vector<LineObject> objects;
  double ascent = 0, descent = 0;  // of the tallest glyph, pt
};

// Places the glyphs of `span` in `width`: justified lines are flush at both edges
// (J1: shrink Han–Latin gaps; J2: grow spaces and gaps, then spread the rest over
// every junction between characters, never inside Latin words, —— or ……). A line
// that would open a gap past `limits` is set flush left instead (issue 11 item 1).
SetLine set_line(const Paragraph& p, const LineSpan& span, double width, model::Align align,
                 const model::JustifyLimits& limits = {});

// An image in a line stands on the em box's foot, `image_foot` under the baseline, so that
// one an em tall fills the box as a Chinese character does. How far the tallest image of
// `line` pushes down a baseline `baseline` below the line's top.
double image_push(const SetLine& line, const std::vector<InlineObject>& objects, double baseline,
                  double image_foot);

// Places the images of `line` (starting at `x`) whose baseline is `baseline` below the row's
// top, into `images`.
void place_images(const SetLine& line, const std::vector<InlineObject>& objects, double x,
                  double baseline, double image_foot, std::vector<model::PlacedImage>& images);

// Whether justifying `span` to `width` would open some gap past `limits`.
bool too_loose(const Paragraph& p, const LineSpan& span, double width,
               const model::JustifyLimits& limits);

}  // namespace jianli::layout
