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
  s.tables.padding_y *= t.spacing;
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

// A last page with fewer lines than this (one short list item, as the kai layout leaves of
// the Chinese seed) is tightened away where the bounds allow.
constexpr int kShortLastPage = 5;

std::vector<std::string> describe(const model::LayoutSpec& spec, const Tightening& t) {
  const model::TextStyle& body = spec.body_style;
  std::vector<std::string> changes;
  if (t.spacing < 1) changes.push_back("vertical spacing ×" + number(t.spacing));
  if (t.leading > 0)
    changes.push_back("line height " + number(body.leading) + " → " + number(t.leading));
  if (t.size > 0)
    changes.push_back("body size " + number(body.size) + " pt → " + number(t.size) + " pt");
  return changes;
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
  size_t fitting = steps.size();
  for (size_t i = 0; i < steps.size() && !result.laid; ++i) {
    LayoutResult laid = lay_out(doc, tightened(spec, steps[i]), fonts, images);
    result.pages = static_cast<int>(laid.pages.pages.size());
    if (result.pages > max_pages) continue;
    fitting = i;
    result.laid = std::move(laid);
  }
  if (!result.laid) return result;
  // A last page of a line or two reads as a mistake: tighten on, within the bounds, while
  // that would take it away.
  const int short_page = result.laid->last_page_lines;
  if (result.pages > 1 && short_page < kShortLastPage) {
    std::string note = "the last page holds only " + std::to_string(short_page) +
                       " lines; the layout's bounds cannot fit them on the page before";
    for (size_t i = fitting + 1; i < steps.size(); ++i) {
      LayoutResult laid = lay_out(doc, tightened(spec, steps[i]), fonts, images);
      if (static_cast<int>(laid.pages.pages.size()) >= result.pages) continue;
      fitting = i;
      result.pages = static_cast<int>(laid.pages.pages.size());
      note = "tightened on to " + std::to_string(result.pages) +
             " page(s) so that a last page of " + std::to_string(short_page) + " lines is not left";
      result.laid = std::move(laid);
      break;
    }
    result.changes = describe(spec, steps[fitting]);
    result.changes.push_back(note);
  } else {
    result.changes = describe(spec, steps[fitting]);
  }
  return result;
}

}  // namespace jianli::layout
