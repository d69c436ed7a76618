// An SVG drawn by librsvg through cairo: as a one-page PDF of vectors, which mend_pdf takes
// into the résumé as a Form XObject, or as pixels, a PNG with alpha that libharu embeds
// when the vectors cannot be had (image_objects.cpp).
#pragma once

#include <string>
#include <string_view>

namespace jianli::pdf {

// The SVG scaled to a page of width × height pt, as the bytes of cairo's PDF. Throws
// std::runtime_error when librsvg or cairo cannot draw it.
std::string draw_svg_as_pdf(std::string_view svg, double width, double height);

// The SVG scaled to width × height pixels, as PNG bytes. Throws std::runtime_error when
// librsvg cannot draw it.
std::string rasterise_svg(std::string_view svg, int width, int height);

}  // namespace jianli::pdf
