// What a PDF draws, read back from its content streams with qpdf: where each piece of
// text sits, at what size and colour, over what background, whether it draws a missing
// glyph; and each link's target. What `jianli check` can check without the source.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace jianli::check {

struct Rect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // PDF points, origin bottom-left
  bool contains(double x, double y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
};

// One text-showing operator (Tj or TJ).
struct TextShow {
  double x = 0, y = 0;      // where the first glyph's baseline starts
  double size = 0;          // the font size in points, as the reader sees it
  model::Color color;       // fill colour
  model::Color background;  // the last filled shape under its start; white where none
  int glyphs = 0;
  int missing = 0;         // glyphs that draw .notdef (glyph 0)
  bool invisible = false;  // text rendering mode 3: drawn by no one (an OCR layer)
};

struct LinkTarget {
  Rect rect;
  std::string uri;
};

struct ScannedPage {
  std::vector<TextShow> shows;
  std::vector<LinkTarget> links;
  std::vector<double> baselines;  // each distinct baseline, from the top of the page down
  // 1-based line of a baseline, counted from the top of the page (the locations reported).
  int line_of(double y) const;
};

// Throws std::runtime_error when qpdf cannot read the file.
std::vector<ScannedPage> scan_pdf(const std::string& pdf_bytes);

}  // namespace jianli::check
