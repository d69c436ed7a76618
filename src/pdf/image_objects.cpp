#include "pdf/image_objects.h"

#include <algorithm>
#include <cmath>

#include "model/error.h"
#include "pdf/svg_raster.h"

namespace jianli::pdf {
namespace {

// An SVG is drawn at 600 dpi for the largest size it is placed at: finer than a laser
// printer's dots. A page-sized drawing would take 35 Mpx at that resolution, so the
// pixels are capped (a full A4 page still gets 500 dpi).
constexpr double kSvgDpi = 600;
constexpr double kMaxSvgPixels = 24e6;

struct PixelSize {
  int width = 1, height = 1;
};

PixelSize svg_pixels(const model::PageSet& pages, int image) {
  double width = 0, height = 0;  // pt
  for (const model::Page& page : pages.pages)
    for (const model::PlacedImage& placed : page.images)
      if (placed.image == image) {
        width = std::max(width, placed.image_width);
        height = std::max(height, placed.image_height);
      }
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
  PixelSize pixels = svg_pixels(pages, index);
  std::string png = rasterise_svg(file.bytes, pixels.width, pixels.height);
  return doc.check(HPDF_LoadPngImageFromMem(doc.get(), bytes(png), size(png)),
                   "HPDF_LoadPngImageFromMem");
}

}  // namespace

std::vector<HPDF_Image> load_images(HaruDocument& doc, const model::PageSet& pages) {
  std::vector<HPDF_Image> images;
  for (size_t i = 0; i < pages.images.size(); ++i) {
    try {
      images.push_back(load(doc, pages, static_cast<int>(i)));
    } catch (const std::runtime_error& e) {
      throw model::InputError(pages.images[i].path, {},
                              std::string("the image cannot be put into the PDF: ") + e.what());
    }
  }
  return images;
}

}  // namespace jianli::pdf
