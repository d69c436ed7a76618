// Writing a finished PDF without ever leaving a partial one behind.
#pragma once

#include <string>

namespace jianli::cli {

// Writes `bytes` to a temporary file beside `path`, then renames it over `path`,
// so a reader sees the old file or the whole new one. Throws model::InputError
// naming the folder when it is missing or not writable.
void write_atomically(const std::string& path, const std::string& bytes);

}  // namespace jianli::cli
