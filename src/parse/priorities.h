// Parts --fit-pages may drop when tightening alone cannot fit: `<!-- optional -->`, or
// `<!-- priority: N -->` for an order (placed like tags, parse/tags.h). Nothing else is
// ever dropped.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "parse/markdown_source.h"

namespace jianli::parse {

struct OptionalPart {
  size_t begin = 0;  // the part's bytes, [begin, end)
  size_t end = 0;
  std::string label;  // "line 17: ### Shop front", for the note of what was dropped
};

struct OptionalParts {
  std::vector<OptionalPart> parts;  // in the order they are dropped: `optional` first, then
                                    // by rising priority; among equals, the last first
  std::vector<std::pair<size_t, size_t>> markers;
};

// Throws model::InputError at a priority that is not a whole number from 0.
OptionalParts find_optional_parts(const SourceText& source, size_t body_offset,
                                  const std::string& path);

// The text with every marker blanked out and the first `count` parts dropped.
std::string drop_optional(const SourceText& source, const OptionalParts& optional, size_t count);

}  // namespace jianli::parse
