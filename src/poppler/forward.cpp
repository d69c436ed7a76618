// check::extract_text, check::link_texts and raster::pdf_to_png as the rest of jianli calls
// them: through the poppler module, opened on first use (api.h).
#include "check/extract.h"
#include "poppler/api.h"
#include "raster/page_images.h"

namespace jianli::check {

std::vector<ExtractedPage> extract_text(const std::string& pdf_bytes) {
  return poppler_module::api().extract_text(pdf_bytes);
}

std::vector<std::vector<std::string>> link_texts(const std::string& pdf_bytes,
                                                 const std::vector<ScannedPage>& pages) {
  return poppler_module::api().link_texts(pdf_bytes, pages);
}

}  // namespace jianli::check

namespace jianli::raster {

std::vector<std::string> pdf_to_png(const std::string& pdf, int dpi, Arrangement arrangement) {
  return poppler_module::api().pdf_to_png(pdf, dpi, arrangement);
}

}  // namespace jianli::raster
