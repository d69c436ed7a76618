// A layout's date form, "{y}年{m}月" or "{mon} {y}", read once into typed parts so that
// printing a date compares no strings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/style.h"

namespace jianli::parse {

struct ReadDateForm {
  std::vector<model::DatePart> parts;
  std::string error;  // empty when the form was read
};

// The parts of `pattern`: {y}, {m}, {mm}, {mon} and {month} are fields, the rest is text.
// An unknown or unclosed field, or no {y}, is an error.
ReadDateForm read_date_form(std::string_view pattern);

// The form for a date written without a month, made from the form with one: the month
// field goes with the text that joins it to the rest ("{y}年{m}月" → "{y}年",
// "{mon} {y}" → "{y}", "{y}-{mm}" → "{y}").
std::vector<model::DatePart> year_only_form(const std::vector<model::DatePart>& with_month);

bool has_month(const std::vector<model::DatePart>& parts);

}  // namespace jianli::parse
