// An image file as the PDF embeds it: read, checked against the limits, its size known.
// Filled by image/ (the one stage that reads image files), placed by layout/, embedded
// by pdf/.
#pragma once

#include <string>

namespace jianli::model {

enum class ImageFormat { Png, Jpeg, Svg };

struct ImageFile {
  std::string path;  // as read (the résumé's folder joined with the source), for messages
  ImageFormat format = ImageFormat::Png;
  // Pixels; an SVG's intrinsic size in CSS pixels (96 to the inch).
  int width = 0, height = 0;
  std::string bytes;  // the whole file: the backends read no image files themselves
};

}  // namespace jianli::model
