#include "parse/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "model/error.h"
#include "parse/layout_schema.h"
#include "parse/suggest.h"
#include "parse/yaml_keys.h"

namespace jianli::parse {
namespace {

// jianli's own settings, the keys allowed under `jianli:`: the layout's name, and
// any value of a layout file, which overrides the layout's.
std::vector<std::string> jianli_settings() {
  std::vector<std::string> settings = {"layout", "private", "languages"};
  const std::vector<std::string>& values = layout_value_keys();
  settings.insert(settings.end(), values.begin(), values.end());
  return settings;
}

// The `jianli:` settings that are layout values, as a layout map. The values are the
// parsed nodes themselves, so their marks still point into the file.
YAML::Node layout_values(const YAML::Node& settings) {
  YAML::Node values(YAML::NodeType::Map);
  if (!settings.IsMap()) return values;
  for (const auto& entry : settings) {
    if (!entry.first.IsScalar()) continue;
    const std::string& key = entry.first.Scalar();
    if (key == "layout" || key == "private" || key == "languages") continue;  // not layout values
    // `sidebar: [教育经历, 技能]` names the side column's sections, over the layout's roles.
    if (entry.first.Scalar() == "sidebar" && entry.second.IsSequence()) {
      YAML::Node sidebar(YAML::NodeType::Map);
      sidebar["headings"] = entry.second;
      sidebar["roles"] = YAML::Node(YAML::NodeType::Sequence);
      values["sidebar"] = sidebar;
      continue;
    }
    values[entry.first.Scalar()] = entry.second;
  }
  return values;
}

// A line that is `marker` alone; trailing blanks are invisible in an editor, so allowed.
bool is_marker_line(std::string_view line, std::string_view marker) {
  if (!line.starts_with(marker)) return false;
  return line.substr(marker.size()).find_first_not_of(" \t") == std::string_view::npos;
}

struct YamlBlock {
  size_t begin = 0;  // first byte of the YAML
  size_t end = 0;    // one past its last byte
  size_t body = 0;   // first byte after the closing line
  // The file up to `end` with the opening `---` blanked: YAML whose marks (line,
  // column and byte offset) are the file's own.
  std::string padded;
};

// A résumé's front matter is a few hundred bytes; yaml-cpp takes 230 bytes of memory for
// each byte of a large YAML array (an 8 MB one took 1.84 GB), so a front matter past this
// is refused before yaml-cpp sees it.
constexpr size_t kMaxFrontMatterBytes = 1 << 20;

// The YAML between the opening `---` and the closing `---` or `...`, if the text has one.
std::optional<YamlBlock> find_yaml_block(const SourceText& source, const std::string& path) {
  std::string_view text = source.text();
  if (!is_marker_line(source.line_at(0), "---")) return std::nullopt;
  for (int line = 2;; ++line) {
    size_t begin = source.line_start(line);
    if (begin >= text.size()) break;
    if (begin > kMaxFrontMatterBytes) {
      throw model::InputError(path, {line, 1},
                              "the front matter is longer than 1 MB; a résumé's settings fit in "
                              "a few lines (is its closing '---' missing?)",
                              std::string(source.line_at(begin)));
    }
    std::string_view content = source.line_at(begin);
    if (is_marker_line(content, "---") || is_marker_line(content, "...")) {
      size_t after = std::min(begin + content.size() + 1, text.size());
      size_t yaml_begin = source.line_start(2);
      std::string padded(text.substr(0, begin));
      std::fill_n(padded.begin(), yaml_begin - 1, ' ');  // the `---` line, not its newline
      return YamlBlock{yaml_begin, begin, after, std::move(padded)};
    }
  }
  throw model::InputError(path, {1, 1},
                          "the front matter is not closed: add a line '---' after its last key",
                          std::string(source.line_at(0)));
}

// Every scalar of the front matter under its dotted path (`social.github`); a list of
// scalars is one value. Walked with a stack: the YAML is the user's.
LiquidVariables variables_of(const YAML::Node& root) {
  LiquidVariables variables;
  std::vector<std::pair<std::string, YAML::Node>> pending = {{"", root}};
  while (!pending.empty()) {
    auto [path, node] = std::move(pending.back());
    pending.pop_back();
    if (node.IsScalar()) {
      variables[path] = node.Scalar();
    } else if (node.IsMap()) {
      for (const auto& entry : node)
        if (entry.first.IsScalar())
          pending.emplace_back((path.empty() ? "" : path + ".") + entry.first.Scalar(),
                               entry.second);
    } else if (node.IsSequence()) {
      std::string joined;
      for (const auto& item : node)
        if (item.IsScalar()) joined += (joined.empty() ? "" : ", ") + item.Scalar();
      variables[path] = joined;
    }
  }
  return variables;
}

const char* type_name(const YAML::Node& node) {
  if (node.IsMap()) return "a map";
  if (node.IsSequence()) return "a list";
  return "a value";
}

class FrontMatterReader {
 public:
  FrontMatterReader(const SourceText& source, const std::string& path, const YamlBlock& yaml)
      : source_(source), path_(path), yaml_(yaml) {}

