// Pictures of a PDF's pages, drawn by poppler from the PDF's bytes (the very file jianli
// writes, not a second drawing of the display list), for `--format png` and `make docs`.
#pragma once

#include <string>
#include <vector>

namespace jianli::raster {

// How the pages become PNG files.
enum class Arrangement {
  PagePerImage,  // one PNG per page
  LongImage,     // every page in one tall PNG, a thin grey rule between pages
};

// Draws `pdf` at `dpi` pixels per inch and encodes the result as PNG files (one per page,
// or one in all), each marked with its resolution. Throws std::runtime_error when poppler
// cannot read the PDF.
std::vector<std::string> pdf_to_png(const std::string& pdf, int dpi, Arrangement arrangement);

}  // namespace jianli::raster
