#include "parse/layout_schema.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <sstream>
#include <string_view>
#include <utility>

#include "model/error.h"
#include "parse/date_form.h"
#include "parse/section_roles.h"
#include "parse/suggest.h"
#include "parse/yaml_keys.h"
#include "text/heading_key.h"
#include "text/utf8.h"

namespace jianli::parse {
namespace {

// A word a layout file may give an option, and the value it stands for.
template <typename T>
using Word = std::pair<std::string_view, T>;

// Reports errors against one file's text, or against nothing for merged trees.
class Reader {
 public:
  Reader(std::string path, const std::string& text) : path_(std::move(path)) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines_.push_back(line);
  }

  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
    fail_at(node.Mark(), message);
  }

  [[noreturn]] void fail_at(YAML::Mark mark, const std::string& message) const {
    model::SourceRef at = where(mark);
    throw model::InputError(at.file, at.pos, message, at.line);
  }

  // FILE, LINE:COL in characters and the line's text for a place in the text.
  model::SourceRef where(YAML::Mark mark) const {
    // yaml-cpp reports an error found at the end of the text (an unclosed bracket)
    // just past the last line; point at the end of that line instead.
    if (mark.line >= static_cast<int>(lines_.size()) && !lines_.empty()) {
      mark.line = static_cast<int>(lines_.size()) - 1;
      mark.column = static_cast<int>(lines_.back().size());
    }
    std::string line = (mark.line >= 0 && mark.line < static_cast<int>(lines_.size()))
                           ? lines_[mark.line]
                           : std::string();
    if (!line.empty() && line.back() == '\r') line.pop_back();
    model::SourcePos pos{mark.line + 1, code_points(line, mark.column) + 1};
    return {path_, mark.line >= 0 ? pos : model::SourcePos{}, line};
  }

  // A copy in which the colour word `accent` means `accent`. Applied to the merged
  // layout (files and front matter), so a child's or the front matter's accent
  // recolours every value that names it.
  Reader with_accent(model::Color accent) const {
    Reader copy = *this;
    copy.accent_ = accent;
    return copy;
  }

  // Rejects keys of `map` not in `known`, naming the nearest one.
  void keys(const YAML::Node& map, const std::string& where,
            const std::vector<std::string>& known) const {
    if (!map.IsMap()) fail(map, where + " must be a map of keys to values");
    for (const auto& entry : map) {
      std::string key = entry.first.Scalar();
      if (std::find(known.begin(), known.end(), key) != known.end()) continue;
      std::string message = "unknown key '" + key + "' in " + where;
      std::string guess = nearest(key, known);
      if (!guess.empty()) message += "; did you mean '" + guess + "'?";
      fail(entry.first, message);
    }
  }

  std::string string(const YAML::Node& node) const {
    if (!node.IsScalar()) fail(node, "expected a text value");
    return node.Scalar();
  }

