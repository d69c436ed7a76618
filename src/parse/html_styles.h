// The few CSS properties résumés rely on, read from a `style` attribute, and the HTML
// attribute values of the same kinds: colours, lengths, alignment, font sizes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace jianli::parse {

struct CssStyle {
  std::optional<model::Color> color;    // `color`
  std::optional<double> scale;          // `font-size`, of the surrounding text's size
  std::optional<bool> bold;             // `font-weight`
  std::optional<model::Align> align;    // `text-align`
  std::optional<double> indent;         // `text-indent`, in em: the 首行缩进 `2em`
  bool float_right = false;             // `float: right`
  std::optional<model::Length> width;   // `width`, of images, tables and cells
  std::optional<model::Length> height;  // `height`, of images
  // Properties read but not used, by name ("margin", "display"), each once.
  std::vector<std::string> ignored;
  // Declarations of a known property whose value was not understood ("color: 3").
  std::vector<std::string> bad_values;
};

// "color: #c00; font-weight: bold" → its properties; names and keywords in any case.
CssStyle parse_style(std::string_view declarations);

// Whether a `class` attribute names one of the classes that résumé templates float right
// with their own style sheet, which jianli does not have: "right" (vuepress-theme-resume's
// `<span class="right">2018.09 - 2021.06</span>`), Bootstrap's "pull-right", "float-right"
// and "float-end", Tachyons' "fr".
bool class_floats_right(std::string_view classes);

// CSS text-indent in em of the text's size: "2em" (the 首行缩进 of Chinese prose), "2rem",
// "32px" (16 px to the em), "24pt" (12 pt); none when not understood, negative or past 8 em.
std::optional<double> parse_text_indent(std::string_view text);

// "#c00", "#cc0000", "rgb(204, 0, 0)", "red", "grey" …; none when not understood.
std::optional<model::Color> parse_color(std::string_view text);

// HTML's width and height: "120" (px), "120px", "50%", "30mm", "2cm", "1in", "12pt".
// None when not understood or not positive.
std::optional<model::Length> parse_length(std::string_view text);

// "left", "center" ("middle"), "right", "justify", as in `align` and `text-align`.
std::optional<model::Align> parse_align(std::string_view text);

// CSS font-size as a scale of the body's: "12px" and "9pt" against a 16 px body, "1.2em",
// "80%", "small", "x-large" …; kept to 0.5 to 3 so that a typo cannot swallow the page.
std::optional<double> parse_font_size(std::string_view text);

// `<font size>`: "1" to "7" (3 is the body's), or "+1", "-2" from it.
std::optional<double> parse_font_size_attribute(std::string_view text);

}  // namespace jianli::parse
