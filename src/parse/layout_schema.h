// The keys a layout file may hold, their types and values, and how they fill a
// model::LayoutSpec. Every key is listed in docs/layouts.md.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "model/style.h"

namespace jianli::parse {

// Parses YAML text; a syntax error becomes model::InputError at FILE:LINE:COL.
YAML::Node parse_yaml(const std::string& text, const std::string& path);

// Checks one layout file on its own: unknown keys (with the nearest known key),
// wrong types and bad values throw model::InputError at FILE:LINE:COL.
void check_layout(const YAML::Node& root, const std::string& path, const std::string& text);

// Fills `spec` from a checked (and possibly merged) layout.
void apply_layout(const YAML::Node& root, model::LayoutSpec& spec);

}  // namespace jianli::parse
