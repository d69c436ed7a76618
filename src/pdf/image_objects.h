// The page set's images as libharu image objects, each loaded once and drawn wherever it
// is placed: PNG and JPEG through libharu's own loaders, SVG rasterised first.
#pragma once

#include <hpdf.h>

#include <vector>

#include "model/page.h"
#include "pdf/haru_document.h"

namespace jianli::pdf {

// Indexed like PageSet::images. Throws model::InputError naming the image file when
// libharu refuses it.
std::vector<HPDF_Image> load_images(HaruDocument& doc, const model::PageSet& pages);

}  // namespace jianli::pdf
