// poppler-cpp, loaded only when a run needs it (--format png, --check, `jianli check`).
// Linked into the program, poppler and the libraries it brings (NSS, lcms2, OpenJPEG,
// libtiff …: 28 shared objects) cost every run about 6 ms of CPU in the dynamic loader,
// a fifth of a cold render (docs/performance.md). So the code that calls poppler
// (check/extract.cpp, raster/page_images.cpp) is built into a module of its own,
// jianli-poppler.so, opened on first use; check::extract_text, check::link_texts and
// raster::pdf_to_png, as the rest of jianli calls them, go through it.
#pragma once

#include <string>
#include <vector>

#include "check/extract.h"
#include "raster/page_images.h"

namespace jianli::poppler_module {

// What the module hands the program: its functions, by the program's own declarations.
struct Api {
  std::vector<check::ExtractedPage> (*extract_text)(const std::string& pdf_bytes);
  std::vector<std::vector<std::string>> (*link_texts)(const std::string& pdf_bytes,
                                                      const std::vector<check::ScannedPage>& pages);
  std::vector<std::string> (*pdf_to_png)(const std::string& pdf, int dpi,
                                         raster::Arrangement arrangement);
};

// The module's one exported symbol: returns its Api.
constexpr const char* kEntryPoint = "jianli_poppler_api";
constexpr const char* kFileName = "jianli-poppler.so";

// The module's functions, opened on the first call (from beside the program, from
// PREFIX/lib/jianli when installed, or from the build folder). Throws std::runtime_error
// saying which files were tried when it cannot be opened.
const Api& api();

}  // namespace jianli::poppler_module
