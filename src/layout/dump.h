// The layout as JSON (--dump-layout): every page, every line with its text and
// baseline, and each run's x, width and font, so tests and users can check
// positions without reading the PDF.
#pragma once

#include <string>

#include "model/page.h"

namespace jianli::layout {

std::string dump_json(const model::PageSet& pages);

}  // namespace jianli::layout
