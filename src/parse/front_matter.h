// YAML front matter: the `---` block at the top of a Jekyll page. Jekyll's keys are
// read where they mean something to a résumé; jianli's own live under `jianli:`.
#pragma once

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <string>

#include "model/document.h"
#include "model/style.h"
#include "parse/liquid.h"
#include "parse/markdown_source.h"

namespace jianli::parse {

struct FrontMatter {
  bool present = false;
  size_t body_offset = 0;     // where the Markdown starts in the source text
  model::Metadata meta;       // title, author, subject, keywords, lang, layout (+ position)
  LiquidVariables variables;  // every value, for `{{ page.x }}` in the body
  std::map<std::string, model::SourcePos> places;  // where each top-level value is written
  std::optional<model::Image> photo;               // `photo: PATH`
  YAML::Node root;  // the parsed YAML (marks are offsets in the file)
};

// Finds and reads the front matter. Without one, the whole text is the body.
// Throws model::InputError (with file positions) for malformed or unterminated YAML,
// values of the wrong type and unknown keys under `jianli:`.
// Unknown keys under `jianli:` are named with the nearest known one; layout values
// there are checked like a layout file's, at the Markdown file's FILE:LINE:COL.
// `extra` (a map: private values, one language's values) is merged over the file's
// values, key by key.
// The file some of `extra`'s values come from (--with, `private:`): a bad one among
// `keys` is reported at that file's FILE:LINE:COL, not at the résumé's.
struct ExtraFile {
  std::string path;
  std::string text;               // the file, as read: `extra`'s marks are in it
  std::vector<std::string> keys;  // the top-level keys whose values it gives
};

FrontMatter read_front_matter(const SourceText& source, const std::string& path,
                              const YAML::Node& extra = YAML::Node(),
                              const ExtraFile* extra_file = nullptr);

// The layout values a front matter sets (meta.layout_overrides), as a layout map to
// merge over the chosen layout; a null node when there are none.
// `sources`, when given, gets where the front matter writes what LayoutSpec::sources
// keeps (over what it held before).
YAML::Node read_layout_overrides(const model::LayoutOverrides& overrides,
                                 std::map<std::string, model::SourceRef>* sources = nullptr);

}  // namespace jianli::parse
