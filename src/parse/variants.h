// Variants: front matter `variants: {ml: {tags: [ml], lang: en, layout: modern,
// fit_pages: 1}}` names versions of one résumé, each the untagged text plus the parts
// tagged with one of its tags (parse/tags.h), in its language (parse/lang_blocks.h).
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "model/document.h"
#include "parse/markdown_source.h"

namespace jianli::parse {

struct Variant {
  std::string name;
  model::SourcePos pos;  // its key, for messages
  std::vector<std::string> tags;
  std::vector<model::SourcePos> tag_pos;  // where each tag is written
  std::string lang;                       // empty: the document's
  std::string layout;                     // empty: the document's
  model::SourcePos layout_pos;
  int fit_pages = 0;  // 0: no fitting
};

// The variants of a front matter's parsed YAML (`root`, whose marks are offsets in
// `source`). Throws model::InputError at an unknown key (with the nearest one), a value
// of the wrong type or an unknown language.
std::vector<Variant> read_variants(const YAML::Node& root, const SourceText& source,
                                   const std::string& path);

// The variant called `name`; throws model::InputError naming the nearest when there is none.
const Variant& find_variant(const std::vector<Variant>& variants, const std::string& name,
                            const std::string& path);

}  // namespace jianli::parse
