// Reads a résumé file: YAML front matter (yaml-cpp) and Markdown (md4c) into the
// document model. Throws model::InputError with file, line and column.
#pragma once

#include <string>
#include <string_view>

#include "model/document.h"

namespace jianli::parse {

// `source` is the whole file's bytes; `path` is used in messages.
model::Document read_document(std::string_view source, const std::string& path);

}  // namespace jianli::parse
