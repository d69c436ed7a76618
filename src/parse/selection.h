// Which version of a résumé to read: its language (lang_blocks.h), its variant
// (variants.h, tags.h) and the private values merged over its front matter.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "parse/front_matter.h"
#include "parse/markdown_source.h"

namespace jianli::parse {

struct Selection {
  std::string lang;          // --lang; empty: the variant's, else the front matter's, else zh
  std::string variant;       // --variant; empty: every part, tagged or not
  std::string private_path;  // --with (from where jianli runs); empty: `jianli: {private:}`
  size_t drop_optional = 0;  // how many optional parts to leave out (parse/priorities.h)
};

// What one file offers, for --all-langs and --all-variants.
struct SourcePlan {
  std::vector<std::string> languages;  // the front matter's (else zh), then the blocks'
  std::vector<std::string> variants;   // in the front matter's order
};
SourcePlan plan_source(std::string_view bytes, const std::string& path);

// The `fit_pages` of the selected variant; 0 without one.
int variant_fit_pages(std::string_view bytes, const std::string& path, const Selection& selection);

// The optional parts of the selected version, in the order they are dropped, as
// "line 17: ### Shop front".
std::vector<std::string> optional_parts(std::string_view bytes, const std::string& path,
                                        const Selection& selection);

// A private file named by the front matter that is not there: an error only when the
// Markdown asks for a value it does not have.
struct MissingPrivate {
  std::string file;      // as the front matter names it
  model::SourcePos pos;  // where
  std::string line;      // that line, for the caret
};

struct SelectedSource {
  SourceText text;           // the file with the other languages and variants blanked out
  FrontMatter front_matter;  // with the private and per-language values merged
  std::optional<MissingPrivate> missing_private;
  std::vector<std::string> optional_parts;  // in the order they are dropped
};

// Reads the front matter of `typed`, picks the language and variant and merges the
// private values. Throws model::InputError (located) for unbalanced or unknown language
// blocks, unknown tags and variants, and an unreadable private file.
SelectedSource select_source(const SourceText& typed, const std::string& path,
                             const Selection& selection);

// Throws when `missing` is set and a Liquid variable was not defined (a value it would
// have held), at that variable.
void check_private_needed(const std::optional<MissingPrivate>& missing,
                          const model::Diagnostics& liquid_warnings, const std::string& path,
                          const SourceText& source);

}  // namespace jianli::parse
