#include "parse/html_styles.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include "parse/html_tags.h"

namespace jianli::parse {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::string_view(" \t\n\f\r").find(text.front()) != std::string::npos)
    text.remove_prefix(1);
  while (!text.empty() && std::string_view(" \t\n\f\r").find(text.back()) != std::string::npos)
    text.remove_suffix(1);
  return text;
}

std::string lowercase(std::string_view text) { return ascii_lowercase(trim(text)); }

// A leading number and what follows it: "12.5px" → 12.5, "px".
std::optional<std::pair<double, std::string>> number_and_unit(std::string_view text) {
  std::string value = lowercase(text);
  if (!value.empty() && value.front() == '+') value.erase(0, 1);
  double number = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end == value.data()) return std::nullopt;
  return std::pair{number, std::string(trim(std::string_view(end, value.data() + value.size())))};
}

// The named colours résumés use: CSS's sixteen basic ones and the common shades.
constexpr std::array<std::pair<std::string_view, unsigned>, 33> kNamedColors = {{
    {"black", 0x000000},     {"silver", 0xC0C0C0},    {"gray", 0x808080},
    {"grey", 0x808080},      {"white", 0xFFFFFF},     {"maroon", 0x800000},
    {"red", 0xFF0000},       {"purple", 0x800080},    {"fuchsia", 0xFF00FF},
    {"green", 0x008000},     {"lime", 0x00FF00},      {"olive", 0x808000},
    {"yellow", 0xFFFF00},    {"navy", 0x000080},      {"blue", 0x0000FF},
    {"teal", 0x008080},      {"aqua", 0x00FFFF},      {"orange", 0xFFA500},
    {"darkred", 0x8B0000},   {"darkblue", 0x00008B},  {"darkgreen", 0x006400},
    {"darkgray", 0xA9A9A9},  {"darkgrey", 0xA9A9A9},  {"lightgray", 0xD3D3D3},
    {"lightgrey", 0xD3D3D3}, {"dimgray", 0x696969},   {"dimgrey", 0x696969},
    {"brown", 0xA52A2A},     {"crimson", 0xDC143C},   {"firebrick", 0xB22222},
    {"steelblue", 0x4682B4}, {"royalblue", 0x4169E1}, {"dodgerblue", 0x1E90FF},
}};

model::Color from_rgb(unsigned rgb) {
  return {((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0};
}

std::optional<model::Color> hex_color(std::string_view hex) {
  if ((hex.size() != 3 && hex.size() != 6) ||
      hex.find_first_not_of("0123456789abcdef") != std::string_view::npos)
    return std::nullopt;
  unsigned rgb = 0;
  std::from_chars(hex.data(), hex.data() + hex.size(), rgb, 16);
  if (hex.size() == 3)  // #abc is #aabbcc
    rgb = ((rgb >> 8) & 0xF) * 0x110000 + ((rgb >> 4) & 0xF) * 0x1100 + (rgb & 0xF) * 0x11;
  return from_rgb(rgb);
}

// "rgb(204, 0, 0)" or "rgb(80%, 0%, 0%)"; an alpha part is read past.
std::optional<model::Color> rgb_function(std::string_view text) {
  size_t open = text.find('(');
  size_t close = text.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open)
    return std::nullopt;
  std::string_view rest = text.substr(open + 1, close - open - 1);
  std::array<double, 3> channels{};
  for (double& channel : channels) {
    size_t cut = std::min(rest.find_first_of(", /"), rest.size());
    std::optional<std::pair<double, std::string>> value = number_and_unit(rest.substr(0, cut));
    if (!value || (!value->second.empty() && value->second != "%")) return std::nullopt;
    channel = std::clamp(value->first / (value->second == "%" ? 100 : 255), 0.0, 1.0);
    rest.remove_prefix(cut);
    while (!rest.empty() && std::string_view(", /").find(rest.front()) != std::string::npos)
      rest.remove_prefix(1);
  }
  return model::Color{channels[0], channels[1], channels[2]};
}

std::optional<bool> parse_font_weight(std::string_view text) {
  std::string value = lowercase(text);
  if (value == "bold" || value == "bolder") return true;
  if (value == "normal" || value == "lighter") return false;
  std::optional<std::pair<double, std::string>> number = number_and_unit(value);
  if (!number || !number->second.empty()) return std::nullopt;
  return number->first >= 600;
}

}  // namespace

std::optional<model::Color> parse_color(std::string_view text) {
  std::string value = lowercase(text);
  if (value.starts_with('#')) return hex_color(std::string_view(value).substr(1));
  if (value.starts_with("rgb")) return rgb_function(value);
  for (const auto& [name, rgb] : kNamedColors)
    if (name == value) return from_rgb(rgb);
  return std::nullopt;
}

std::optional<model::Length> parse_length(std::string_view text) {
  std::optional<std::pair<double, std::string>> value = number_and_unit(text);
  if (!value || !(value->first > 0)) return std::nullopt;
  auto [number, unit] = *value;
  using Unit = model::Length::Unit;
  if (unit.empty() || unit == "px") return model::Length{number, Unit::Px};
  if (unit == "%") return model::Length{number, Unit::Percent};
  if (unit == "mm") return model::Length{number, Unit::Mm};
  if (unit == "cm") return model::Length{number * 10, Unit::Mm};
  if (unit == "in") return model::Length{number * 72, Unit::Pt};
  if (unit == "pt") return model::Length{number, Unit::Pt};
  return std::nullopt;
}

