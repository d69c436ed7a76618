// UTF-8 <-> UTF-32, with the place of the first bad byte for messages. The one
// UTF-8 decoder of the program (on ICU's U8_* macros): every stage that needs a
// code point from UTF-8 bytes asks here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jianli::text {

// Decodes UTF-8; each ill-formed sequence (the longest bad prefix of one, as the
// Unicode Standard §3.9 recommends) becomes one U+FFFD. Use find_invalid_utf8 first
// to reject bad input.
std::u32string to_utf32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);
// Surrogates and values above U+10FFFF are written as U+FFFD.
void append_utf8(std::string& out, char32_t cp);

// Byte offset of the first byte that is not valid UTF-8 (overlong forms,
// surrogates and truncated sequences included), or nullopt.
std::optional<size_t> find_invalid_utf8(std::string_view bytes);

// Like to_utf32, and `offsets` gets the byte offset where each code point starts, then the
// text's size: code point k is utf8[offsets[k], offsets[k + 1]).
std::u32string to_utf32(std::string_view utf8, std::vector<size_t>& offsets);

// The first `count` code points of the text (all of it when it holds no more), cut
// between characters.
std::string_view first_code_points(std::string_view utf8, size_t count);

// How many code points to_utf32 would return, without building them.
size_t count_code_points(std::string_view utf8);

// The offset where the code point holding byte `offset` starts: a cut there never
// splits a character.
size_t code_point_start(std::string_view utf8, size_t offset);

// The first and last code points, or 0 for empty text.
char32_t first_code_point(std::string_view utf8);
char32_t last_code_point(std::string_view utf8);

}  // namespace jianli::text