  double number(const YAML::Node& node, double min, double max) const {
    std::string text = string(node);
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !std::isfinite(value))
      fail(node, "expected a number, got '" + text + "'");
    if (value < min || value > max) {
      std::ostringstream range;
      range << "value " << value << " is out of range [" << min << ", " << max << "]";
      fail(node, range.str());
    }
    return value;
  }

  // A length in pt; "12mm", "0.5in", "1cm" and "10pt" are converted.
  double length(const YAML::Node& node, double max = 2000) const {
    std::string text = string(node);
    static const std::pair<const char*, double> units[] = {
        {"mm", 72.0 / 25.4}, {"cm", 72.0 / 2.54}, {"in", 72.0}, {"pt", 1.0}};
    double scale = 1.0;
    for (const auto& [suffix, factor] : units) {
      if (text.ends_with(suffix)) {
        text.resize(text.size() - 2), scale = factor;
        break;
      }
    }
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !std::isfinite(value))
      fail(node, "expected a length such as 12pt, 18mm or 0.5in, got '" + node.Scalar() + "'");
    value *= scale;
    if (value < 0 || value > max) fail(node, "length '" + node.Scalar() + "' is out of range");
    return value;
  }

  model::Color color(const YAML::Node& node, bool may_be_accent = true) const {
    std::string text = string(node);
    if (may_be_accent && text == "accent") return accent_;
    auto hex = [&](size_t i, size_t n) {
      return std::strtol(text.substr(i, n).c_str(), nullptr, 16) / (n == 1 ? 15.0 : 255.0);
    };
    bool ok = text.size() == 7 || text.size() == 4;
    ok = ok && text[0] == '#' &&
         text.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
    if (!ok) {
      std::string message = may_be_accent ? "expected a colour as #RRGGBB, #RGB or accent"
                                          : "expected a colour as #RRGGBB or #RGB";
      message += ", got '" + text + "'";
      if (may_be_accent && !nearest(text, {"accent"}).empty())
        message += "; did you mean 'accent'?";
      fail(node, message);
    }
    if (text.size() == 4) return {hex(1, 1), hex(2, 1), hex(3, 1)};
    return {hex(1, 2), hex(3, 2), hex(5, 2)};
  }

  bool boolean(const YAML::Node& node) const {
    std::string text = string(node);
    if (text == "true" || text == "yes") return true;
    if (text == "false" || text == "no") return false;
    fail(node, "expected true or false, got '" + text + "'");
  }

  // The value of the word `node` holds; any other word is an error that lists
  // `words` in order and suggests the nearest.
  template <typename T, size_t N>
  T choice(const YAML::Node& node, const Word<T> (&words)[N]) const {
    std::string text = string(node);
    std::vector<std::string> choices;
    for (const auto& [word, value] : words) {
      if (word == text) return value;
      choices.emplace_back(word);
    }
    std::string message = "'" + text + "' is not one of:";
    for (const std::string& c : choices) message += " " + c;
    std::string guess = nearest(text, choices);
    if (!guess.empty()) message += "; did you mean '" + guess + "'?";
    fail(node, message);
  }

  std::vector<std::string> strings(const YAML::Node& node) const {
    if (node.IsScalar()) return {node.Scalar()};
    if (!node.IsSequence() || node.size() == 0) fail(node, "expected a list of names");
    std::vector<std::string> out;
    for (const auto& item : node) out.push_back(string(item));
    return out;
  }

  // A list of font families, each remembered with where it was written (when checking a file).
  std::vector<std::string> families(const YAML::Node& node) const {
    std::vector<std::string> out = strings(node);
    if (sources_ == nullptr) return out;
    auto remember = [&](const YAML::Node& item) { note("font:" + item.Scalar(), item); };
    if (node.IsScalar()) remember(node);
    for (const auto& item : node) remember(item);
    return out;
  }

  // Remembers where the value under `key` (LayoutSpec::sources) was written, when checking
  // a file.
  void note(const std::string& key, const YAML::Node& node) const {
    if (sources_ != nullptr) (*sources_)[key] = where(node.Mark());
  }

  Reader recording_sources(std::map<std::string, model::SourceRef>* sink) const {
    Reader copy = *this;
    copy.sources_ = sink;
    return copy;
  }

 private:
  // Editors count columns in characters; yaml-cpp counts bytes.
  static int code_points(const std::string& line, int bytes) {
    const size_t in_line = std::min(line.size(), static_cast<size_t>(std::max(0, bytes)));
    const int past_end = std::max(0, bytes - static_cast<int>(in_line));
    return static_cast<int>(text::count_code_points(std::string_view(line).substr(0, in_line))) +
           past_end;
  }

  std::string path_;
  std::vector<std::string> lines_;
  model::Color accent_;
  std::map<std::string, model::SourceRef>* sources_ = nullptr;
};

// The keys a front matter may override: all but the layout's name and parent.
const std::vector<std::string> kValueKeys = {
    "paper",  "margins",       "fonts",         "styles",          "rules",
    "lists",  "paragraph_gap", "link_color",    "page_number",     "header_align",
    "accent", "entries",       "line_breaking", "section_heading", "sidebar",
    "fit",    "justify",       "tables",        "emphasis",        "code",
    "quote",  "photo",         "hyphenation",   "images"};

// The words of the options that take one (docs/layouts.md), in the order an error lists them.
constexpr Word<model::Align> kAligns[] = {{"justify", model::Align::Justify},
                                          {"left", model::Align::Left},
                                          {"center", model::Align::Center},
                                          {"right", model::Align::Right}};
constexpr Word<model::Decoration> kDecorations[] = {{"rule", model::Decoration::Rule},
                                                    {"bar", model::Decoration::Bar},
                                                    {"band", model::Decoration::Band},
                                                    {"plain", model::Decoration::Plain}};
