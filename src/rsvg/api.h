// librsvg, and the GLib stack it brings (gdk-pixbuf, cairo, pango, GIO, X11's client
// libraries: 29 shared objects), loaded only when a résumé has an SVG or JPEG image.
// Linked into the program they cost every run their start-up in the dynamic loader, the
// largest share of a cold render of a résumé without such images (docs/performance.md).
// The code that calls them (image/glib_decoders.cpp, pdf/svg_draw.cpp) is built into
// jianli-rsvg.so, opened on first use; the rest of jianli calls those functions as
// declared in their headers, through forward.cpp.
#pragma once

#include <string>
#include <string_view>

#include "image/glib_decoders.h"

namespace jianli::rsvg_module {

struct Api {
  image::SvgSize (*read_svg_size)(std::string_view svg);
  std::string (*jpeg_problem)(std::string_view jpeg);
  std::string (*draw_svg_as_pdf)(std::string_view svg, double width, double height);
  std::string (*rasterise_svg)(std::string_view svg, int width, int height);
};

constexpr const char* kEntryPoint = "jianli_rsvg_api";
constexpr const char* kFileName = "jianli-rsvg.so";

// The module's functions, opened on the first call (module/open_module.h).
const Api& api();

}  // namespace jianli::rsvg_module
