#include "layout/fit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace jianli::layout {
namespace {

struct Tightening {
  double spacing = 1;  // factor on vertical spacing
  double leading = 0;  // body leading; 0 keeps the layout's
  double size = 0;     // body size in pt; 0 keeps the layout's
};

std::vector<model::TextStyle*> roles(model::LayoutSpec& s) {
  return {&s.name_style,     &s.contact_style, &s.section_style, &s.entry_style,
          &s.subentry_style, &s.body_style,    &s.footer_style};
}

model::LayoutSpec tightened(const model::LayoutSpec& base, const Tightening& t) {
  model::LayoutSpec s = base;
  s.paragraph_gap *= t.spacing;
  s.item_gap *= t.spacing;
  for (model::RuleStyle* rule : {&s.section_rule, &s.separator, &s.header_rule})
    rule->gap *= t.spacing;
  double leading_ratio = t.leading > 0 ? t.leading / base.body_style.leading : 1;
  double size_ratio = t.size > 0 ? t.size / base.body_style.size : 1;
  for (model::TextStyle* style : roles(s)) {
    style->space_before *= t.spacing;
    style->space_after *= t.spacing;
    style->leading = std::max(1.1, style->leading * leading_ratio);
    style->size *= size_ratio;
  }
  return s;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", std::round(v * 100) / 100);
  return buf;
}

}  // namespace

FitResult fit_pages(const model::Document& doc, const model::LayoutSpec& spec,
                    text::FontLibrary& fonts, int max_pages, const image::Catalog& images) {
  const model::TextStyle& body = spec.body_style;
  std::vector<Tightening> steps;
  for (double f = 1.0; f >= spec.fit_min_spacing - 1e-9; f -= 0.1) steps.push_back({f, 0, 0});
  const double spacing = steps.back().spacing;
  for (double l = body.leading - 0.05; l >= spec.fit_min_leading - 1e-9; l -= 0.05)
    steps.push_back({spacing, l, 0});
  const double tight_leading = steps.back().leading;  // 0 when the leading may not shrink
  for (double size = body.size - 0.25; size >= spec.fit_min_body_size - 1e-9; size -= 0.25)
    steps.push_back({spacing, tight_leading, size});

  FitResult result;
  for (const Tightening& t : steps) {
    LayoutResult laid = lay_out(doc, tightened(spec, t), fonts, images);
    result.pages = static_cast<int>(laid.pages.pages.size());
    if (result.pages > max_pages) continue;
    if (t.spacing < 1) result.changes.push_back("vertical spacing ×" + number(t.spacing));
    if (t.leading > 0)
      result.changes.push_back("line height " + number(body.leading) + " → " + number(t.leading));
    if (t.size > 0)
      result.changes.push_back("body size " + number(body.size) + " pt → " + number(t.size) +
                               " pt");
    result.laid = std::move(laid);
    break;
  }
  return result;
}

}  // namespace jianli::layout
