// Built into jianli-rsvg.so only (rsvg/api.h).
#include "pdf/svg_draw.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <memory>
#include <stdexcept>

namespace jianli::pdf {
namespace {

struct SurfaceFree {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextFree {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct GObjectUnref {
  void operator()(void* object) const { g_object_unref(object); }
};

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

[[noreturn]] void fail(GError* error) {
  std::string why = error ? error->message : "librsvg cannot draw it";
  if (error) g_error_free(error);
  throw std::runtime_error("an SVG image cannot be drawn: " + why);
}

std::unique_ptr<RsvgHandle, GObjectUnref> read_svg(std::string_view svg) {
  GError* error = nullptr;
  std::unique_ptr<RsvgHandle, GObjectUnref> handle(
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
  if (!handle) fail(error);
  return handle;
}

}  // namespace

std::string draw_svg_as_pdf(std::string_view svg, double width, double height) {
  std::unique_ptr<RsvgHandle, GObjectUnref> handle = read_svg(svg);
  std::string pdf;
  {
    std::unique_ptr<cairo_surface_t, SurfaceFree> surface(
        cairo_pdf_surface_create_for_stream(append_bytes, &pdf, width, height));
    std::unique_ptr<cairo_t, ContextFree> cr(cairo_create(surface.get()));
    RsvgRectangle viewport{0, 0, width, height};
    GError* error = nullptr;
    if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error)) fail(error);
    cr.reset();
    // The file is whole only once the surface is finished; its status tells a failed write.
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
      throw std::runtime_error(std::string("an SVG image cannot be drawn: cairo: ") +
                               cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  return pdf;
}

std::string rasterise_svg(std::string_view svg, int width, int height) {
  std::unique_ptr<RsvgHandle, GObjectUnref> handle = read_svg(svg);
  GError* error = nullptr;
  std::unique_ptr<cairo_surface_t, SurfaceFree> surface(
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height));
  std::unique_ptr<cairo_t, ContextFree> cr(cairo_create(surface.get()));
  RsvgRectangle viewport{0, 0, double(width), double(height)};
  if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error)) fail(error);
  cairo_surface_flush(surface.get());
  std::string png;
  if (cairo_surface_write_to_png_stream(surface.get(), append_bytes, &png) != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error("an SVG image cannot be drawn: cairo cannot write its pixels");
  return png;
}

}  // namespace jianli::pdf
