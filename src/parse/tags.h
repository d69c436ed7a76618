// Tags: `<!-- tags: ml, web -->` marks a part of the résumé as belonging to some variants
// (front matter `variants:`). Where the marker stands says which part:
//   ## 项目经历 <!-- tags: ml -->        at the end of a heading: the heading and all under it,
//                                       up to the next heading of the same or a higher level
//   - 推理框架 <!-- tags: ml -->         on a list item's line: that item, with its sub-items
//   text … <!-- tags: ml -->            on a paragraph's line: that paragraph
//   <!-- tags: ml -->                   alone on a line: the part that starts on the next line
//   | CUDA | 3 年 | <!-- tags: ml -->   in a table's row (not its header): that row
// Untagged parts are in every variant; a tagged one only in the variants naming one of its
// tags. The marker is an HTML comment: GitHub and Jekyll show the part and not the marker.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parse/markdown_source.h"

namespace jianli::parse {

// A part marked by a comment whose text starts with `keyword` ("tags:", "priority:"):
// what follows the keyword, and the part's bytes found as above.
struct MarkedPart {
  std::string argument;
  size_t begin = 0;  // the part's bytes, [begin, end)
  size_t end = 0;
  size_t marker = 0;  // the marker's bytes
  size_t marker_end = 0;
  std::optional<size_t> table_end;  // a table row: the end of the table's last line
};
// Throws model::InputError at a marker alone on its line with nothing after it.
std::vector<MarkedPart> find_marked_parts(const SourceText& source, size_t body_offset,
                                          const std::string& path, std::string_view keyword);

struct TaggedPart {
  std::vector<std::string> tags;
  size_t begin = 0;  // the part's bytes, [begin, end)
  size_t end = 0;
  size_t marker = 0;  // offset of its marker, for messages
  // A table row: [begin, end) is the row with its line break, and `table_end` the end of
  // the table's last line. A dropped row's line break moves there, so that the table
  // stays one table (lines after it keep their numbers; its later rows move up one).
  std::optional<size_t> table_end;
};

struct TaggedParts {
  std::vector<TaggedPart> parts;
  std::vector<std::pair<size_t, size_t>> markers;  // every marker's bytes
};

// Finds the tagged parts from `body_offset` on. Throws model::InputError at a marker that
// names no tag or marks nothing.
TaggedParts find_tagged_parts(const SourceText& source, size_t body_offset,
                              const std::string& path);

// The text with every marker blanked out and, when `selected` is given, the parts that
// carry none of its tags (line breaks kept, so line numbers stay the file's).
std::string keep_tagged(const SourceText& source, const TaggedParts& tagged,
                        const std::vector<std::string>* selected);

}  // namespace jianli::parse
