// Character references: "&amp;", "&emsp;", "&#20013;", "&#x1F4DE;".
#pragma once

#include <string>
#include <string_view>

namespace jianli::parse {

// A whole reference, '&' to ';', as md4c hands it over → its text. Every HTML5 name
// decodes (all 2,125 that end in ';'); a number decodes as HTML5 says, with 0, a
// surrogate or one past U+10FFFF becoming U+FFFD. An unknown name stays as written.
std::string decode_entity(std::string_view entity);

}  // namespace jianli::parse
