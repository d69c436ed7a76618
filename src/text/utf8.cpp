#include "text/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace jianli::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

const uint8_t* bytes_of(std::string_view utf8) {
  // ICU's macros index with the bytes' unsigned values; a plain char may be signed.
  return reinterpret_cast<const uint8_t*>(utf8.data());
}

// Decodes the code point at `i` and moves `i` past it; a negative result marks an
// ill-formed sequence (then `i` has moved past its longest bad prefix).
UChar32 next_code_point(std::string_view utf8, size_t& i) {
  UChar32 cp;
  U8_NEXT(bytes_of(utf8), i, utf8.size(), cp);
  return cp;
}

}  // namespace

std::u32string to_utf32(std::string_view utf8, std::vector<size_t>& offsets) {
  std::u32string out;
  offsets.clear();
  for (size_t i = 0; i < utf8.size();) {
    offsets.push_back(i);
    const UChar32 cp = next_code_point(utf8, i);
    out += cp < 0 ? kReplacement : static_cast<char32_t>(cp);
  }
  offsets.push_back(utf8.size());
  return out;
}

std::string_view first_code_points(std::string_view utf8, size_t count) {
  size_t i = 0;
  for (size_t n = 0; n < count && i < utf8.size(); ++n) next_code_point(utf8, i);
  return utf8.substr(0, i);
}

std::u32string to_utf32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    const UChar32 cp = next_code_point(utf8, i);
    out.push_back(cp < 0 ? kReplacement : static_cast<char32_t>(cp));
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  uint8_t encoded[U8_MAX_LENGTH];
  size_t length = 0;
  bool invalid = false;
  U8_APPEND(encoded, length, U8_MAX_LENGTH, cp, invalid);
  if (invalid) return append_utf8(out, kReplacement);
  out.append(reinterpret_cast<const char*>(encoded), length);
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t cp : text) append_utf8(out, cp);
  return out;
}

std::optional<size_t> find_invalid_utf8(std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
    const size_t start = i;
    if (next_code_point(bytes, i) < 0) return start;
  }
  return std::nullopt;
}

size_t count_code_points(std::string_view utf8) {
  size_t count = 0;
  for (size_t i = 0; i < utf8.size(); ++count) next_code_point(utf8, i);
  return count;
}

size_t code_point_start(std::string_view utf8, size_t offset) {
  if (offset >= utf8.size()) return utf8.size();
  auto start = static_cast<int32_t>(offset);  // ICU offsets are 32-bit
  U8_SET_CP_START(bytes_of(utf8), 0, start);
  return static_cast<size_t>(start);
}

char32_t first_code_point(std::string_view utf8) {
  if (utf8.empty()) return 0;
  size_t i = 0;
  const UChar32 cp = next_code_point(utf8, i);
  return cp < 0 ? kReplacement : static_cast<char32_t>(cp);
}

char32_t last_code_point(std::string_view utf8) {
  if (utf8.empty()) return 0;
  return first_code_point(utf8.substr(code_point_start(utf8, utf8.size() - 1)));
}

}  // namespace jianli::text
