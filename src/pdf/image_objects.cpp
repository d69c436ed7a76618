#include "pdf/image_objects.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "model/error.h"
#include "pdf/svg_draw.h"

namespace jianli::pdf {
namespace {

// A rasterised SVG is drawn at 600 dpi for the largest size it is placed at: finer than a
// laser printer's dots. A page-sized drawing would take 35 Mpx at that resolution, so the
// pixels are capped (a full A4 page still gets 500 dpi).
constexpr double kSvgDpi = 600;
constexpr double kMaxSvgPixels = 24e6;

struct Size {
  double width = 0, height = 0;
};

// The largest size, pt, the image is placed at.
Size placed_size(const model::PageSet& pages, int image) {
  Size size;
  for (const model::Page& page : pages.pages)
    for (const model::PlacedImage& placed : page.images)
      if (placed.image == image) {
        size.width = std::max(size.width, placed.image_width);
        size.height = std::max(size.height, placed.image_height);
      }
  return size;
}

struct PixelSize {
  int width = 1, height = 1;
};

PixelSize svg_pixels(Size placed) {
  auto [width, height] = placed;
  double scale = kSvgDpi / 72;
  if (width * height * scale * scale > kMaxSvgPixels)
    scale = std::sqrt(kMaxSvgPixels / (width * height));
  return {std::max(1, static_cast<int>(std::ceil(width * scale))),
          std::max(1, static_cast<int>(std::ceil(height * scale)))};
}

HPDF_Image load(HaruDocument& doc, const model::PageSet& pages, int index) {
  const model::ImageFile& file = pages.images[index];
  auto bytes = [](const std::string& data) {
    return reinterpret_cast<const HPDF_BYTE*>(data.data());
  };
  auto size = [](const std::string& data) { return static_cast<HPDF_UINT>(data.size()); };
  switch (file.format) {
    case model::ImageFormat::Png:
      return doc.check(HPDF_LoadPngImageFromMem(doc.get(), bytes(file.bytes), size(file.bytes)),
                       "HPDF_LoadPngImageFromMem");
    case model::ImageFormat::Jpeg:
      return doc.check(HPDF_LoadJpegImageFromMem(doc.get(), bytes(file.bytes), size(file.bytes)),
                       "HPDF_LoadJpegImageFromMem");
    case model::ImageFormat::Svg:
      break;
  }
  PixelSize pixels = svg_pixels(placed_size(pages, index));
  std::string png = rasterise_svg(file.bytes, pixels.width, pixels.height);
  return doc.check(HPDF_LoadPngImageFromMem(doc.get(), bytes(png), size(png)),
                   "HPDF_LoadPngImageFromMem");
}

// The SVG as a page of vectors at the largest size it is placed at, so that a form drawn
// once is drawn at scale 1. Null when cairo's page cannot be had or qpdf cannot read it:
// the SVG is then rasterised, which needs only librsvg's own drawing. (No SVG of the test
// corpus falls back; a librsvg that cannot read the SVG fails both ways, with its reason.)
std::optional<ForeignPage> svg_as_page(const model::PageSet& pages, int index) {
  Size size = placed_size(pages, index);
  if (size.width <= 0 || size.height <= 0) return std::nullopt;
  try {
    return open_foreign_page(draw_svg_as_pdf(pages.images[index].bytes, size.width, size.height));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

PdfImages load_images(HaruDocument& doc, const model::PageSet& pages) {
  PdfImages images;
  for (size_t i = 0; i < pages.images.size(); ++i) {
    try {
      if (pages.images[i].format == model::ImageFormat::Svg) {
        if (std::optional<ForeignPage> page = svg_as_page(pages, static_cast<int>(i))) {
          images.objects.push_back({.form = static_cast<int>(images.forms.size())});
          images.forms.push_back(std::move(*page));
          continue;
        }
      }
      images.objects.push_back({.raster = load(doc, pages, static_cast<int>(i))});
    } catch (const std::runtime_error& e) {
      throw model::InputError(pages.images[i].path, {},
                              std::string("the image cannot be put into the PDF: ") + e.what());
    }
  }
  return images;
}

}  // namespace jianli::pdf
