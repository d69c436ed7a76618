// Section roles recognised from headings: the synonym table of data/sections.yaml.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/document.h"

namespace jianli::parse {

// The role words of data/sections.yaml and of layouts' `sidebar.roles`, in the enum's order
// (None has no word).
const std::vector<std::string>& section_role_words();
std::optional<model::SectionRole> section_role_named(std::string_view word);

class SectionRoles {
 public:
  // The role a heading names (matched by text::heading_key); None when it names none.
  model::SectionRole role_of(std::string_view heading) const;
  bool empty() const { return by_key_.empty(); }
  size_t size() const { return by_key_.size(); }  // headings known

  // Adds a heading under `role`; false when it is already under another.
  bool add(std::string_view heading, model::SectionRole role);

 private:
  std::unordered_map<std::string, model::SectionRole> by_key_;
};

// Reads data/sections.yaml: `ROLE: [heading, …]` for each role. Throws
// model::InputError at FILE:LINE:COL for an unknown role (with the nearest one) or a
// heading named under two roles.
SectionRoles load_section_roles(const std::string& path);

// Gives every heading in `blocks` (top level: sections are not nested) its role.
void assign_section_roles(std::vector<model::Block>& blocks, const SectionRoles& roles);

}  // namespace jianli::parse