constexpr Word<model::Side> kSides[] = {{"left", model::Side::Left}, {"right", model::Side::Right}};
constexpr Word<model::DatePlace> kDatePlaces[] = {{"right", model::DatePlace::Right},
                                                  {"inline", model::DatePlace::Inline},
                                                  {"below", model::DatePlace::Below}};
constexpr Word<model::HeaderAlign> kHeaderAligns[] = {{"left", model::HeaderAlign::Left},
                                                      {"center", model::HeaderAlign::Center},
                                                      {"split", model::HeaderAlign::Split}};
constexpr Word<model::LineBreaking> kLineBreakings[] = {
    {"total-fit", model::LineBreaking::TotalFit}, {"first-fit", model::LineBreaking::FirstFit}};
constexpr Word<model::ChineseEmphasis> kEmphases[] = {{"kai", model::ChineseEmphasis::Kai},
                                                      {"bold", model::ChineseEmphasis::Bold},
                                                      {"dots", model::ChineseEmphasis::Dots}};
constexpr Word<model::LooseLines> kLooseLines[] = {
    {"line", model::LooseLines::RaggedLine}, {"paragraph", model::LooseLines::RaggedParagraph}};

constexpr Word<model::TableRules> kTableRules[] = {{"booktabs", model::TableRules::Booktabs},
                                                   {"grid", model::TableRules::Grid},
                                                   {"rows", model::TableRules::Rows},
                                                   {"none", model::TableRules::None}};

struct Paper {
  double width, height;  // pt
};
constexpr Word<Paper> kPapers[] = {{"A4", {595.276, 841.890}},
                                   {"Letter", {612, 792}},
                                   {"A5", {419.528, 595.276}},
                                   {"Legal", {612, 1008}}};

const std::vector<std::string> kRoles = {"body",  "name",     "contact", "section",
                                         "entry", "subentry", "footer"};

void apply_style(const Reader& r, const YAML::Node& node, model::TextStyle& s) {
  r.keys(node, "a text style",
         {"size", "leading", "bold", "color", "space_before", "space_after", "align", "chinese",
          "latin", "embolden_chinese"});
  if (node["size"]) s.size = r.number(node["size"], 4, 96);
  if (node["leading"]) s.leading = r.number(node["leading"], 0.8, 4);
  if (node["bold"]) s.bold = r.boolean(node["bold"]);
  if (node["color"]) s.color = r.color(node["color"]);
  if (node["space_before"]) s.space_before = r.length(node["space_before"], 200);
  if (node["space_after"]) s.space_after = r.length(node["space_after"], 200);
  if (node["align"]) s.align = r.choice(node["align"], kAligns);
  if (node["chinese"]) s.chinese_families = r.families(node["chinese"]);
  if (node["latin"]) s.latin_families = r.families(node["latin"]);
  if (node["embolden_chinese"]) s.embolden_chinese_bold = r.boolean(node["embolden_chinese"]);
}

void apply_rule(const Reader& r, const YAML::Node& node, model::RuleStyle& rule) {
  r.keys(node, "a rule", {"width", "color", "gap"});
  if (node["width"]) rule.width = r.length(node["width"], 20);
  if (node["color"]) rule.color = r.color(node["color"]);
  if (node["gap"]) rule.gap = r.length(node["gap"], 100);
}

void apply_section_heading(const Reader& r, const YAML::Node& node, model::SectionHeadingStyle& h) {
  r.keys(node, "section_heading",
         {"style", "fill", "bar_width", "inset", "small_caps", "uppercase", "letter_spacing"});
  if (node["style"]) h.decoration = r.choice(node["style"], kDecorations);
  if (node["fill"]) h.fill = r.color(node["fill"]);
  if (node["bar_width"]) h.bar_width = r.length(node["bar_width"], 50);
  if (node["inset"]) h.inset = r.length(node["inset"], 100);
  if (node["small_caps"]) h.small_caps = r.boolean(node["small_caps"]);
  if (node["uppercase"]) h.uppercase = r.boolean(node["uppercase"]);
  if (node["letter_spacing"]) h.letter_spacing = r.number(node["letter_spacing"], 0, 0.5);
}

