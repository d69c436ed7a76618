#include "pdf/deflate.h"

#include <libdeflate.h>

#include <memory>
#include <new>

namespace jianli::pdf {
namespace {

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// zlib's default level, as qpdf's other streams (mend_pdf's kFlateLevel).
constexpr int kLevel = 6;

}  // namespace

std::string deflated(std::string_view bytes) {
  // One compressor per thread, kept: it is not for several threads at once, and a page's
  // content stream (a few KB) is compressed in about the time it takes to allocate one
  // (hundreds of KB of tables). Its output depends on the input alone.
  thread_local const std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
      libdeflate_alloc_compressor(kLevel));
  if (!compressor) throw std::bad_alloc();
  std::string out(libdeflate_zlib_compress_bound(compressor.get(), bytes.size()), '\0');
  size_t size = libdeflate_zlib_compress(compressor.get(), bytes.data(), bytes.size(), out.data(),
                                         out.size());
  out.resize(size);  // never 0: the bound always fits
  return out;
}

}  // namespace jianli::pdf
