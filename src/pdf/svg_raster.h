// An SVG drawn into pixels (librsvg and cairo), as a PNG with alpha that libharu embeds.
// Rasterised rather than converted to PDF paths: libharu has no way to take in another
// PDF's content, and at 600 dpi an icon's edges are finer than any printer's.
#pragma once

#include <string>
#include <string_view>

namespace jianli::pdf {

// The SVG scaled to width × height pixels, as PNG bytes. Throws std::runtime_error when
// librsvg cannot draw it.
std::string rasterise_svg(std::string_view svg, int width, int height);

}  // namespace jianli::pdf
