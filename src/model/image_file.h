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
  // Pixels as seen upright (after `orientation`); an SVG's size in CSS pixels (96 an inch).
  int width = 0, height = 0;
  // A camera JPEG's EXIF orientation: how its stored pixels turn to stand upright. 1: as
  // stored; 3: half a turn; 6 and 8: a quarter turn, clockwise and back (the stored
  // width is the upright height); 2, 4, 5, 7: the same mirrored.
  int orientation = 1;
  std::string bytes;  // the whole file: the backends read no image files themselves
};

}  // namespace jianli::model