  // Values under `extra_file.keys` are read by `extra_reader`, whose marks are that file's.
  void take_from(const ExtraFile& extra_file, const FrontMatterReader& extra_reader) {
    extra_keys_ = &extra_file.keys;
    extra_reader_ = &extra_reader;
  }

  model::Metadata read(const YAML::Node& root) const {
    model::Metadata meta;
    if (root.IsNull()) return meta;  // `---` `---`: an empty front matter
    if (!root.IsMap()) fail(root.Mark(), "the front matter must be 'key: value' lines");
    for (const auto& entry : root) {
      if (!entry.first.IsScalar()) continue;  // Jekyll's business, not ours
      const std::string key = entry.first.Scalar();
      const YAML::Node& value = entry.second;
      const FrontMatterReader& from = reader_of(key);
      // Other keys (layout, permalink, …) belong to Jekyll and are left alone.
      if (key == "title") {
        meta.title = from.read_text(key, value);
        meta.title_pos = place_in_resume(from, value);
      }
      if (key == "author") {
        meta.author = from.read_text(key, value);
        meta.author_pos = place_in_resume(from, value);
      }
      if (key == "lang") meta.lang = from.read_text(key, value);
      if (key == "keywords") {
        meta.keywords = from.read_keywords(value);
        meta.keywords_pos = place_in_resume(from, value);
      }
      if (key == "jianli") from.read_jianli_settings(value, meta);
    }
    // `subject` is the PDF's word; Jekyll calls it `description`. Say both, `subject` wins.
    for (const char* key : {"subject", "description"}) {
      if (!root[key]) continue;
      const FrontMatterReader& from = reader_of(key);
      meta.subject = from.read_text(key, root[key]);
      meta.subject_pos = place_in_resume(from, root[key]);
      break;
    }
    return meta;
  }

  // `photo: me.jpg`: the header's photo, a path from the résumé's folder.
  std::optional<model::Image> read_photo(const YAML::Node& root) const {
    if (!root.IsMap() || !root["photo"]) return std::nullopt;
    const YAML::Node& value = root["photo"];
    std::string src = reader_of("photo").read_text("photo", value);
    if (src.empty()) return std::nullopt;
    return model::Image{.src = src, .pos = position_of(value)};
  }

  // Where each top-level value is written: the header's name may come from one.
  std::map<std::string, model::SourcePos> places(const YAML::Node& root) const {
    std::map<std::string, model::SourcePos> found;
    if (!root.IsMap()) return found;
    for (const auto& entry : root)
      if (entry.first.IsScalar()) found.emplace(entry.first.Scalar(), position_of(entry.second));
    return found;
  }

  [[noreturn]] void fail(const YAML::Mark& mark, const std::string& message) const {
    size_t offset = offset_of(mark);
    // "…not found" errors come at the end of the YAML, which is the closing `---`;
    // the end of the last YAML line is nearer to what is missing.
    if (offset >= yaml_.end && yaml_.end > yaml_.begin) offset = yaml_.end - 1;
    throw model::InputError(path_, source_.position_at(offset), message,
                            std::string(source_.line_at(offset)));
  }

 private:
  std::string read_text(std::string_view key, const YAML::Node& value) const {
    if (value.IsNull()) return {};
    if (!value.IsScalar()) {
      fail(value.Mark(), "'" + std::string(key) + "' must be text, not " + type_name(value));
    }
    return value.Scalar();
  }

  // `keywords: a, b` or `keywords: [a, b]`; the PDF wants one comma-separated string.
  std::string read_keywords(const YAML::Node& value) const {
    if (!value.IsSequence()) return read_text("keywords", value);
    std::string joined;
    for (const auto& item : value) {
      std::string word = read_text("keywords", item);
      if (word.empty()) continue;
      if (!joined.empty()) joined += ", ";
      joined += word;
    }
    return joined;
  }

