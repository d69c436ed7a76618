#include "parse/section_roles.h"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

#include "model/error.h"
#include "parse/layout_schema.h"
#include "parse/suggest.h"
#include "text/heading_key.h"

namespace jianli::parse {
namespace {

using model::SectionRole;

// In the enum's order, after None.
const std::vector<std::pair<std::string, SectionRole>> kRoleWords = {
    {"contact", SectionRole::Contact},
    {"personal", SectionRole::Personal},
    {"summary", SectionRole::Summary},
    {"education", SectionRole::Education},
    {"experience", SectionRole::Experience},
    {"projects", SectionRole::Projects},
    {"skills", SectionRole::Skills},
    {"languages", SectionRole::Languages},
    {"awards", SectionRole::Awards},
    {"certificates", SectionRole::Certificates},
    {"publications", SectionRole::Publications},
    {"interests", SectionRole::Interests},
    {"references", SectionRole::References},
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw model::InputError(path, {}, "cannot read the table of section headings");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// FILE:LINE:COL of a node of the table, for its errors.
[[noreturn]] void fail(const std::string& path, const YAML::Node& node,
                       const std::string& message) {
  YAML::Mark mark = node.Mark();
  throw model::InputError(path, {mark.line + 1, mark.column + 1}, message);
}

}  // namespace

const std::vector<std::string>& section_role_words() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    for (const auto& [word, role] : kRoleWords) out.push_back(word);
    return out;
  }();
  return words;
}

std::optional<SectionRole> section_role_named(std::string_view word) {
  for (const auto& [name, role] : kRoleWords)
    if (name == word) return role;
  return std::nullopt;
}

SectionRole SectionRoles::role_of(std::string_view heading) const {
  auto at = by_key_.find(text::heading_key(heading));
  return at == by_key_.end() ? SectionRole::None : at->second;
}

bool SectionRoles::add(std::string_view heading, SectionRole role) {
  auto [at, added] = by_key_.emplace(text::heading_key(heading), role);
  return added || at->second == role;
}

SectionRoles load_section_roles(const std::string& path) {
  YAML::Node root = parse_yaml(read_file(path), path);
  if (!root.IsMap()) fail(path, root, "expected 'ROLE: [heading, …]' lines");
  SectionRoles roles;
  for (const auto& entry : root) {
    const std::string word = entry.first.Scalar();
    std::optional<SectionRole> role = section_role_named(word);
    if (!role) {
      std::string guess = nearest(word, section_role_words());
      fail(path, entry.first,
           "unknown section role '" + word + "'" +
               (guess.empty() ? "" : "; did you mean '" + guess + "'?"));
    }
    if (!entry.second.IsSequence()) fail(path, entry.second, "expected a list of headings");
    for (const auto& heading : entry.second) {
      if (!heading.IsScalar()) fail(path, heading, "expected a heading's text");
      if (!roles.add(heading.Scalar(), *role))
        fail(path, heading, "'" + heading.Scalar() + "' is already under another role");
    }
  }
  return roles;
}

void assign_section_roles(std::vector<model::Block>& blocks, const SectionRoles& roles) {
  for (model::Block& block : blocks)
    if (block.kind == model::BlockKind::Heading)
      block.role = roles.role_of(model::plain_text(block.inlines));
}

}  // namespace jianli::parse
