// Built into jianli-rsvg.so only (rsvg/api.h).
#include "image/glib_decoders.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <librsvg/rsvg.h>

#include <memory>

namespace jianli::image {
namespace {

struct GObjectUnref {
  void operator()(void* object) const { g_object_unref(object); }
};

std::string message_of(GError* error, const char* otherwise) {
  std::string why = error ? error->message : otherwise;
  if (error) g_error_free(error);
  return why;
}

}  // namespace

SvgSize read_svg_size(std::string_view svg) {
  GError* error = nullptr;
  std::unique_ptr<RsvgHandle, GObjectUnref> handle(
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
  if (!handle)
    return {.problem =
                "the SVG file cannot be read: " + message_of(error, "librsvg cannot read it")};
  SvgSize size;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &size.width, &size.height)) {
    // Only a viewBox (or percentages): its proportions, at the viewBox's size in px.
    gboolean has_viewbox = FALSE;
    RsvgRectangle viewbox{};
    rsvg_handle_get_intrinsic_dimensions(handle.get(), nullptr, nullptr, nullptr, nullptr,
                                         &has_viewbox, &viewbox);
    if (!has_viewbox) return {.problem = "the SVG file gives neither a size nor a viewBox"};
    size.width = viewbox.width;
    size.height = viewbox.height;
  }
  return size;
}

std::string jpeg_problem(std::string_view jpeg) {
  GError* error = nullptr;
  std::unique_ptr<GdkPixbufLoader, GObjectUnref> loader(
      gdk_pixbuf_loader_new_with_type("jpeg", &error));
  bool decoded =
      loader && gdk_pixbuf_loader_write(loader.get(), reinterpret_cast<const guchar*>(jpeg.data()),
                                        jpeg.size(), &error);
  // Closed even after a failed write, which a loader expects before it is freed.
  if (loader)
    decoded = gdk_pixbuf_loader_close(loader.get(), decoded ? &error : nullptr) && decoded;
  if (decoded) return {};
  return message_of(error, "its pixels cannot be decoded");
}

}  // namespace jianli::image