// Section roles by their words in data/sections.yaml; an unknown word lists them all.
std::vector<model::SectionRole> section_roles(const Reader& r, const YAML::Node& node) {
  if (!node.IsSequence()) r.fail(node, "expected a list of section roles");
  std::vector<model::SectionRole> roles;
  for (const auto& item : node) {
    std::string word = r.string(item);
    if (std::optional<model::SectionRole> role = section_role_named(word)) {
      roles.push_back(*role);
      continue;
    }
    std::string message = "'" + word + "' is not a section role; the roles are:";
    for (const std::string& known : section_role_words()) message += " " + known;
    std::string guess = nearest(word, section_role_words());
    if (!guess.empty()) message += "; did you mean '" + guess + "'?";
    r.fail(item, message);
  }
  return roles;
}

void apply_sidebar(const Reader& r, const YAML::Node& node, model::SidebarSpec& side) {
  if (!node.IsMap())
    r.fail(node,
           "sidebar must be a map of keys to values (a front matter may also give a list of "
           "headings: 'sidebar: [教育经历, 技能]')");
  r.keys(
      node, "sidebar",
      {"side", "width", "gap", "background", "contact", "roles", "headings", "dates", "justify"});
  if (node["side"]) side.side = r.choice(node["side"], kSides);
  if (node["width"]) side.width = r.length(node["width"], 1000);
  if (node["gap"]) side.gap = r.length(node["gap"], 200);
  if (node["background"]) side.background = r.color(node["background"]);
  if (node["contact"]) side.contact = r.boolean(node["contact"]);
  if (node["roles"]) side.roles = section_roles(r, node["roles"]);
  if (node["headings"]) {
    side.headings.clear();
    for (const std::string& heading : r.strings(node["headings"]))
      side.headings.push_back(text::heading_key(heading));
  }
  if (node["dates"]) side.dates = r.choice(node["dates"], kDatePlaces);
  if (node["justify"]) side.justify = r.boolean(node["justify"]);
}

void apply_tables(const Reader& r, const YAML::Node& node, model::TableStyle& t) {
  r.keys(node, "tables",
         {"rules", "frame_width", "rule_width", "rule_color", "padding", "header", "key_value"});
  if (node["rules"]) t.rules = r.choice(node["rules"], kTableRules);
  if (node["frame_width"]) t.frame_width = r.length(node["frame_width"], 10);
  if (node["rule_width"]) t.rule_width = r.length(node["rule_width"], 10);
  if (node["rule_color"]) t.rule_color = r.color(node["rule_color"]);
  if (const YAML::Node padding = node["padding"]) {
    r.keys(padding, "tables.padding", {"x", "y"});
    if (padding["x"]) t.padding_x = r.length(padding["x"], 100);
    if (padding["y"]) t.padding_y = r.length(padding["y"], 100);
  }
  if (const YAML::Node header = node["header"]) {
    r.keys(header, "tables.header", {"bold", "color", "fill"});
    if (header["bold"]) t.header_bold = r.boolean(header["bold"]);
    if (header["color"]) t.header_color = r.color(header["color"]);
    if (header["fill"]) t.header_fill = r.color(header["fill"]);
  }
  if (const YAML::Node grid = node["key_value"]) {
    r.keys(grid, "tables.key_value", {"rules", "bold", "color"});
    if (grid["rules"]) t.key_value_rules = r.choice(grid["rules"], kTableRules);
    if (grid["bold"]) t.label_bold = r.boolean(grid["bold"]);
    if (grid["color"]) t.label_color = r.color(grid["color"]);
  }
}

void apply_code(const Reader& r, const YAML::Node& node, model::CodeBlockStyle& code) {
  r.keys(node, "code", {"size", "leading", "background", "padding"});
  if (node["size"]) code.size = r.number(node["size"], 0.5, 1.5);
  if (node["leading"]) code.leading = r.number(node["leading"], 0.8, 4);
  if (node["background"] && r.string(node["background"]) == "none") {
    code.background.reset();
  } else if (node["background"]) {
    code.background = r.color(node["background"]);
  }
  if (node["padding"]) code.padding = r.length(node["padding"], 50);
}

void apply_quote(const Reader& r, const YAML::Node& node, model::QuoteStyle& quote) {
  r.keys(node, "quote", {"indent", "rule_width", "rule_color"});
  if (node["indent"]) quote.indent = r.length(node["indent"], 200);
  if (node["rule_width"]) quote.rule_width = r.length(node["rule_width"], 20);
  if (node["rule_color"]) quote.rule_color = r.color(node["rule_color"]);
}

