// HTML comments that steer jianli from inside the Markdown body without showing on
// GitHub or a Jekyll page: `<!-- lang: en -->`, `<!-- /lang -->`, `<!-- tags: ml -->`.
// Found line by line outside fenced code (a comment shown as code is an example, not a
// marker), and removed by blanking, so that every line keeps its number.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jianli::parse {

struct CommentMarker {
  size_t begin = 0;        // offset of `<!--`
  size_t end = 0;          // one past `-->`
  std::string_view inner;  // what is between, trimmed
};

struct BodyLine {
  size_t begin = 0;   // first byte
  size_t end = 0;     // its '\n' (or the end of the text)
  bool code = false;  // inside a fenced code block, or a fence line
  std::vector<CommentMarker> markers;
};

// The lines from `body_offset` on, each with the comments on it (none in fenced code).
std::vector<BodyLine> scan_body_lines(std::string_view text, size_t body_offset);

// `text` with the bytes of each [begin, end) range dropped but its line breaks kept,
// so that line numbers do not move. Ranges may overlap.
std::string blank_out(std::string_view text, std::vector<std::pair<size_t, size_t>> ranges);

// True when the line holds nothing but markers and blanks.
bool only_markers(std::string_view text, const BodyLine& line);

std::string_view trim_blanks(std::string_view text);

}  // namespace jianli::parse
