// What poppler's text extraction would take for a table across a sidebar's two columns.
//
// pdftotext's default mode (and poppler-cpp's page::text, which `jianli check` uses) reads
// four blocks of text as a 2×2 table, row by row, when a block, the nearest block to its
// right, the nearest below it and the nearest below-right line up left/right/centre in x
// within 0.7 and top/bottom/centre in y within 0.5 of the smallest font size
// (TextPage::coalesce in poppler's TextOutputDev.cc, 22.12). Across a sidebar's columns
// that interleaves them: the seed's side-column heading 教育背景 sat 2.9 pt above the
// main column's 个人简介 and both columns came out line by line (issue 13).
//
// The layout models poppler's blocks from its own lines and moves the side column's
// block down until no table spans the two columns. tests/extract/poppler_tables.py runs
// the same rule over poppler's real blocks.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "model/page.h"

namespace jianli::layout {

// One laid-out line of one column, as poppler sees it: a baseline, a font size and an
// extent in x. `row` is the row of its column the line belongs to.
struct ExtractedLine {
  int page = 0;
  double baseline = 0;  // pt above the page's bottom edge
  double size = 0;
  // Extent above and below the baseline, pt: the fonts' ascent and descent (hhea, as the
  // PDF's font descriptors give them), which poppler makes a word's box of.
  double ascent = 0, descent = 0;
  double x0 = 0, x1 = 0;
  model::Region region = model::Region::Main;
  size_t row = 0;
};

// The row of the side column whose space before, made larger, keeps poppler from reading
// a table across the two columns: the first row of the lower side-column block of the
// topmost such table. None when poppler would read each column whole.
std::optional<size_t> side_row_in_table(const std::vector<ExtractedLine>& lines);

}  // namespace jianli::layout
