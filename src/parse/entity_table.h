// Every HTML5 named character reference, generated from WHATWG's list by
// scripts/gen_entities.py (entity_table.cpp). gumbo decodes references inside HTML
// but does not export its table, and md4c hands Markdown's references over undecoded.
#pragma once

#include <array>
#include <string_view>

namespace jianli::parse {

struct NamedEntity {
  std::string_view name;  // without '&' and ';': "amp", "NotEqualTilde"
  std::string_view text;  // UTF-8: one code point, or two for a few ("≂̸")
};

extern const std::array<NamedEntity, 2125> kNamedEntities;

}  // namespace jianli::parse
