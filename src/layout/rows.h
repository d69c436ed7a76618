// The document as a vertical list of rows (lines of text, rules) before it is cut
// into pages. Positions inside a row are relative to its top-left corner, with y
// measured downwards.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/page.h"

namespace jianli::layout {

struct Row {
  double space_before = 0;           // dropped at the top of a page
  double height = 0;                 // from the row's top to the next row's top
  std::vector<model::TextRun> runs;  // y: depth of the baseline below the row top
  std::vector<model::Box> boxes;     // y: depth of the box's top below the row top
  std::vector<model::Link> links;    // y: depth of the area's top below the row top
  // y and image_y: depths of the frame's and the whole image's tops below the row top.
  std::vector<model::PlacedImage> images;
  bool keep_with_next = false;              // a heading: never the last row of a page
  bool break_before = false;                // starts a new page (an explicit page break)
  std::optional<model::Bookmark> bookmark;  // page and y filled in when placed
  // A table's header rows, set again above this row when it starts a page.
  std::shared_ptr<const std::vector<Row>> repeat_above;
};

}  // namespace jianli::layout
