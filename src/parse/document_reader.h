// Reads a résumé file: YAML front matter (yaml-cpp) and Markdown (md4c) into the
// document model. Throws model::InputError with file, line and column.
#pragma once

#include <string>
#include <string_view>

#include "model/document.h"
#include "parse/section_roles.h"
#include "parse/selection.h"

namespace jianli::parse {

// `source` is the whole file's bytes; `path` is used in messages. `roles` recognises
// section headings (data/sections.yaml, load_section_roles): a heading that names a
// section is never taken for the person's name, and layouts place sections by role.
// `selection` picks the language, the variant and the private values (parse/selection.h).
model::Document read_document(std::string_view source, const std::string& path,
                              const SectionRoles& roles = SectionRoles(),
                              const Selection& selection = Selection());

}  // namespace jianli::parse
