// The keys a layout file may hold, their types and values, and how they fill a
// model::LayoutSpec. Every key is listed in docs/layouts.md.
#pragma once

#include <yaml-cpp/yaml.h>

#include <map>
#include <string>
#include <vector>

#include "model/style.h"

namespace jianli::parse {

// Parses YAML text; a syntax error becomes model::InputError at FILE:LINE:COL.
YAML::Node parse_yaml(const std::string& text, const std::string& path);

// Checks one layout file on its own: unknown keys (with the nearest known key),
// wrong types and bad values throw model::InputError at FILE:LINE:COL. Returns where it
// writes the values LayoutSpec::sources keeps.
std::map<std::string, model::SourceRef> check_layout(const YAML::Node& root,
                                                     const std::string& path,
                                                     const std::string& text);

// Fills `spec` from a checked (and possibly merged) layout. `lang` ("zh", "en", …)
// picks the page-number pattern when the layout gives one per language; colours
// that say `accent` take the merged layout's `accent`.
void apply_layout(const YAML::Node& root, model::LayoutSpec& spec, const std::string& lang = "");

// The top-level keys that set a value (all but `description` and `extends`): the
// ones a front matter may override under `jianli:`.
const std::vector<std::string>& layout_value_keys();

}  // namespace jianli::parse