  void read_jianli_settings(const YAML::Node& settings, model::Metadata& meta) const {
    if (settings.IsNull()) return;
    if (!settings.IsMap()) {
      fail(settings.Mark(),
           std::string("'jianli' must hold settings such as 'layout: NAME', not ") +
               type_name(settings));
    }
    const std::vector<std::string> known = jianli_settings();
    bool overrides = false;
    for (const auto& entry : settings) {
      std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "?";
      if (key == "layout") {
        meta.layout = read_text("layout", entry.second);
        meta.layout_pos = position_of(entry.second.IsNull() ? entry.first : entry.second);
        continue;
      }
      if (std::find(known.begin(), known.end(), key) != known.end()) {
        overrides = true;
        continue;
      }
      std::string message = "unknown setting '" + key + "' under 'jianli'";
      std::string guess = nearest(key, known);
      if (guess.empty()) {
        message += "; the settings are: ";
        for (const std::string& setting : known)
          message += (&setting == &known.front() ? "" : ", ") + setting;
      } else {
        message += "; did you mean '" + guess + "'?";
      }
      fail(entry.first.Mark(), message);
    }
    if (!overrides) return;
    // Checked now, against the layout schema, so that mistakes point into this file.
    check_layout(layout_values(settings), path_, yaml_.padded);
    meta.layout_overrides = {yaml_.padded, path_};
  }

  // The YAML is parsed padded, so yaml-cpp's byte offsets are the file's.
  size_t offset_of(const YAML::Mark& mark) const {
    return static_cast<size_t>(std::max(0, mark.pos));
  }

  model::SourcePos position_of(const YAML::Node& node) const {
    return source_.position_at(offset_of(node.Mark()));
  }

  // Where a value is written, for warnings that name the résumé; none when the private file
  // gave it (that file's own errors are located there).
  model::SourcePos place_in_resume(const FrontMatterReader& from, const YAML::Node& value) const {
    return &from == this ? position_of(value) : model::SourcePos{};
  }

  const FrontMatterReader& reader_of(const std::string& key) const {
    if (extra_keys_ &&
        std::find(extra_keys_->begin(), extra_keys_->end(), key) != extra_keys_->end())
      return *extra_reader_;
    return *this;
  }

  const SourceText& source_;
  const std::string& path_;
  const YamlBlock& yaml_;
  const std::vector<std::string>* extra_keys_ = nullptr;
  const FrontMatterReader* extra_reader_ = nullptr;
};

}  // namespace

FrontMatter read_front_matter(const SourceText& source, const std::string& path,
                              const YAML::Node& extra, const ExtraFile* extra_file) {
  FrontMatter result;
  std::optional<YamlBlock> block = find_yaml_block(source, path);
  if (!block) {
    if (!extra.IsMap()) return result;
    result.variables = variables_of(extra);
    if (extra["lang"] && extra["lang"].IsScalar()) result.meta.lang = extra["lang"].Scalar();
    return result;
  }
  result.present = true;
  result.body_offset = block->body;

  FrontMatterReader reader(source, path, *block);
  // The extra file's YAML is its whole text, so its marks are its own.
  const SourceText extra_source(extra_file ? extra_file->text : std::string());
  const YamlBlock extra_block{0, extra_source.text().size(), extra_source.text().size(),
                              std::string(extra_source.text())};
  const std::string extra_path = extra_file ? extra_file->path : std::string();
  const FrontMatterReader extra_reader(extra_source, extra_path, extra_block);
  if (extra_file) reader.take_from(*extra_file, extra_reader);
  YAML::Node root;
  try {
    root = YAML::Load(block->padded);
  } catch (const YAML::Exception& e) {
    reader.fail(e.mark, "malformed front matter: " + e.msg);
  }
  if (std::optional<DuplicateKey> twice = find_duplicate_key(root))
    reader.fail(twice->second, duplicate_key_message(*twice));
  if (extra.IsMap()) {
    if (!root.IsMap()) root = YAML::Node(YAML::NodeType::Map);
    for (const auto& entry : extra) root[entry.first.Scalar()] = entry.second;
  }
  result.root = root;
  result.meta = reader.read(root);
  if (root.IsMap()) result.variables = variables_of(root);
  result.places = reader.places(root);
  result.photo = reader.read_photo(root);
  return result;
}

YAML::Node read_layout_overrides(const model::LayoutOverrides& overrides,
                                 std::map<std::string, model::SourceRef>* sources) {
  if (overrides.yaml.empty()) return {};
  YAML::Node values = layout_values(parse_yaml(overrides.yaml, overrides.source_path)["jianli"]);
  std::map<std::string, model::SourceRef> named =
      check_layout(values, overrides.source_path, overrides.yaml);
  if (sources) named.merge(*sources), sources->swap(named);  // the front matter's win
  return values;
}

}  // namespace jianli::parse
