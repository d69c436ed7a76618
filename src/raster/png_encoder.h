// PNG files written with libpng, row by row, so that a tall picture never has to be held
// whole in memory.
#pragma once

#include <png.h>

#include <cstdint>
#include <string>

namespace jianli::raster {

class PngEncoder {
 public:
  // An 8-bit RGB image of `width` × `height` pixels at `dpi` (its pHYs chunk).
  PngEncoder(int width, int height, int dpi);
  ~PngEncoder();
  PngEncoder(const PngEncoder&) = delete;
  PngEncoder& operator=(const PngEncoder&) = delete;

  // Appends one row of width × 3 bytes. Throws std::runtime_error when libpng fails.
  void write_row(const uint8_t* rgb);
  // Ends the image after its last row; returns the file's bytes.
  std::string finish();

 private:
  [[noreturn]] void fail() const;

  std::string error_;  // libpng's message for the call that failed
  png_structp png_ = nullptr;
  png_infop info_ = nullptr;
  std::string bytes_;
};

}  // namespace jianli::raster
