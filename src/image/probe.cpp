#include "image/probe.h"

#include <cmath>
#include <cstdint>
#include <memory>
#include <utility>

#include "image/glib_decoders.h"
#include "image/png_check.h"

namespace jianli::image {
namespace {

constexpr std::string_view kPngSignature = "\x89PNG\r\n\x1a\n";

uint32_t big_endian(std::string_view bytes, size_t at, int count) {
  uint32_t value = 0;
  for (int i = 0; i < count; ++i) value = value << 8 | static_cast<uint8_t>(bytes[at + i]);
  return value;
}

Probe failed(std::string problem) { return {.ok = false, .problem = std::move(problem)}; }

Probe sized(model::ImageFormat format, uint64_t width, uint64_t height) {
  if (width == 0 || height == 0) return failed("its header gives it no pixels");
  // 2^31 - 1 is far past any limit, and keeps the size an int.
  if (width > INT32_MAX || height > INT32_MAX) return failed("its header gives an absurd size");
  return {.ok = true,
          .format = format,
          .width = static_cast<int>(width),
          .height = static_cast<int>(height)};
}

Probe probe_png(std::string_view bytes) {
  // The signature, then the IHDR chunk: length, "IHDR", width, height (PNG §11.2.2).
  if (bytes.size() < 24 || bytes.substr(12, 4) != "IHDR")
    return failed("the PNG file is cut short before its size");
  return sized(model::ImageFormat::Png, big_endian(bytes, 16, 4), big_endian(bytes, 20, 4));
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range.
bool is_start_of_frame(uint8_t marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// The orientation tag (0x0112) of an APP1 Exif segment's first IFD, 1 when there is none.
// `exif` is the segment's body: "Exif\0\0", then a TIFF header and its IFDs.
int exif_orientation(std::string_view exif) {
  if (!exif.starts_with(std::string_view("Exif\0\0", 6)) || exif.size() < 14) return 1;
  std::string_view tiff = exif.substr(6);
  const bool little = tiff.starts_with("II");
  auto number = [&](size_t at, int count) -> uint32_t {
    if (at + count > tiff.size()) return 0;
    uint32_t value = 0;
    for (int i = 0; i < count; ++i) {
      uint8_t byte = static_cast<uint8_t>(tiff[at + (little ? count - 1 - i : i)]);
      value = value << 8 | byte;
    }
    return value;
  };
  const uint32_t ifd = number(4, 4);
  const uint32_t entries = number(ifd, 2);
  for (uint32_t i = 0; i < entries && i < 512; ++i) {
    const size_t entry = ifd + 2 + 12 * size_t(i);
    if (number(entry, 2) != 0x0112) continue;
    uint32_t orientation = number(entry + 8, 2);  // a SHORT, first in its value field
    return orientation >= 1 && orientation <= 8 ? static_cast<int>(orientation) : 1;
  }
  return 1;
}

Probe probe_jpeg(std::string_view bytes) {
  int orientation = 1;
  size_t at = 2;
  while (at + 4 <= bytes.size()) {
    if (static_cast<uint8_t>(bytes[at]) != 0xFF) return failed("the JPEG file is damaged");
    uint8_t marker = static_cast<uint8_t>(bytes[at + 1]);
    if (marker == 0xFF) {  // fill bytes before a marker
      ++at;
      continue;
    }
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // markers without a length
      at += 2;
      continue;
    }
    if (marker == 0xD9 || marker == 0xDA) break;  // end of image, start of scan: no frame seen
    uint32_t length = big_endian(bytes, at + 2, 2);
    if (marker == 0xE1 && length > 2)  // APP1: Exif, perhaps
      orientation = exif_orientation(bytes.substr(at + 4, length - 2));
    if (is_start_of_frame(marker)) {
      if (at + 9 > bytes.size()) break;
      uint32_t width = big_endian(bytes, at + 7, 2), height = big_endian(bytes, at + 5, 2);
      // Turned a quarter (5 to 8), the upright image is as wide as the stored one is tall.
      if (orientation >= 5) std::swap(width, height);
      Probe probed = sized(model::ImageFormat::Jpeg, width, height);
      probed.orientation = orientation;
      return probed;
    }
    at += 2 + length;
  }
  return failed("the JPEG file has no frame header");
}

bool looks_like_svg(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  return head.find("<svg") != std::string_view::npos;
}

Probe probe_svg(std::string_view bytes) {
  SvgSize size = read_svg_size(bytes);
  if (!size.problem.empty()) return failed(std::move(size.problem));
  if (!(size.width >= 0.5 && size.height >= 0.5)) return failed("the SVG file has no area");
  return sized(model::ImageFormat::Svg, static_cast<uint64_t>(std::lround(size.width)),
               static_cast<uint64_t>(std::lround(size.height)));
}

}  // namespace

Probe probe(std::string_view bytes) {
  if (bytes.empty()) return failed("the file is empty");
  if (bytes.starts_with(kPngSignature)) return probe_png(bytes);
  if (bytes.starts_with("\xFF\xD8")) return probe_jpeg(bytes);
  if (looks_like_svg(bytes)) return probe_svg(bytes);
  return failed("it is not a PNG, JPEG or SVG file");
}

Probe check_pixels(std::string_view bytes, Probe probed) {
  if (!probed.ok || probed.format == model::ImageFormat::Svg) return probed;
  std::string problem =
      probed.format == model::ImageFormat::Png ? png_problem(bytes) : jpeg_problem(bytes);
  return problem.empty() ? probed : failed("the image is damaged: " + problem);
}

}  // namespace jianli::image
