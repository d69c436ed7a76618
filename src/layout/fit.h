// --fit-pages: tightening a layout, within the bounds it declares, until the
// document fits a number of pages.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/engine.h"

namespace jianli::layout {

struct FitResult {
  std::optional<LayoutResult> laid;  // empty when even the tightest setting does not fit
  std::vector<std::string> changes;  // what was tightened, for the user ("line height 1.6 → 1.45")
  int pages = 0;                     // pages at the tightest setting tried
};

// Tries spacing first (down to spec.fit_min_spacing of the layout's own), then
// line height (down to spec.fit_min_leading), then type size (body never below
// spec.fit_min_body_size; other roles in proportion), and stops at the first
// setting that fits `max_pages`. A last page left with a few lines (issue 11 item 5) is
// pulled back by tightening further where the bounds allow; either way `changes` says so.
FitResult fit_pages(const model::Document& doc, const model::LayoutSpec& spec,
                    text::FontLibrary& fonts, int max_pages, const image::Catalog& images = {});

}  // namespace jianli::layout
