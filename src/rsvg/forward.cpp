// The functions of image/glib_decoders.h and pdf/svg_draw.h as the rest of jianli calls
// them: through jianli-rsvg.so, opened on first use (api.h).
#include "pdf/svg_draw.h"
#include "rsvg/api.h"

namespace jianli::image {

SvgSize read_svg_size(std::string_view svg) { return rsvg_module::api().read_svg_size(svg); }

std::string jpeg_problem(std::string_view jpeg) { return rsvg_module::api().jpeg_problem(jpeg); }

}  // namespace jianli::image

namespace jianli::pdf {

std::string draw_svg_as_pdf(std::string_view svg, double width, double height) {
  return rsvg_module::api().draw_svg_as_pdf(svg, width, height);
}

std::string rasterise_svg(std::string_view svg, int width, int height) {
  return rsvg_module::api().rasterise_svg(svg, width, height);
}

}  // namespace jianli::pdf
