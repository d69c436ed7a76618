#include "parse/html_elements.h"

#include <algorithm>
#include <utility>

#include "parse/html_styles.h"
#include "parse/link_check.h"

namespace jianli::parse {
namespace {

using Role = HtmlRole;

constexpr std::pair<std::string_view, Role> kRoles[] = {
    {"a", Role::Inline},
    {"abbr", Role::Inline},
    {"acronym", Role::Inline},
    {"b", Role::Inline},
    {"bdi", Role::Inline},
    {"bdo", Role::Inline},
    {"big", Role::Inline},
    {"cite", Role::Inline},
    {"code", Role::Inline},
    {"data", Role::Inline},
    {"del", Role::Inline},
    {"dfn", Role::Inline},
    {"em", Role::Inline},
    {"font", Role::Inline},
    {"i", Role::Inline},
    {"ins", Role::Inline},
    {"kbd", Role::Inline},
    {"mark", Role::Inline},
    {"nobr", Role::Inline},
    {"q", Role::Inline},
    {"s", Role::Inline},
    {"samp", Role::Inline},
    {"small", Role::Inline},
    {"span", Role::Inline},
    {"strike", Role::Inline},
    {"strong", Role::Inline},
    {"sub", Role::Inline},
    {"sup", Role::Inline},
    {"time", Role::Inline},
    {"tt", Role::Inline},
    {"u", Role::Inline},
    {"var", Role::Inline},
    {"br", Role::Break},
    {"wbr", Role::Transparent},
    {"img", Role::Image},
    {"hr", Role::Rule},
    {"h1", Role::Heading},
    {"h2", Role::Heading},
    {"h3", Role::Heading},
    {"h4", Role::Heading},
    {"h5", Role::Heading},
    {"h6", Role::Heading},
    {"address", Role::Division},
    {"article", Role::Division},
    {"aside", Role::Division},
    {"caption", Role::Division},
    {"center", Role::Division},
    {"dd", Role::Division},
    {"details", Role::Division},
    {"div", Role::Division},
    {"dl", Role::Division},
    {"dt", Role::Division},
    {"figcaption", Role::Division},
    {"figure", Role::Division},
    {"footer", Role::Division},
    {"header", Role::Division},
    {"main", Role::Division},
    {"nav", Role::Division},
    {"p", Role::Division},
    {"section", Role::Division},
    {"summary", Role::Division},
    {"ul", Role::List},
    {"ol", Role::List},
    {"li", Role::ListItem},
    {"blockquote", Role::Quote},
    {"pre", Role::Preformatted},
    {"xmp", Role::Preformatted},
    {"table", Role::Table},
    {"tr", Role::TableRow},
    {"td", Role::TableCell},
    {"th", Role::TableCell},
    {"thead", Role::TableSection},
    {"tbody", Role::TableSection},
    {"tfoot", Role::TableSection},
    {"body", Role::Transparent},
    {"html", Role::Transparent},
    {"label", Role::Transparent},
    {"picture", Role::Transparent},
    {"colgroup", Role::Dropped},
    {"head", Role::Dropped},
    {"iframe", Role::Dropped},
    {"math", Role::Dropped},
    {"noscript", Role::Dropped},
    {"script", Role::Dropped},
    {"style", Role::Dropped},
    {"svg", Role::Dropped},
    {"template", Role::Dropped},
    {"title", Role::Dropped},
    {"object", Role::Dropped},
    {"video", Role::Dropped},
    {"audio", Role::Dropped},
    {"canvas", Role::Dropped},
    {"meta", Role::Dropped},
};
// Markdown's bold and HTML's <b> add up; HTML's colour and size win over none.
model::Span overlay(model::Span base, const model::Span& html) {
  base.bold = base.bold || html.bold;
  base.italic = base.italic || html.italic;
  base.code = base.code || html.code;
  base.strike = base.strike || html.strike;
  base.underline = base.underline || html.underline;
  if (html.shift != model::Shift::None) base.shift = html.shift;
  base.scale *= html.scale;
  if (html.color) base.color = html.color;
  if (!html.link.empty()) base.link = html.link;
  return base;
}

// The style an element gives its text, apart from its `style` attribute.
void element_style(std::string_view name, const HtmlAttributes& attributes, model::Span& style) {
  if (name == "b" || name == "strong") style.bold = true;
  if (name == "i" || name == "em" || name == "cite" || name == "var" || name == "dfn")
    style.italic = true;
  if (name == "u" || name == "ins") style.underline = true;
  if (name == "s" || name == "del" || name == "strike") style.strike = true;
  if (name == "code" || name == "kbd" || name == "samp" || name == "tt") style.code = true;
  if (name == "sup") style.shift = model::Shift::Super;
  if (name == "sub") style.shift = model::Shift::Sub;
  // CSS's `smaller` and `larger`: a factor of 1.2.
  if (name == "small") style.scale /= 1.2;
  if (name == "big") style.scale *= 1.2;
  if (name == "font") {
    if (auto color = attribute(attributes, "color")) {
      if (auto parsed = parse_color(*color)) style.color = parsed;
    }
    if (auto size = attribute(attributes, "size")) {
      if (auto scale = parse_font_size_attribute(*size)) style.scale *= *scale;
    }
  }
}

}  // namespace

HtmlRole role_of(std::string_view name) {
  for (const auto& [known, role] : kRoles)
    if (known == name) return role;
  return Role::Unknown;
}

std::string dropped_notice(std::string_view name) {
  return "HTML <" + std::string(name) + "> is not shown, nor anything inside it";
}

std::string too_deep_notice() {
  return "HTML nested more than " + std::to_string(kMaxHtmlDepth) +
         " elements deep: the deeper tags are ignored, their text kept";
}

std::string unknown_notice(std::string_view name) {
  return "HTML element <" + excerpt(name) + "> is not known; its text is shown without it";
}

void tell_unread_css(CssStyle css, std::string_view name, int line, Notices& notices) {
  // Sizes are read where they mean something: images, tables and their cells.
  bool sized = name == "img" || name == "table" || name == "td" || name == "th";
  if (!sized && css.width) css.ignored.push_back("width");
  if (!sized && css.height) css.ignored.push_back("height");
  for (const std::string& property : css.ignored)
    notices.once("css:" + property, line,
                 "CSS property '" + excerpt(property) +
                     "' is ignored: jianli reads color, font-size, font-weight, text-align, "
                     "text-indent, float, and an image's or table's width and height");
  for (const std::string& declaration : css.bad_values)
    notices.add(line, "CSS '" + excerpt(declaration) + "' is not understood and is ignored");
}

model::Image image_of(const HtmlAttributes& attributes, int line, Notices& notices) {
  model::Image image;
  image.src = attribute(attributes, "src").value_or("");
  std::optional<std::string> alt = attribute(attributes, "alt");
  image.alt = alt.value_or("");
  if (image.alt.empty()) image.alt = attribute(attributes, "title").value_or("");
  image.decorative = alt && alt->empty() && image.alt.empty();
  if (auto width = attribute(attributes, "width")) image.width = parse_length(*width);
  if (auto height = attribute(attributes, "height")) image.height = parse_length(*height);
  if (auto align = attribute(attributes, "align")) image.align = parse_align(*align);
  if (auto classes = attribute(attributes, "class"); classes && class_floats_right(*classes))
    image.align = model::Align::Right;
  if (auto style = attribute(attributes, "style")) {
    CssStyle css = parse_style(*style);  // CSS wins over the attributes, as in a browser
    if (css.width) image.width = css.width;
    if (css.height) image.height = css.height;
    if (css.float_right) image.align = model::Align::Right;
    tell_unread_css(std::move(css), "img", line, notices);
  }
  image.pos = {line, 0};
  return image;
}

void InlineStyles::open(std::string_view name, const HtmlAttributes& attributes, int line) {
  if (open_.size() >= kMaxHtmlDepth) {
    if (ignored_++ == 0) notices_.add(line, too_deep_notice());
    return;
  }
  Open entry{std::string(name), open_.empty() ? model::Span{} : open_.back().style,
             open_.empty() ? false : open_.back().float_right};
  element_style(name, attributes, entry.style);
  if (name == "a") {
    if (auto href = attribute(attributes, "href")) {
      std::string target = link_target(*href);
      LinkCheck check = check_link(target);
      if (check == LinkCheck::Dropped || check == LinkCheck::TooLong)
        notices_.add(line, link_notice(target, check));
      entry.style.link = check == LinkCheck::Kept ? target : std::string();
    }
  }
  if (auto classes = attribute(attributes, "class"); classes && class_floats_right(*classes))
    entry.float_right = true;
  if (auto declarations = attribute(attributes, "style")) {
    CssStyle css = parse_style(*declarations);
    if (css.color) entry.style.color = css.color;
    if (css.scale) entry.style.scale *= *css.scale;
    if (css.bold) entry.style.bold = *css.bold;
    if (css.float_right) entry.float_right = true;
    tell_unread_css(css, name, line, notices_);
  }
  open_.push_back(std::move(entry));
}

void InlineStyles::close(std::string_view name) {
  if (ignored_ > 0) {
    --ignored_;
    return;
  }
  for (size_t i = open_.size(); i-- > 0;) {
    if (open_[i].name == name) {
      open_.resize(i);
      return;
    }
  }
}

void InlineStyles::close_innermost() {
  if (ignored_ > 0) {
    --ignored_;
  } else if (!open_.empty()) {
    open_.pop_back();
  }
}

void InlineStyles::clear() {
  open_.clear();
  ignored_ = 0;
}

model::Span InlineStyles::style(model::Span base) const {
  return open_.empty() ? base : overlay(std::move(base), open_.back().style);
}

}  // namespace jianli::parse
