// The entry point of jianli-rsvg.so (api.h): built into the module only, beside
// image/glib_decoders.cpp and pdf/svg_draw.cpp.
#include "pdf/svg_draw.h"
#include "rsvg/api.h"

extern "C" __attribute__((visibility("default"))) const void* jianli_rsvg_api() {
  static const jianli::rsvg_module::Api api{
      .read_svg_size = &jianli::image::read_svg_size,
      .jpeg_problem = &jianli::image::jpeg_problem,
      .draw_svg_as_pdf = &jianli::pdf::draw_svg_as_pdf,
      .rasterise_svg = &jianli::pdf::rasterise_svg,
  };
  return &api;
}
