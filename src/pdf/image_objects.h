// The page set's images as PDF objects, each made once and drawn wherever it is placed: PNG
// and JPEG through libharu's own loaders; an SVG as vectors, a page of cairo's that mend_pdf
// copies in as a Form XObject, or rasterised when that page cannot be had.
#pragma once

#include <hpdf.h>

#include <vector>

#include "model/page.h"
#include "pdf/form_import.h"
#include "pdf/haru_document.h"

namespace jianli::pdf {

struct ImageObject {
  HPDF_Image raster = nullptr;  // libharu's image; null for a form
  int form = -1;                // the form's number among PdfImages::forms, drawn as /JS<form>
};

struct PdfImages {
  std::vector<ImageObject> objects;  // indexed like PageSet::images
  std::vector<ForeignPage> forms;    // for mend_pdf to copy in (PdfMending::forms)
};

// Throws model::InputError naming the image file when libharu or librsvg refuses it.
PdfImages load_images(HaruDocument& doc, const model::PageSet& pages);

}  // namespace jianli::pdf
