// English hyphenation points (libhyphen with Debian's hyphen-en-us patterns, the
// ones LibreOffice uses), so that justified English lines need not gape.
#pragma once

#include <string_view>
#include <vector>

namespace jianli::text {

// Positions inside `word` (1 .. size-1) before which a hyphen may break it: at least
// two letters before and three after. Empty for words of fewer than six letters, for
// anything but ASCII letters, for words with a capital past the first letter (names
// such as LongCat, acronyms), and when the patterns are not installed. Thread-safe;
// the patterns load once.
std::vector<size_t> hyphenation_points(std::u32string_view word);

}  // namespace jianli::text
