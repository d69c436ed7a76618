// The two questions image/ asks of librsvg and gdk-pixbuf: an SVG's size, and whether a
// JPEG's pixels decode. They are answered in the module jianli-rsvg.so (rsvg/api.h), so
// that a résumé with no SVG or JPEG image never loads the GLib stack.
#pragma once

#include <string>
#include <string_view>

namespace jianli::image {

struct SvgSize {
  double width = 0, height = 0;  // CSS pixels; a viewBox's when the SVG gives no size
  std::string problem;           // why librsvg cannot size it, as said to the user; empty if it can
};

SvgSize read_svg_size(std::string_view svg);

// Why gdk-pixbuf cannot decode the JPEG's pixels in full; empty when it can.
std::string jpeg_problem(std::string_view jpeg);

}  // namespace jianli::image