bool class_floats_right(std::string_view classes) {
  static constexpr std::array<std::string_view, 5> kFloatRight = {"right", "pull-right",
                                                                  "float-right", "float-end", "fr"};
  std::string names = ascii_lowercase(classes);
  for (size_t at = 0; at < names.size();) {
    const size_t begin = names.find_first_not_of(" \t\n\f\r", at);
    if (begin == std::string::npos) break;
    const size_t end = std::min(names.find_first_of(" \t\n\f\r", begin), names.size());
    if (std::ranges::find(kFloatRight, std::string_view(names).substr(begin, end - begin)) !=
        kFloatRight.end())
      return true;
    at = end;
  }
  return false;
}

std::optional<model::Align> parse_align(std::string_view text) {
  std::string value = lowercase(text);
  if (value == "left" || value == "start") return model::Align::Left;
  if (value == "center" || value == "middle") return model::Align::Center;
  if (value == "right" || value == "end") return model::Align::Right;
  if (value == "justify") return model::Align::Justify;
  return std::nullopt;
}

std::optional<double> parse_font_size(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, double>, 9> kKeywords = {{
      {"xx-small", 0.5625},
      {"x-small", 0.625},
      {"small", 0.8125},
      {"medium", 1},
      {"large", 1.125},
      {"x-large", 1.5},
      {"xx-large", 2},
      {"smaller", 0.83},
      {"larger", 1.2},
  }};
  std::string value = lowercase(text);
  for (const auto& [keyword, scale] : kKeywords)
    if (keyword == value) return scale;
  std::optional<std::pair<double, std::string>> number = number_and_unit(value);
  if (!number || !(number->first > 0)) return std::nullopt;
  auto [size, unit] = *number;
  double scale = 0;
  if (unit == "px") scale = size / 16;  // CSS's medium is 16 px
  if (unit == "pt") scale = size / 12;  // … and 12 pt
  if (unit == "em" || unit == "rem") scale = size;
  if (unit == "%") scale = size / 100;
  if (scale == 0) return std::nullopt;
  return std::clamp(scale, 0.5, 3.0);
}

std::optional<double> parse_font_size_attribute(std::string_view text) {
  // HTML's legacy sizes 1..7 as CSS keywords (x-small … xxx-large).
  static constexpr std::array<double, 7> kSizes = {0.625, 0.8125, 1, 1.125, 1.5, 2, 3};
  std::string value = lowercase(text);
  std::optional<std::pair<double, std::string>> number = number_and_unit(value);
  if (!number || !number->second.empty()) return std::nullopt;
  int size = static_cast<int>(number->first);
  if (value.starts_with('+') || value.starts_with('-')) size += 3;
  return kSizes[std::clamp(size, 1, 7) - 1];
}

std::optional<double> parse_text_indent(std::string_view text) {
  constexpr double kMostEms = 8;
  std::optional<std::pair<double, std::string>> value = number_and_unit(text);
  if (!value || value->first < 0) return std::nullopt;
  auto [number, unit] = *value;
  double ems = unit == "em" || unit == "rem" ? number
               : unit == "px"                ? number / 16
               : unit == "pt"                ? number / 12
               : number == 0 && unit.empty() ? 0
                                             : -1;
  if (ems < 0 || ems > kMostEms) return std::nullopt;
  return ems;
}

CssStyle parse_style(std::string_view declarations) {
  CssStyle style;
  while (!declarations.empty()) {
    size_t end = std::min(declarations.find(';'), declarations.size());
    std::string_view declaration = declarations.substr(0, end);
    declarations.remove_prefix(std::min(end + 1, declarations.size()));
    size_t colon = declaration.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = lowercase(declaration.substr(0, colon));
    std::string value = lowercase(declaration.substr(colon + 1));
    if (value.ends_with("!important")) value = lowercase(value.substr(0, value.size() - 10));
    bool understood = true;
    if (name == "color") {
      style.color = parse_color(value);
      understood = style.color.has_value();
    } else if (name == "font-size") {
      style.scale = parse_font_size(value);
      understood = style.scale.has_value();
    } else if (name == "font-weight") {
      style.bold = parse_font_weight(value);
      understood = style.bold.has_value();
    } else if (name == "text-align") {
      style.align = parse_align(value);
      understood = style.align.has_value();
    } else if (name == "text-indent") {
      style.indent = parse_text_indent(value);
      understood = style.indent.has_value();
    } else if (name == "width" || name == "height") {
      (name == "width" ? style.width : style.height) = parse_length(value);
      understood = (name == "width" ? style.width : style.height).has_value() || value == "auto";
    } else if (name == "float") {
      style.float_right = value == "right";
      understood = value == "right" || value == "left" || value == "none";
    } else if (!name.empty() &&
               std::find(style.ignored.begin(), style.ignored.end(), name) == style.ignored.end()) {
      style.ignored.push_back(name);
    }
    if (!understood) style.bad_values.push_back(name + ": " + value);
  }
  return style;
}

}  // namespace jianli::parse