// The photo sizes of Chinese forms, in mm (一寸, 二寸); ASCII spellings for keyboards
// without an IME.
constexpr Word<std::pair<double, double>> kPhotoSizes[] = {
    {"1寸", {25, 35}}, {"2寸", {35, 49}}, {"1-inch", {25, 35}}, {"2-inch", {35, 49}}};

// A photo side in mm when written as a bare number ([25, 35]), else any length ("1in").
double photo_length(const Reader& r, const YAML::Node& node) {
  std::string text = r.string(node);
  bool bare = !text.empty() && text.find_first_not_of("0123456789.") == std::string::npos;
  double pt = bare ? r.number(node, 1, 300) * 72 / 25.4 : r.length(node, 850);
  if (pt < 1) r.fail(node, "a photo needs a side of at least 1 mm");
  return pt;
}

void apply_photo(const Reader& r, const YAML::Node& node, model::PhotoSpec& photo) {
  r.keys(node, "photo", {"side", "size", "gap"});
  if (node["side"]) photo.side = r.choice(node["side"], kSides);
  if (node["gap"]) photo.gap = r.length(node["gap"], 200);
  if (const YAML::Node size = node["size"]) {
    if (size.IsSequence()) {
      if (size.size() != 2) r.fail(size, "a photo size as a list needs [width, height] in mm");
      photo.width = photo_length(r, size[0]);
      photo.height = photo_length(r, size[1]);
    } else {
      auto [width, height] = r.choice(size, kPhotoSizes);
      photo.width = width * 72 / 25.4;
      photo.height = height * 72 / 25.4;
    }
  }
}

void apply_paper(const Reader& r, const YAML::Node& node, model::LayoutSpec& spec) {
  if (node.IsSequence()) {
    if (node.size() != 2) r.fail(node, "paper as a list needs [width, height]");
    spec.page_width = r.length(node[0], 5000);
    spec.page_height = r.length(node[1], 5000);
    return;
  }
  const Paper paper = r.choice(node, kPapers);
  spec.page_width = paper.width, spec.page_height = paper.height;
}

// `page_number` is one pattern, or a map from language to pattern:
// {zh: "第 {page} 页 / 共 {pages} 页", en: "Page {page} of {pages}"}. The map takes
// the document's language ("en-GB" falls back to "en"), else its first entry.
std::string page_number(const Reader& r, const YAML::Node& node, const std::string& lang) {
  if (!node.IsMap()) return r.string(node);
  if (node.size() == 0) r.fail(node, "page_number needs a pattern, or a map of language: pattern");
  for (const auto& entry : node) r.string(entry.second);
  std::string primary = lang.substr(0, lang.find_first_of("-_"));
  for (const std::string& wanted : {lang, primary}) {
    for (const auto& entry : node)
      if (!wanted.empty() && entry.first.Scalar() == wanted) return entry.second.Scalar();
  }
  return node.begin()->second.Scalar();
}

// The text for the document's language from one text for every language or a map of
// language: text ("en-GB" falls back to "en"). A map that names no such language gives
// none: that language keeps its dates as typed. `check` sees every text of a map.
template <typename Check>
std::optional<std::string> for_language(const Reader& r, const YAML::Node& node,
                                        const std::string& lang, Check check) {
  if (!node.IsMap()) {
    check(node, r.string(node));
    return node.Scalar();
  }
  for (const auto& entry : node) check(entry.second, r.string(entry.second));
  std::string primary = lang.substr(0, lang.find_first_of("-_"));
  for (const std::string& wanted : {lang, primary}) {
    for (const auto& entry : node)
      if (!wanted.empty() && entry.first.Scalar() == wanted) return entry.second.Scalar();
  }
  return std::nullopt;
}

