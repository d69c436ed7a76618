// "Did you mean …?" for misspelt keys.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jianli::parse {

// The candidate closest to `word` by edit distance, or "" when none is close
// enough to be a plausible typo.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace jianli::parse
