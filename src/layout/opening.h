// How justification opens a line (J2, ../shared/docs/cjk-typesetting.md §4) and how far
// that may go before the line is set ragged instead (issue 11 items 1 and 7). Shared by
// line.cpp, which sets the line, and total_fit.cpp, which costs it, so both agree.
#pragma once

#include <algorithm>
#include <cstddef>

#include "layout/paragraph.h"
#include "model/style.h"

namespace jianli::layout {

// A Han–Latin gap's glue, em (S1: a quarter em that may grow to 1/3 em).
constexpr double kHanLatinGlue = 1.0 / 12;

// Whether a junction is a Han–Latin gap (or a space beside Chinese, set as one): glue that is
// not a word space's.
inline bool chinese_gap(const Junction& j) { return !j.word_space && j.stretch > 0; }

// J2: the glue of spaces and Han–Latin gaps takes the excess first, up to all of it
// (`ratio` 1); what remains goes in equal shares to every junction that may spread. A
// Han–Latin gap keeps its glue (1/12 em) until the share passes it and then opens with the
// rest, so that it reaches the limit together with the gaps between Han characters, not
// first (glue plus share put it 0.08 em ahead, past 0.15 em while they were at 0.07).
struct Opening {
  double ratio = 0;  // of each junction's stretch used, 0..1
  double share = 0;  // pt added at each spreading junction

  double extra(const Junction& j) const {
    if (chinese_gap(j)) return std::max(ratio * j.stretch, share);
    return ratio * j.stretch + (j.spread ? share : 0);
  }
};

// `spread`: junctions that take a share on top of their glue; `gaps`: Han–Latin gaps, of
// glue `gap_glue` pt each (included in `stretch`).
inline Opening open_line(double excess, double stretch, size_t spread, size_t gaps,
                         double gap_glue) {
  Opening o;
  if (excess <= 0) return o;
  o.ratio = stretch > 0 ? std::min(1.0, excess / stretch) : 0;
  double rest = excess - o.ratio * stretch;
  if (rest <= 0) return o;
  if (spread > 0 && rest <= double(spread) * gap_glue)
    o.share = rest / double(spread);  // the gaps keep their glue
  else if (spread + gaps > 0)
    o.share = (rest + double(gaps) * gap_glue) / double(spread + gaps);
  return o;
}

// How far a junction opened by `extra` pt is toward its limit: 1 at the limit. A word
// space is measured against `limits.space`, any other gap (between Chinese characters,
// Han–Latin) against `limits.han`; `size` is the em.
inline double toward_limit(bool word_space, double extra, double size,
                           const model::JustifyLimits& limits) {
  double limit = (word_space ? limits.space : limits.han) * size;
  return limit > 0 ? extra / limit : (extra > 0 ? 2 : 0);
}

}  // namespace jianli::layout
