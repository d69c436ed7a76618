// UTF-8 <-> UTF-32, with the place of the first bad byte for messages.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jianli::text {

// Decodes UTF-8; bad bytes become U+FFFD. Use find_invalid_utf8 first to reject them.
std::u32string to_utf32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t cp);

// Byte offset of the first byte that is not valid UTF-8 (overlong forms,
// surrogates and truncated sequences included), or nullopt.
std::optional<size_t> find_invalid_utf8(std::string_view bytes);

}  // namespace jianli::text
