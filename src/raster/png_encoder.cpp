#include "raster/png_encoder.h"

#include <cmath>
#include <stdexcept>

namespace jianli::raster {
namespace {

void append(png_structp png, png_bytep data, png_size_t size) {
  auto* bytes = static_cast<std::string*>(png_get_io_ptr(png));
  bytes->append(reinterpret_cast<const char*>(data), size);
}

void flush(png_structp) {}

// libpng reports an error by longjmp back to the setjmp of the call that failed (no C++
// exception may cross its C frames); the message is kept for the exception thrown there.
void on_error(png_structp png, png_const_charp message) {
  *static_cast<std::string*>(png_get_error_ptr(png)) = message;
  png_longjmp(png, 1);
}

void on_warning(png_structp, png_const_charp) {}

}  // namespace

PngEncoder::PngEncoder(int width, int height, int dpi) {
  png_ = png_create_write_struct(PNG_LIBPNG_VER_STRING, &error_, on_error, on_warning);
  if (png_) info_ = png_create_info_struct(png_);
  if (!png_ || !info_ || setjmp(png_jmpbuf(png_))) {
    png_destroy_write_struct(&png_, &info_);  // no destructor runs for a throwing constructor
    throw std::runtime_error("libpng: " + (error_.empty() ? "out of memory" : error_));
  }
  png_set_write_fn(png_, &bytes_, append, flush);
  png_set_IHDR(png_, info_, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  const auto per_metre = static_cast<png_uint_32>(std::lround(dpi / 0.0254));
  png_set_pHYs(png_, info_, per_metre, per_metre, PNG_RESOLUTION_METER);
  png_write_info(png_, info_);
}

PngEncoder::~PngEncoder() { png_destroy_write_struct(&png_, &info_); }

void PngEncoder::fail() const { throw std::runtime_error("libpng: " + error_); }

void PngEncoder::write_row(const uint8_t* rgb) {
  if (setjmp(png_jmpbuf(png_))) fail();
  png_write_row(png_, const_cast<png_bytep>(rgb));  // libpng does not write through it
}

std::string PngEncoder::finish() {
  if (setjmp(png_jmpbuf(png_))) fail();
  png_write_end(png_, info_);
  return std::move(bytes_);
}

}  // namespace jianli::raster
