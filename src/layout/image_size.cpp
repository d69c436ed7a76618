#include "layout/image_size.h"

#include <algorithm>

namespace jianli::layout {
namespace {

constexpr double kPtPerPx = 0.75;  // CSS: 96 px to the inch, 72 pt
constexpr double kPtPerMm = 72 / 25.4;

double ratio(const model::ImageFile& file) {
  return file.width > 0 && file.height > 0 ? double(file.height) / file.width : 1;
}

// The size the résumé gives, the missing side from the aspect ratio; a percentage height
// has nothing to be a percentage of, so it is left to the width.
ImageSize given_size(const model::Image& image, const model::ImageFile& file, double column,
                     ImageSize natural) {
  auto usable = [](const std::optional<model::Length>& l, bool may_be_percent) {
    return l && l->value > 0 && (may_be_percent || l->unit != model::Length::Unit::Percent);
  };
  const bool width = usable(image.width, true), height = usable(image.height, false);
  ImageSize size = natural;
  if (width) size.width = length_pt(*image.width, column);
  if (height) size.height = length_pt(*image.height, column);
  if (width && !height) size.height = size.width * ratio(file);
  if (height && !width) size.width = size.height / ratio(file);
  return size;
}

// Scaled down, both sides alike, to fit within the bounds.
ImageSize within(ImageSize size, double max_width, double max_height) {
  double scale = 1;
  if (size.width > max_width) scale = max_width / size.width;
  if (size.height * scale > max_height) scale = max_height / size.height;
  return {size.width * scale, size.height * scale};
}

}  // namespace

double length_pt(const model::Length& length, double whole) {
  switch (length.unit) {
    case model::Length::Unit::Px:
      return length.value * kPtPerPx;
    case model::Length::Unit::Mm:
      return length.value * kPtPerMm;
    case model::Length::Unit::Percent:
      return length.value / 100 * whole;
    case model::Length::Unit::Pt:
      break;
  }
  return length.value;
}

ImageSize block_image_size(const model::Image& image, const model::ImageFile& file,
                           double max_width, double max_height) {
  ImageSize natural{file.width * kPtPerPx, file.height * kPtPerPx};
  return within(given_size(image, file, max_width, natural), max_width, max_height);
}

ImageSize inline_image_size(const model::Image& image, const model::ImageFile& file,
                            double font_size, double max_width) {
  ImageSize em{font_size / ratio(file), font_size};
  ImageSize size = given_size(image, file, max_width, em);
  return within(size, max_width, 1e9);
}

model::PlacedImage cover_frame(const model::ImageFile& file, double x, double y, double width,
                               double height) {
  model::PlacedImage placed{.x = x, .y = y, .width = width, .height = height};
  double image_ratio = ratio(file);
  // The side that fills the frame exactly; the other overhangs, evenly on both ends.
  if (image_ratio > height / width) {
    placed.image_width = width;
    placed.image_height = width * image_ratio;
  } else {
    placed.image_height = height;
    placed.image_width = height / image_ratio;
  }
  placed.image_x = x - (placed.image_width - width) / 2;
  placed.image_y = y - (placed.image_height - height) / 2;
  return placed;
}

}  // namespace jianli::layout
