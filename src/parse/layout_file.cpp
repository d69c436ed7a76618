#include "parse/layout_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "model/error.h"
#include "parse/front_matter.h"
#include "parse/layout_schema.h"
#include "parse/suggest.h"

namespace jianli::parse {
namespace fs = std::filesystem;
namespace {

constexpr int kMaxExtendsDepth = 8;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw model::InputError(path, {}, "cannot read the layout file");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string find_layout(const std::string& name, const std::vector<std::string>& dirs) {
  if (is_layout_path(name)) {
    // Checked before reading, so that a wrong path (/etc/passwd) is never quoted in an error.
    if (!name.ends_with(".yaml") && !name.ends_with(".yml"))
      throw model::InputError("a layout file must be YAML, named .yaml or .yml: '" + name + "'");
    if (!fs::is_regular_file(name)) throw model::InputError(name, {}, "no such layout file");
    return name;
  }
  for (const std::string& dir : dirs) {
    fs::path candidate = fs::path(dir) / (name + ".yaml");
    if (fs::is_regular_file(candidate)) return candidate.string();
  }
  std::string known;
  std::vector<std::string> names;
  for (const LayoutInfo& info : list_layouts(dirs)) {
    known += (known.empty() ? "" : ", ") + info.name;
    names.push_back(info.name);
  }
  std::string guess = nearest(name, names);
  throw model::InputError("unknown layout '" + name + "'" +
                          (guess.empty() ? "" : " (did you mean '" + guess + "'?)") +
                          "; the layouts are: " + known);
}

// Later maps override earlier ones key by key; anything else is replaced whole.
YAML::Node merge(const YAML::Node& base, const YAML::Node& over) {
  if (!base.IsMap() || !over.IsMap()) return YAML::Clone(over);
  YAML::Node out = YAML::Clone(base);
  for (const auto& entry : over) {
    std::string key = entry.first.as<std::string>();
    out[key] = out[key] ? merge(out[key], entry.second) : YAML::Clone(entry.second);
  }
  return out;
}

struct LoadedFile {
  std::string path;
  YAML::Node root;
  std::map<std::string, model::SourceRef>
      sources;  // where it writes what LayoutSpec::sources keeps
};

// The folders of `dirs` after the one holding `path`: where a layout that extends its own
// name (a user's classic.yaml saying `extends: classic`) finds the one it shadows.
std::vector<std::string> dirs_after(const std::string& path, const std::vector<std::string>& dirs) {
  std::error_code ec;
  for (size_t i = 0; i < dirs.size(); ++i) {
    if (fs::equivalent(fs::path(path).parent_path(), dirs[i], ec))
      return {dirs.begin() + static_cast<std::ptrdiff_t>(i) + 1, dirs.end()};
  }
  return dirs;
}

// The chain of files from the most basic layout to the one asked for.
std::vector<LoadedFile> load_chain(const std::string& name, const std::vector<std::string>& dirs) {
  std::vector<LoadedFile> chain;
  std::string current = name;
  std::vector<std::string> search = dirs;
  for (int depth = 0; depth <= kMaxExtendsDepth; ++depth) {
    std::string path = find_layout(current, search);
    for (const LoadedFile& seen : chain) {
      if (fs::equivalent(seen.path, path))
        throw model::InputError(path, {}, "layouts extend each other in a circle");
    }
    std::string text = read_file(path);
    YAML::Node root = parse_yaml(text, path);
    // Every file is checked on its own, so errors name it.
    chain.insert(chain.begin(), {path, root, check_layout(root, path, text)});
    if (!root["extends"]) return chain;
    current = root["extends"].as<std::string>();
    if (!is_layout_path(current)) {
      if (current == fs::path(path).stem().string()) search = dirs_after(path, search);
      continue;
    }
    current = (fs::path(path).parent_path() / current).string();
  }
  throw model::InputError(name, {}, "layouts extend each other more than 8 deep");
}

}  // namespace

bool is_layout_path(const std::string& name) {
  return name.find('/') != std::string::npos || name.ends_with(".yaml") || name.ends_with(".yml");
}

std::vector<LayoutInfo> list_layouts(const std::vector<std::string>& dirs) {
  std::map<std::string, LayoutInfo> found;
  for (const std::string& dir : dirs) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() != ".yaml") continue;
      std::string name = entry.path().stem().string();
      if (found.count(name)) continue;
      LayoutInfo info{name, "", entry.path().string()};
      try {
        YAML::Node root = YAML::LoadFile(info.path);
        if (root["description"]) info.description = root["description"].as<std::string>();
      } catch (const YAML::Exception&) {
        info.description = "(cannot be read: run with --layout " + name + " to see why)";
      }
      found[name] = info;
    }
  }
  std::vector<LayoutInfo> out;
  for (auto& [name, info] : found) out.push_back(info);
  return out;
}

model::LayoutSpec load_layout(const std::string& name_or_path, const std::vector<std::string>& dirs,
                              const model::LayoutOverrides& overrides, const std::string& lang) {
  std::vector<LoadedFile> chain = load_chain(name_or_path, dirs);
  YAML::Node merged;
  model::LayoutSpec spec;
  for (LoadedFile& file : chain) {
    merged = merged ? merge(merged, file.root) : file.root;
    file.sources.merge(spec.sources);  // a child's naming wins over its parent's
    spec.sources.swap(file.sources);
  }
  // The front matter's values go over the whole chain, like one more child layout.
  if (YAML::Node values = read_layout_overrides(overrides, &spec.sources);
      values && values.size() > 0)
    merged = merge(merged, values);
  apply_layout(merged, spec, lang);
  spec.source_path = chain.back().path;
  for (const LoadedFile& file : chain) spec.files.push_back(file.path);
  spec.name = fs::path(spec.source_path).stem().string();
  return spec;
}

}  // namespace jianli::parse
