#include "parse/comment_markers.h"

#include <algorithm>

namespace jianli::parse {
namespace {

// A ``` or ~~~ fence after at most three spaces: its character and length.
std::pair<char, size_t> fence_of(std::string_view line) {
  size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos || indent > 3) return {0, 0};
  char c = line[indent];
  if (c != '`' && c != '~') return {0, 0};
  size_t length = line.find_first_not_of(c, indent) - indent;
  if (line.find_first_not_of(c, indent) == std::string_view::npos) length = line.size() - indent;
  return length >= 3 ? std::pair{c, length} : std::pair<char, size_t>{0, 0};
}

std::vector<CommentMarker> markers_in(std::string_view text, size_t begin, size_t end) {
  std::vector<CommentMarker> markers;
  std::string_view line = text.substr(0, end);
  for (size_t at = line.find("<!--", begin); at != std::string_view::npos;
       at = line.find("<!--", at)) {
    size_t close = line.find("-->", at + 4);
    if (close == std::string_view::npos) break;  // a comment over several lines is no marker
    markers.push_back({at, close + 3, trim_blanks(line.substr(at + 4, close - at - 4))});
    at = close + 3;
  }
  return markers;
}

}  // namespace

std::string_view trim_blanks(std::string_view text) {
  size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") + 1 - first);
}

std::vector<BodyLine> scan_body_lines(std::string_view text, size_t body_offset) {
  std::vector<BodyLine> lines;
  std::pair<char, size_t> open_fence{0, 0};
  for (size_t begin = body_offset; begin < text.size();) {
    size_t end = std::min(text.find('\n', begin), text.size());
    std::string_view content = text.substr(begin, end - begin);
    BodyLine line{begin, end, open_fence.first != 0, {}};
    auto [fence, length] = fence_of(content);
    if (open_fence.first == 0 && fence != 0) {
      open_fence = {fence, length};
      line.code = true;
    } else if (open_fence.first != 0 && fence == open_fence.first && length >= open_fence.second &&
               trim_blanks(content).find_first_not_of(fence) == std::string_view::npos) {
      open_fence = {0, 0};
    }
    if (!line.code) line.markers = markers_in(text, begin, end);
    lines.push_back(std::move(line));
    begin = end + 1;
  }
  return lines;
}

std::string blank_out(std::string_view text, std::vector<std::pair<size_t, size_t>> ranges) {
  std::sort(ranges.begin(), ranges.end());
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  for (const auto& [begin, end] : ranges) {
    if (end <= at) continue;
    size_t from = std::max(begin, at);
    out.append(text.substr(at, from - at));
    for (size_t i = from; i < end && i < text.size(); ++i)
      if (text[i] == '\n') out += '\n';
    at = std::min(end, text.size());
  }
  out.append(text.substr(at));
  return out;
}

bool only_markers(std::string_view text, const BodyLine& line) {
  size_t at = line.begin;
  for (const CommentMarker& marker : line.markers) {
    if (!trim_blanks(text.substr(at, marker.begin - at)).empty()) return false;
    at = marker.end;
  }
  return !line.markers.empty() && trim_blanks(text.substr(at, line.end - at)).empty();
}

}  // namespace jianli::parse