// entries.date_form, year_form and present, for the document's language.
void apply_date_form(const Reader& r, const YAML::Node& entries, model::DateForm& form,
                     const std::string& lang) {
  auto read = [&](const YAML::Node& node, const std::string& key) {
    std::optional<std::vector<model::DatePart>> parts;
    auto check = [&](const YAML::Node& at, const std::string& pattern) {
      ReadDateForm read = read_date_form(pattern);
      if (!read.error.empty()) r.fail(at, "entries." + key + ": " + read.error);
      if (key == "year_form" && has_month(read.parts))
        r.fail(at, "entries.year_form is for dates without a month; drop its month field");
    };
    if (std::optional<std::string> pattern = for_language(r, node, lang, check))
      parts = read_date_form(*pattern).parts;
    return parts;
  };
  if (entries["date_form"]) {
    if (auto parts = read(entries["date_form"], "date_form")) {
      form.with_month = *parts;
      form.year_only = year_only_form(*parts);
    }
  }
  if (entries["year_form"]) {
    if (auto parts = read(entries["year_form"], "year_form")) form.year_only = *parts;
  }
  if (entries["present"]) {
    auto any = [](const YAML::Node&, const std::string&) {};
    if (auto word = for_language(r, entries["present"], lang, any)) form.present = *word;
  }
}

