// Jekyll's Liquid, the part of it résumés kept in Jekyll sites use: output tags
// `{{ page.email }}`, `{{ site.author }}`, `{{ phone | default: "n/a" }}` filled from
// the front matter, `{% raw %}…{% endraw %}` kept as typed, `{% comment %}…{% endcomment %}`
// dropped. Every other tag (`{% include %}`, `{% if %}` …) is dropped with a warning.
// Run over the Markdown body before md4c, like Jekyll does; every line break stays
// where it was, so every later message still names the file's own line.
#pragma once

#include <map>
#include <string>

#include "model/diagnostic.h"
#include "parse/markdown_source.h"

namespace jianli::parse {

// The front matter's values by their dotted path: `email`, `social.github`. A list of
// values is one value, its items joined by ", ".
using LiquidVariables = std::map<std::string, std::string>;

// The source with the Liquid from `body_offset` on filled in; the text before it (the
// front matter) is kept as is. Warnings (an undefined variable, an unsupported tag or
// filter, an unclosed tag) go to `diagnostics` at FILE:LINE:COL of the original text.
SourceText expand_liquid(const SourceText& source, size_t body_offset,
                         const LiquidVariables& variables, const std::string& path,
                         model::Diagnostics& diagnostics);

}  // namespace jianli::parse
