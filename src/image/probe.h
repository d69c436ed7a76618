// What an image file is and how large, read from its first bytes: a PNG's IHDR, a JPEG's
// start-of-frame, an SVG's width, height or viewBox (librsvg). Nothing is decoded, so that
// the limits can refuse a decompression bomb before any memory is spent on its pixels.
#pragma once

#include <string>
#include <string_view>

#include "model/image_file.h"

namespace jianli::image {

struct Probe {
  bool ok = false;
  model::ImageFormat format = model::ImageFormat::Png;
  int width = 0, height = 0;  // pixels as seen upright; an SVG's in CSS pixels
  int orientation = 1;        // EXIF (model::ImageFile::orientation)
  std::string problem;        // when not ok: why, for a message ("not a PNG, JPEG or SVG file")
};

Probe probe(std::string_view bytes);

// Whether the pixels decode in full (PNG through libpng, JPEG through gdk-pixbuf): a file cut short
// or damaged past its header is found here, where it can still be reported at the
// résumé's line, rather than drawn half or refused by the PDF writer.
Probe check_pixels(std::string_view bytes, Probe probed);

}  // namespace jianli::image
