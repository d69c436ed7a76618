// How large an image is set: at the width (or height) the résumé gives, in px at 96 dpi,
// mm or % of the column; else at its own size (an SVG's CSS px, a bitmap's pixels at
// 96 dpi); inline without a size, one line's height. Never wider than the column, the
// aspect ratio kept.
#pragma once

#include "model/document.h"
#include "model/image_file.h"
#include "model/page.h"

namespace jianli::layout {

struct ImageSize {
  double width = 0, height = 0;  // pt
};

// A length in pt; a percentage is of `whole`.
double length_pt(const model::Length& length, double whole);

// An image on lines of its own, at most `max_width` wide and `max_height` tall.
ImageSize block_image_size(const model::Image& image, const model::ImageFile& file,
                           double max_width, double max_height);

// An image in a line of text of `font_size`: one em tall unless the résumé gives a size.
ImageSize inline_image_size(const model::Image& image, const model::ImageFile& file,
                            double font_size, double max_width);

// The file scaled to cover the frame (x, y, width, height: lower-left corner and size)
// and centred on it, the overhang clipped: a photo of any shape fills its 1寸 frame.
model::PlacedImage cover_frame(const model::ImageFile& file, double x, double y, double width,
                               double height);

}  // namespace jianli::layout
