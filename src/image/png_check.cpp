#include "image/png_check.h"

#include <png.h>

#include <csetjmp>
#include <cstring>
#include <vector>

namespace jianli::image {
namespace {

struct Reader {
  std::string_view bytes;
  size_t at = 0;
  char error[200] = "";
};

void read_bytes(png_structp png, png_bytep out, png_size_t size) {
  auto* reader = static_cast<Reader*>(png_get_io_ptr(png));
  if (reader->bytes.size() - reader->at < size) png_error(png, "the file is cut short");
  std::memcpy(out, reader->bytes.data() + reader->at, size);
  reader->at += size;
}

void on_error(png_structp png, png_const_charp message) {
  auto* reader = static_cast<Reader*>(png_get_error_ptr(png));
  std::strncpy(reader->error, message, sizeof reader->error - 1);
  png_longjmp(png, 1);
}

void on_warning(png_structp, png_const_charp) {}  // a warning leaves the pixels readable

// libpng reports errors by longjmp: nothing here may need a destructor between the
// setjmp and the end of the decoding, so the row buffer is made before it.
bool decode(png_structp png, png_infop info, std::vector<png_byte>& row) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_read_info(png, info);
  png_set_strip_16(png);  // as libharu reads them: fewer bytes a row, same checks
  png_set_expand(png);
  int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  const png_uint_32 height = png_get_image_height(png, info);
  row.resize(png_get_rowbytes(png, info));
  for (int pass = 0; pass < passes; ++pass)
    for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, row.data(), nullptr);
  png_read_end(png, nullptr);
  return true;
}

}  // namespace

std::string png_problem(std::string_view bytes) {
  Reader reader{bytes};
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &reader, on_error, on_warning);
  if (!png) return "libpng cannot start";
  png_infop info = png_create_info_struct(png);
  png_set_read_fn(png, &reader, read_bytes);
  std::vector<png_byte> row;
  row.reserve(1);
  bool decoded = info && decode(png, info, row);
  png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
  if (decoded) return {};
  return reader.error[0] ? reader.error : "its pixels cannot be decoded";
}

}  // namespace jianli::image
