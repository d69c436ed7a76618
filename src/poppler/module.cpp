// The entry point of jianli-poppler.so (api.h): built into the module only, beside
// check/extract.cpp and raster/page_images.cpp.
#include "poppler/api.h"

extern "C" __attribute__((visibility("default"))) const void* jianli_poppler_api() {
  static const jianli::poppler_module::Api api{
      .extract_text = &jianli::check::extract_text,
      .link_texts = &jianli::check::link_texts,
      .pdf_to_png = &jianli::raster::pdf_to_png,
  };
  return &api;
}
