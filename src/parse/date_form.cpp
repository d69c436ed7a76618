#include "parse/date_form.h"

#include <algorithm>
#include <array>
#include <utility>

namespace jianli::parse {
namespace {

constexpr std::array<std::pair<std::string_view, model::DateField>, 5> kFields = {{
    {"y", model::DateField::Year},
    {"m", model::DateField::Month},
    {"mm", model::DateField::Month2},
    {"mon", model::DateField::MonthAbbr},
    {"month", model::DateField::MonthName},
}};

bool is_month(const model::DatePart& part) {
  return part.field != model::DateField::Text && part.field != model::DateField::Year;
}

}  // namespace

ReadDateForm read_date_form(std::string_view pattern) {
  ReadDateForm out;
  size_t at = 0;
  while (at < pattern.size()) {
    size_t open = pattern.find('{', at);
    if (open != at) {
      std::string_view text = pattern.substr(at, open - at);
      out.parts.push_back({.text = std::string(text)});
      at += text.size();
      continue;
    }
    size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) {
      out.error = "date form '" + std::string(pattern) + "' has a '{' never closed";
      return out;
    }
    std::string_view name = pattern.substr(open + 1, close - open - 1);
    auto field = std::find_if(kFields.begin(), kFields.end(),
                              [&](const auto& known) { return known.first == name; });
    if (field == kFields.end()) {
      out.error = "unknown date field '{" + std::string(name) +
                  "}'; the fields are {y}, {m}, {mm}, {mon} and {month}";
      return out;
    }
    out.parts.push_back({.field = field->second});
    at = close + 1;
  }
  if (std::none_of(out.parts.begin(), out.parts.end(),
                   [](const model::DatePart& p) { return p.field == model::DateField::Year; }))
    out.error = "date form '" + std::string(pattern) + "' needs the year, {y}";
  return out;
}

bool has_month(const std::vector<model::DatePart>& parts) {
  return std::any_of(parts.begin(), parts.end(), is_month);
}

std::vector<model::DatePart> year_only_form(const std::vector<model::DatePart>& with_month) {
  std::vector<model::DatePart> out;
  for (size_t k = 0; k < with_month.size(); ++k) {
    if (!is_month(with_month[k])) {
      out.push_back(with_month[k]);
      continue;
    }
    // The text after a month joins it to what follows ("月", " "); a month at the end is
    // joined by the text before it ("-", ".").
    if (k + 1 < with_month.size() && with_month[k + 1].field == model::DateField::Text)
      ++k;
    else if (!out.empty() && out.back().field == model::DateField::Text)
      out.pop_back();
  }
  return out;
}

}  // namespace jianli::parse
