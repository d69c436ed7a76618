// Whether two names are one file, so that no output ever replaces its own input.
#pragma once

#include <string>

namespace jianli::cli {

// The same file under two names (a symlink, "./a" and "a"), or the same name; false when
// either is empty (standard output).
bool same_file(const std::string& a, const std::string& b);

}  // namespace jianli::cli
