// Reads layouts (themes) from YAML files: layouts/NAME.yaml, or any path.
// A layout may `extends: OTHER` and change a few values; a layout that extends its own
// name extends the one it shadows in a later folder (a user's classic.yaml over jianli's).
#pragma once

#include <string>
#include <vector>

#include "model/document.h"
#include "model/style.h"

namespace jianli::parse {

struct LayoutInfo {
  std::string name;
  std::string description;
  std::string path;
};

// Every NAME.yaml in `dirs` (earlier folders win on equal names), sorted by name.
std::vector<LayoutInfo> list_layouts(const std::vector<std::string>& dirs);

// `name_or_path` is a layout name looked up in `dirs`, or a path to a YAML file
// (anything with a '/' or ending in .yaml). `overrides` (the front matter's values
// under `jianli:`) are merged over it, then colours that say `accent` are resolved
// and `lang` ("zh", "en"; see layout::document_language) picks the page-number
// pattern. Throws model::InputError pointing at FILE:LINE:COL for unknown keys (with
// the nearest known key), wrong types and bad values, and naming the known layouts
// for an unknown name.
// Whether a layout is named by a path (a '/' or a .yaml/.yml name) rather than by name.
bool is_layout_path(const std::string& name);

model::LayoutSpec load_layout(const std::string& name_or_path, const std::vector<std::string>& dirs,
                              const model::LayoutOverrides& overrides = {},
                              const std::string& lang = "");

}  // namespace jianli::parse
