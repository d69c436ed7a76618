#include "pdf/font_usage.h"

#include <cstdio>
#include <stdexcept>

namespace jianli::pdf {
namespace {

std::string hex_code_point(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

[[noreturn]] void malformed(std::string_view text) {
  throw std::runtime_error("malformed UTF-8 in text to draw: \"" + std::string(text.substr(0, 40)) +
                           "\"");
}

}  // namespace

std::vector<char16_t> decode_bmp_utf8(std::string_view text) {
  std::vector<char16_t> out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    int extra = lead < 0x80 ? 0 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : -1;
    if (extra < 0 || lead > 0xF4 || i + extra >= text.size()) malformed(text);
    char32_t c = extra == 0 ? lead : lead & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
      auto cont = static_cast<unsigned char>(text[i + k]);
      if ((cont & 0xC0) != 0x80) malformed(text);
      c = (c << 6) | (cont & 0x3F);
    }
    static constexpr char32_t kSmallest[] = {0, 0x80, 0x800, 0x10000};
    if (c < kSmallest[extra] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) malformed(text);
    if (c > 0xFFFF) {
      throw std::runtime_error("character " + hex_code_point(c) + " in \"" + std::string(text) +
                               "\" is outside the Basic Multilingual Plane; libharu 2.3.0 would "
                               "print it as a space");
    }
    out.push_back(static_cast<char16_t>(c));
    i += extra + 1;
  }
  return out;
}

FontPlan plan_fonts(const model::PageSet& pages) {
  FontPlan plan;
  for (const model::FontFile& font : pages.fonts) {
    int found = -1;
    for (size_t e = 0; e < plan.embedded.size(); ++e) {
      if (plan.embedded[e].path == font.path && plan.embedded[e].index == font.index) found = e;
    }
    if (found < 0) {
      found = static_cast<int>(plan.embedded.size());
      plan.embedded.push_back({font.path, font.index, font.family, {}});
    }
    plan.embedded_of_font.push_back(found);
  }
  for (size_t p = 0; p < pages.pages.size(); ++p) {
    for (const model::TextRun& run : pages.pages[p].runs) {
      if (run.font < 0 || run.font >= static_cast<int>(plan.embedded_of_font.size())) {
        throw std::runtime_error("text run \"" + run.text + "\" on page " + std::to_string(p + 1) +
                                 " names font " + std::to_string(run.font) + ", but only " +
                                 std::to_string(pages.fonts.size()) + " fonts are listed");
      }
      std::set<char16_t>& used = plan.embedded[plan.embedded_of_font[run.font]].code_points;
      for (char16_t c : decode_bmp_utf8(run.text)) used.insert(c);
    }
  }
  return plan;
}

}  // namespace jianli::pdf
