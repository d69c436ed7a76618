#include "parse/selection.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "model/error.h"
#include "parse/lang_blocks.h"
#include "parse/priorities.h"
#include "parse/suggest.h"
#include "parse/tags.h"
#include "parse/variants.h"

namespace jianli::parse {
namespace fs = std::filesystem;
namespace {

constexpr const char* kDefaultLanguage = "zh";

// `node[key]`, or a null node: yaml-cpp throws when asked the type of a missing key.
YAML::Node child(const YAML::Node& node, const char* key) {
  if (!node.IsMap()) return YAML::Node();
  const YAML::Node value = node[key];
  return value ? value : YAML::Node();
}

model::SourcePos position_of(const SourceText& source, const YAML::Node& node) {
  return source.position_at(static_cast<size_t>(std::max(0, node.Mark().pos)));
}

std::string nearest_hint(const std::string& word, const std::vector<std::string>& names,
                         const std::string& none) {
  std::string guess = nearest(word, names);
  if (!guess.empty()) return "; did you mean '" + guess + "'?";
  std::string joined;
  for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
  return joined.empty() ? none : "; the tags are: " + joined;
}

// Every tag a variant names is on some part, and, once variants are defined, every part's
// tag is named by some variant: either way a typo would silently change a version.
void check_tags(const std::vector<Variant>& variants, const SourceText& source, size_t body_offset,
                const std::string& path) {
  if (variants.empty()) return;
  const TaggedParts tagged = find_tagged_parts(source, body_offset, path);
  std::vector<std::string> used, declared;
  for (const TaggedPart& part : tagged.parts)
    for (const std::string& tag : part.tags)
      if (std::find(used.begin(), used.end(), tag) == used.end()) used.push_back(tag);
  for (const Variant& variant : variants)
    for (const std::string& tag : variant.tags)
      if (std::find(declared.begin(), declared.end(), tag) == declared.end())
        declared.push_back(tag);
  for (const TaggedPart& part : tagged.parts)
    for (const std::string& tag : part.tags)
      if (std::find(declared.begin(), declared.end(), tag) == declared.end())
        throw model::InputError(
            path, source.position_at(part.marker),
            "the tag '" + tag + "' is in no variant" +
                nearest_hint(tag, declared, "; name it in a variant's 'tags' in the front matter"),
            std::string(source.line_at(part.marker)));
  for (const Variant& variant : variants)
    for (size_t i = 0; i < variant.tags.size(); ++i)
      if (std::find(used.begin(), used.end(), variant.tags[i]) == used.end()) {
        model::SourcePos pos = variant.tag_pos[i];
        throw model::InputError(
            path, pos,
            "the variant '" + variant.name + "' names the tag '" + variant.tags[i] +
                "', which no part of the résumé carries" +
                nearest_hint(variant.tags[i], used,
                             "; mark parts with <!-- tags: " + variant.tags[i] + " -->"),
            std::string(source.line_at(source.line_start(pos.line))));
      }
}

struct PrivateValues {
  YAML::Node values;  // a map, or null
  std::optional<MissingPrivate> missing;
  ExtraFile file;  // its path and text, for errors at its own lines
};

// `--with FILE` (from where jianli runs; missing is an error) or `jianli: {private: FILE}`
// (from the résumé's folder; missing is an error only if a value is needed).
PrivateValues read_private(const YAML::Node& root, const SourceText& source,
                           const std::string& path, const Selection& selection) {
  std::string file = selection.private_path;
  const bool named_here = file.empty();
  YAML::Node named;
  if (named_here) {
    named = child(child(root, "jianli"), "private");
    if (named.IsNull()) return {};
    if (!named.IsScalar() || named.Scalar().empty())
      throw model::InputError(path, position_of(source, named),
                              "'private' must name a YAML file, as private: private.yaml");
    file = (fs::path(path).parent_path() / named.Scalar()).string();
  }
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    if (!named_here) throw model::InputError(file, {}, "the private file (--with) does not exist");
    model::SourcePos pos = position_of(source, named);
    return {YAML::Node(), MissingPrivate{named.Scalar(), pos,
                                         std::string(source.line_at(source.line_start(pos.line)))}};
  }
  std::ifstream in(file, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  YAML::Node values;
  try {
    values = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw model::InputError(file, {e.mark.line + 1, e.mark.column + 1},
                            "malformed private file: " + e.msg);
  }
  if (!values.IsMap() && !values.IsNull())
    throw model::InputError(file, {1, 1}, "the private file must be 'key: value' lines");
  return {values, std::nullopt, ExtraFile{file, std::move(text), {}}};
}

// `jianli: {languages: {en: {title: Résumé}}}`: the values of the chosen language.
YAML::Node language_values(const YAML::Node& root, const std::string& lang) {
  YAML::Node values = child(child(child(root, "jianli"), "languages"), lang.c_str());
  return values.IsMap() ? values : YAML::Node();
}

void merge_into(YAML::Node& extra, const YAML::Node& values) {
  if (!values.IsMap()) return;
  for (const auto& entry : values) extra[entry.first.Scalar()] = entry.second;
}

}  // namespace

SourcePlan plan_source(std::string_view bytes, const std::string& path) {
  SourceText typed = load_source(bytes, path);
  FrontMatter front_matter = read_front_matter(typed, path);
  SourcePlan plan;
  const std::vector<std::string>& known = known_languages();
  const std::string lang = primary_language(front_matter.meta.lang);
  plan.languages.push_back(
      std::find(known.begin(), known.end(), lang) != known.end() ? lang : kDefaultLanguage);
  for (const std::string& other :
       find_language_blocks(typed, front_matter.body_offset, path).languages)
    if (std::find(plan.languages.begin(), plan.languages.end(), other) == plan.languages.end())
      plan.languages.push_back(other);
  for (const Variant& variant : read_variants(front_matter.root, typed, path))
    plan.variants.push_back(variant.name);
  return plan;
}

SelectedSource select_source(const SourceText& typed, const std::string& path,
                             const Selection& selection) {
  FrontMatter plain = read_front_matter(typed, path);
  const std::vector<Variant> variants = read_variants(plain.root, typed, path);
  const Variant* variant =
      selection.variant.empty() ? nullptr : &find_variant(variants, selection.variant, path);
  const std::string chosen_lang = !selection.lang.empty()             ? selection.lang
                                  : variant && !variant->lang.empty() ? variant->lang
                                                                      : std::string();
  const std::string lang = !chosen_lang.empty()       ? chosen_lang
                           : !plain.meta.lang.empty() ? plain.meta.lang
                                                      : kDefaultLanguage;

  const LanguageBlocks blocks = find_language_blocks(typed, plain.body_offset, path);
  check_tags(variants, typed, plain.body_offset, path);
  SourceText one_language(keep_language(typed, blocks, lang));
  const TaggedParts tagged = find_tagged_parts(one_language, plain.body_offset, path);
  SourceText one_variant(keep_tagged(one_language, tagged, variant ? &variant->tags : nullptr));
  const OptionalParts optional = find_optional_parts(one_variant, plain.body_offset, path);
  SourceText text(drop_optional(one_variant, optional, selection.drop_optional));
  std::vector<std::string> labels;
  for (const OptionalPart& part : optional.parts) labels.push_back(part.label);

  PrivateValues secret = read_private(plain.root, typed, path, selection);
  YAML::Node extra(YAML::NodeType::Map);
  merge_into(extra, secret.values);
  const YAML::Node own_language = language_values(plain.root, lang);
  merge_into(extra, own_language);
  // The keys whose values the private file gives (a language's value wins over it).
  if (secret.values.IsMap())
    for (const auto& entry : secret.values)
      if (!own_language[entry.first.Scalar()]) secret.file.keys.push_back(entry.first.Scalar());
  // `lang: zh-TW` stays when Chinese is chosen: the choice is of a language, not a region.
  if (!chosen_lang.empty() && primary_language(chosen_lang) != primary_language(plain.meta.lang))
    extra["lang"] = chosen_lang;
  FrontMatter front_matter =
      extra.size() > 0 ? read_front_matter(text, path, extra, &secret.file) : std::move(plain);
  if (variant && !variant->layout.empty()) {
    front_matter.meta.layout = variant->layout;
    front_matter.meta.layout_pos = variant->layout_pos;
  }
  return {std::move(text), std::move(front_matter), std::move(secret.missing), std::move(labels)};
}

std::vector<std::string> optional_parts(std::string_view bytes, const std::string& path,
                                        const Selection& selection) {
  return select_source(load_source(bytes, path), path, selection).optional_parts;
}

int variant_fit_pages(std::string_view bytes, const std::string& path, const Selection& selection) {
  if (selection.variant.empty()) return 0;
  SourceText typed = load_source(bytes, path);
  FrontMatter front_matter = read_front_matter(typed, path);
  const std::vector<Variant> variants = read_variants(front_matter.root, typed, path);
  return find_variant(variants, selection.variant, path).fit_pages;
}

void check_private_needed(const std::optional<MissingPrivate>& missing,
                          const model::Diagnostics& liquid_warnings, const std::string& path,
                          const SourceText& source) {
  if (!missing) return;
  for (const model::Diagnostic& warning : liquid_warnings.all()) {
    // Liquid's own wording for a variable the front matter lacks (parse/liquid.cpp).
    if (warning.message.find("is not defined") == std::string::npos) continue;
    std::string variable = warning.message.substr(0, warning.message.find(" is not defined"));
    throw model::InputError(
        path, {warning.line, warning.column},
        variable + " has no value: the private file '" + missing->file + "' (named on line " +
            std::to_string(missing->pos.line) +
            ") does not exist; create it with that key, or render with --with FILE",
        std::string(source.line_at(source.line_start(warning.line))));
  }
}

}  // namespace jianli::parse
