// Flate compression (zlib format, as /FlateDecode reads it) for the streams jianli
// compresses itself: the embedded fonts' (font_cache.h), and the page contents, images and
// attachments (mend_pdf.cpp).
#pragma once

#include <string>
#include <string_view>

namespace jianli::pdf {

// `bytes` deflated with libdeflate at level 6. On the seed's font streams libdeflate is
// 1.1–2× as fast as zlib at the same level, within 0.1 % of its size, smaller overall
// (bench: 65,666 bytes of Noto Serif CJK subset, zlib 53,540 B, libdeflate 53,498 B).
std::string deflated(std::string_view bytes);

}  // namespace jianli::pdf
