#include "parse/variants.h"

#include <algorithm>

#include "model/error.h"
#include "parse/lang_blocks.h"
#include "parse/suggest.h"

namespace jianli::parse {
namespace {

const std::vector<std::string> kVariantKeys = {"tags", "lang", "layout", "fit_pages"};

std::string listed(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
  return joined;
}

class VariantReader {
 public:
  VariantReader(const SourceText& source, const std::string& path) : source_(source), path_(path) {}

  model::SourcePos position_of(const YAML::Node& node) const {
    return source_.position_at(static_cast<size_t>(std::max(0, node.Mark().pos)));
  }

  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
    size_t offset = static_cast<size_t>(std::max(0, node.Mark().pos));
    throw model::InputError(path_, source_.position_at(offset), message,
                            std::string(source_.line_at(offset)));
  }

  std::string text(const YAML::Node& node, const std::string& what) const {
    if (!node.IsScalar()) fail(node, what + " must be text");
    return node.Scalar();
  }

  Variant read(const YAML::Node& key, const YAML::Node& settings) const {
    Variant variant{.name = text(key, "a variant's name"), .pos = position_of(key)};
    if (settings.IsNull()) return variant;
    if (!settings.IsMap())
      fail(settings, "the variant '" + variant.name +
                         "' must hold settings such as 'tags: [ml]', 'lang: en', 'layout: modern'");
    for (const auto& entry : settings) {
      std::string name = text(entry.first, "a setting's name");
      const YAML::Node& value = entry.second;
      if (name == "tags") {
        read_tags(value, variant);
      } else if (name == "lang") {
        variant.lang = text(value, "'lang'");
        const std::vector<std::string>& known = known_languages();
        if (std::find(known.begin(), known.end(), variant.lang) == known.end()) {
          std::string guess = nearest(variant.lang, known);
          fail(value, "unknown language '" + variant.lang + "'" +
                          (guess.empty() ? "; jianli knows: " + listed(known)
                                         : "; did you mean '" + guess + "'?"));
        }
      } else if (name == "layout") {
        variant.layout = text(value, "'layout'");
        variant.layout_pos = position_of(value);
      } else if (name == "fit_pages") {
        int pages = 0;
        if (!value.IsScalar() || !YAML::convert<int>::decode(value, pages) || pages < 1 ||
            pages > 100)
          fail(value, "'fit_pages' must be a number of pages from 1 to 100");
        variant.fit_pages = pages;
      } else {
        std::string guess = nearest(name, kVariantKeys);
        fail(entry.first, "unknown setting '" + name + "' in the variant '" + variant.name + "'" +
                              (guess.empty() ? "; the settings are: " + listed(kVariantKeys)
                                             : "; did you mean '" + guess + "'?"));
      }
    }
    return variant;
  }

 private:
  void read_tags(const YAML::Node& value, Variant& variant) const {
    if (value.IsScalar()) {
      variant.tags.push_back(value.Scalar());
      variant.tag_pos.push_back(position_of(value));
      return;
    }
    if (!value.IsSequence()) fail(value, "'tags' must be a list such as [ml, web]");
    for (const auto& tag : value) {
      variant.tags.push_back(text(tag, "a tag"));
      variant.tag_pos.push_back(position_of(tag));
    }
  }

  const SourceText& source_;
  const std::string& path_;
};

}  // namespace

std::vector<Variant> read_variants(const YAML::Node& root, const SourceText& source,
                                   const std::string& path) {
  std::vector<Variant> variants;
  if (!root.IsMap() || !root["variants"]) return variants;
  const YAML::Node& all = root["variants"];
  VariantReader reader(source, path);
  if (all.IsNull()) return variants;
  if (!all.IsMap()) reader.fail(all, "'variants' must map names to settings, as ml: {tags: [ml]}");
  for (const auto& entry : all) variants.push_back(reader.read(entry.first, entry.second));
  return variants;
}

const Variant& find_variant(const std::vector<Variant>& variants, const std::string& name,
                            const std::string& path) {
  std::vector<std::string> names;
  for (const Variant& variant : variants) {
    if (variant.name == name) return variant;
    names.push_back(variant.name);
  }
  if (names.empty())
    throw model::InputError(path, {},
                            "no variant '" + name +
                                "': the front matter defines none; add "
                                "'variants: {" +
                                name + ": {tags: [" + name + "]}}'");
  std::string guess = nearest(name, names);
  throw model::InputError(path, {},
                          "unknown variant '" + name + "'" +
                              (guess.empty() ? "; the variants are: " + listed(names)
                                             : "; did you mean '" + guess + "'?"));
}

}  // namespace jianli::parse
