// Whether a PNG's pixels decode in full, through libpng as libharu reads them. libharu
// 2.3.0 sets no error handler of its own, so a PNG damaged past its header makes libpng
// abort the whole program inside HPDF_LoadPngImageFromMem: every PNG is decoded here
// first, where an error is a message.
#pragma once

#include <string>
#include <string_view>

namespace jianli::image {

// Empty when the PNG decodes; else libpng's reason.
std::string png_problem(std::string_view bytes);

}  // namespace jianli::image
