#include "parse/entities.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "parse/entity_table.h"
#include "text/utf8.h"

namespace jianli::parse {
namespace {

// HTML5 maps these numeric references in 0x80..0x9F to what Windows-1252 has there,
// since that is what pages that wrote them meant: "&#150;" is an en dash.
char32_t windows_1252(uint32_t value) {
  static constexpr char32_t kC1[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  return value >= 0x80 && value <= 0x9F ? kC1[value - 0x80] : value;
}

std::string numeric(std::string_view digits, bool hex) {
  uint32_t value = 0;
  auto [end, error] = std::from_chars(digits.begin(), digits.end(), value, hex ? 16 : 10);
  bool valid = !digits.empty() && error == std::errc() && end == digits.end() && value > 0 &&
               value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);
  std::string out;
  text::append_utf8(out, valid ? windows_1252(value) : 0xFFFD);
  return out;
}

}  // namespace

std::string decode_entity(std::string_view entity) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';')
    return std::string(entity);
  std::string_view name = entity.substr(1, entity.size() - 2);
  if (name.starts_with('#')) {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    return numeric(name.substr(hex ? 2 : 1), hex);
  }
  auto found = std::lower_bound(
      kNamedEntities.begin(), kNamedEntities.end(), name,
      [](const NamedEntity& known, std::string_view wanted) { return known.name < wanted; });
  if (found == kNamedEntities.end() || found->name != name) return std::string(entity);
  return std::string(found->text);
}

}  // namespace jianli::parse