void apply(const Reader& layout_reader, const YAML::Node& root, model::LayoutSpec& spec,
           const std::string& lang) {
  std::vector<std::string> known = {"description", "extends"};
  known.insert(known.end(), kValueKeys.begin(), kValueKeys.end());
  layout_reader.keys(root, "the layout", known);
  // The accent comes first: every colour below may name it.
  if (root["accent"]) spec.accent = layout_reader.color(root["accent"], false);
  const Reader r = layout_reader.with_accent(spec.accent);
  if (root["description"]) spec.description = r.string(root["description"]);
  if (root["extends"]) r.string(root["extends"]);
  if (root["paper"]) r.note("paper", root["paper"]);
  if (root["paper"]) apply_paper(r, root["paper"], spec);
  if (const YAML::Node m = root["margins"]) {
    r.keys(m, "margins", {"top", "bottom", "left", "right"});
    for (const char* side : {"top", "bottom", "left", "right"})
      if (m[side]) r.note(std::string("margins.") + side, m[side]);
    if (m["top"]) spec.margin_top = r.length(m["top"]);
    if (m["bottom"]) spec.margin_bottom = r.length(m["bottom"]);
    if (m["left"]) spec.margin_left = r.length(m["left"]);
    if (m["right"]) spec.margin_right = r.length(m["right"]);
  }
  // Fonts and the body style are defaults every role starts from.
  model::TextStyle base = spec.body_style;
  if (const YAML::Node f = root["fonts"]) {
    r.keys(f, "fonts", {"chinese", "latin", "fallback", "mono", "kai"});
    if (f["chinese"]) base.chinese_families = r.families(f["chinese"]);
    if (f["latin"]) base.latin_families = r.families(f["latin"]);
    if (f["fallback"]) base.fallback_families = r.families(f["fallback"]);
    if (f["mono"]) base.mono_families = r.families(f["mono"]);
    if (f["kai"]) base.kai_families = r.families(f["kai"]);
  }
  model::TextStyle* roles[] = {&spec.body_style,    &spec.name_style,  &spec.contact_style,
                               &spec.section_style, &spec.entry_style, &spec.subentry_style,
                               &spec.footer_style};
  const YAML::Node styles = root["styles"];
  if (styles) r.keys(styles, "styles", kRoles);
  if (styles && styles["body"]) apply_style(r, styles["body"], base);
  for (size_t i = 0; i < kRoles.size(); ++i) {
    *roles[i] = base;
    if (i > 0 && styles && styles[kRoles[i]]) apply_style(r, styles[kRoles[i]], *roles[i]);
  }
  if (const YAML::Node rules = root["rules"]) {
    r.keys(rules, "rules", {"section", "separator", "header"});
    if (rules["section"]) apply_rule(r, rules["section"], spec.section_rule);
    if (rules["separator"]) apply_rule(r, rules["separator"], spec.separator);
    if (rules["header"]) apply_rule(r, rules["header"], spec.header_rule);
  }
  if (const YAML::Node lists = root["lists"]) {
    r.keys(lists, "lists", {"indent", "gap", "bullets", "tasks"});
    if (lists["indent"]) spec.list_indent = r.length(lists["indent"], 200);
    if (lists["gap"]) spec.item_gap = r.length(lists["gap"], 100);
    if (lists["bullets"]) spec.bullets = r.strings(lists["bullets"]);
    if (const YAML::Node tasks = lists["tasks"]) {
      std::vector<std::string> markers = r.strings(tasks);
      if (markers.size() != 2) r.fail(tasks, "lists.tasks needs two markers: [open, done]");
      spec.task_open = markers[0], spec.task_done = markers[1];
    }
  }
  if (root["paragraph_gap"]) spec.paragraph_gap = r.length(root["paragraph_gap"], 100);
  if (const YAML::Node images = root["images"]) {
    r.keys(images, "images", {"float_gap"});
    if (images["float_gap"]) spec.float_gap = r.length(images["float_gap"], 100);
  }
  if (root["link_color"]) spec.link_color = r.color(root["link_color"]);
  if (root["page_number"]) spec.page_number = page_number(r, root["page_number"], lang);
  if (root["header_align"]) spec.header_align = r.choice(root["header_align"], kHeaderAligns);
  if (const YAML::Node entries = root["entries"]) {
    r.keys(entries, "entries",
           {"dates", "dash", "date_size", "date_color", "date_form", "year_form", "present"});
    if (entries["dates"]) spec.entry_dates = r.choice(entries["dates"], kDatePlaces);
    if (entries["dash"]) spec.date_dash = r.string(entries["dash"]);
    if (entries["date_size"]) spec.below_date_size = r.number(entries["date_size"], 0.5, 1.5);
    if (entries["date_color"]) spec.below_date_color = r.color(entries["date_color"]);
    apply_date_form(r, entries, spec.date_form, lang);
  }
  spec.section_heading.fill = spec.accent;  // unless the layout names a fill
  if (root["section_heading"])
    apply_section_heading(r, root["section_heading"], spec.section_heading);
  if (root["sidebar"]) apply_sidebar(r, root["sidebar"], spec.sidebar);
  if (root["tables"]) apply_tables(r, root["tables"], spec.tables);
  if (root["emphasis"]) spec.emphasis = r.choice(root["emphasis"], kEmphases);
  if (root["code"]) apply_code(r, root["code"], spec.code);
  if (root["quote"]) apply_quote(r, root["quote"], spec.quote);
  if (root["photo"]) apply_photo(r, root["photo"], spec.photo);
  if (root["line_breaking"]) spec.line_breaking = r.choice(root["line_breaking"], kLineBreakings);
  if (const YAML::Node fit = root["fit"]) {
    r.keys(fit, "fit", {"min_spacing", "min_leading", "min_size"});
    if (fit["min_spacing"]) spec.fit_min_spacing = r.number(fit["min_spacing"], 0, 1);
    if (fit["min_leading"]) spec.fit_min_leading = r.number(fit["min_leading"], 1, 4);
    if (fit["min_size"]) spec.fit_min_body_size = r.number(fit["min_size"], 4, 96);
  }
  if (const YAML::Node justify = root["justify"]) {
    r.keys(justify, "justify", {"han", "space", "too_loose"});
    if (justify["han"]) spec.justify.han = r.number(justify["han"], 0, 1);
    if (justify["space"]) spec.justify.space = r.number(justify["space"], 0, 2);
    if (justify["too_loose"]) spec.justify.too_loose = r.choice(justify["too_loose"], kLooseLines);
  }
  if (const YAML::Node hyphenation = root["hyphenation"]) {
    r.keys(hyphenation, "hyphenation", {"capitalised"});
    if (hyphenation["capitalised"])
      spec.hyphenation.capitalised = r.boolean(hyphenation["capitalised"]);
  }
}

}  // namespace

YAML::Node parse_yaml(const std::string& text, const std::string& path) {
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    Reader(path, text).fail_at(e.mark, "malformed YAML: " + e.msg);
  }
  if (std::optional<DuplicateKey> twice = find_duplicate_key(root))
    Reader(path, text).fail_at(twice->second, duplicate_key_message(*twice));
  return root;
}

std::map<std::string, model::SourceRef> check_layout(const YAML::Node& root,
                                                     const std::string& path,
                                                     const std::string& text) {
  model::LayoutSpec scratch;
  std::map<std::string, model::SourceRef> sources;
  apply(Reader(path, text).recording_sources(&sources), root, scratch, "");
  return sources;
}

void apply_layout(const YAML::Node& root, model::LayoutSpec& spec, const std::string& lang) {
  apply(Reader("", ""), root, spec, lang);
}

const std::vector<std::string>& layout_value_keys() { return kValueKeys; }

}  // namespace jianli::parse
