#include "parse/tags.h"

#include <algorithm>

#include "model/error.h"
#include "parse/comment_markers.h"

namespace jianli::parse {
namespace {

constexpr std::string_view kTags = "tags:";

size_t indent_of(std::string_view line) {
  size_t indent = line.find_first_not_of(" \t");
  return indent == std::string_view::npos ? line.size() : indent;
}

// `## Title`: its level, 0 when the line is no ATX heading.
int heading_level(std::string_view line) {
  size_t indent = indent_of(line);
  if (indent > 3) return 0;
  size_t hashes = line.find_first_not_of('#', indent);
  if (hashes == std::string_view::npos) hashes = line.size();
  size_t level = hashes - indent;
  if (level < 1 || level > 6) return 0;
  return hashes == line.size() || line[hashes] == ' ' || line[hashes] == '\t'
             ? static_cast<int>(level)
             : 0;
}

// `- item`, `* item`, `+ item`, `1. item`, `1) item`.
bool is_list_item(std::string_view line) {
  size_t at = indent_of(line);
  if (at >= line.size()) return false;
  size_t after = at + 1;
  if (line[at] != '-' && line[at] != '*' && line[at] != '+') {
    size_t digits = line.find_first_not_of("0123456789", at);
    if (digits == at || digits == std::string_view::npos || digits - at > 9) return false;
    if (line[digits] != '.' && line[digits] != ')') return false;
    after = digits + 1;
  }
  return after == line.size() || line[after] == ' ' || line[after] == '\t';
}

// A line that starts a block of its own rather than continuing a paragraph.
bool starts_block(std::string_view line) {
  std::string_view text = trim_blanks(line);
  return heading_level(line) > 0 || is_list_item(line) || text.starts_with('>') ||
         text.starts_with("<") || text.starts_with("---") || text.starts_with("***") ||
         text.starts_with('|');
}

class PartFinder {
 public:
  PartFinder(std::string_view text, const std::vector<BodyLine>& lines)
      : text_(text), lines_(lines) {}

  std::string_view content(size_t i) const {
    return text_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin);
  }
  bool blank(size_t i) const { return trim_blanks(content(i)).empty(); }

  // The end of the part that starts on line `first`: one past its last line's break.
  size_t part_end(size_t first) const {
    if (table_row(first)) return after(table_last(first));
    if (int level = heading_level(content(first)); level > 0) return section_end(first, level);
    if (is_list_item(content(first))) return item_end(first);
    return paragraph_end(first);
  }

  bool table_row(size_t i) const {
    return !lines_[i].code && trim_blanks(content(i)).starts_with('|');
  }

  // When line `i` is a table's body row (its header and delimiter rows tag the table):
  // the end of the table's last line.
  std::optional<size_t> body_row_table_end(size_t i) const {
    if (!table_row(i) || i < table_first(i) + 2) return std::nullopt;
    return lines_[table_last(i)].end;
  }

  // The first and last lines of the table holding line `i`.
  size_t table_first(size_t i) const {
    while (i > 0 && table_row(i - 1)) --i;
    return i;
  }
  size_t table_last(size_t i) const {
    while (i + 1 < lines_.size() && table_row(i + 1)) ++i;
    return i;
  }

  size_t line_end(size_t i) const { return after(i); }

  // Where the paragraph holding line `line` starts.
  size_t paragraph_begin(size_t line) const {
    if (table_row(line)) return lines_[table_first(line)].begin;  // its header row
    size_t first = line;
    while (first > 0 && !blank(first - 1) && !lines_[first - 1].code &&
           !starts_block(content(first)) && heading_level(content(first - 1)) == 0)
      --first;
    return lines_[first].begin;
  }

 private:
  size_t after(size_t i) const { return std::min(lines_[i].end + 1, text_.size()); }

  size_t section_end(size_t first, int level) const {
    for (size_t i = first + 1; i < lines_.size(); ++i) {
      int other = lines_[i].code ? 0 : heading_level(content(i));
      if (other > 0 && other <= level) return lines_[i].begin;
    }
    return text_.size();
  }

  size_t item_end(size_t first) const {
    size_t indent = indent_of(content(first));
    size_t last = first;
    for (size_t i = first + 1; i < lines_.size(); ++i) {
      if (blank(i)) continue;  // kept only if an indented line follows
      bool indented = indent_of(content(i)) > indent;
      bool lazy = i == last + 1 && !starts_block(content(i));
      if (!indented && !lazy) break;
      last = i;
    }
    return after(last);
  }

  size_t paragraph_end(size_t first) const {
    size_t last = first;
    while (last + 1 < lines_.size() && !blank(last + 1) && !lines_[last + 1].code &&
           !starts_block(content(last + 1)))
      ++last;
    return after(last);
  }

  std::string_view text_;
  const std::vector<BodyLine>& lines_;
};

std::vector<std::string> tags_of(std::string_view list) {
  std::vector<std::string> tags;
  size_t at = 0;
  while (at < list.size()) {
    size_t end = list.find_first_of(", \t", at);
    if (end == std::string_view::npos) end = list.size();
    if (end > at) tags.emplace_back(list.substr(at, end - at));
    at = end + 1;
  }
  return tags;
}

}  // namespace

std::vector<MarkedPart> find_marked_parts(const SourceText& source, size_t body_offset,
                                          const std::string& path, std::string_view keyword) {
  std::vector<MarkedPart> found;
  const std::vector<BodyLine> lines = scan_body_lines(source.text(), body_offset);
  PartFinder finder(source.text(), lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    for (const CommentMarker& marker : lines[i].markers) {
      if (!marker.inner.starts_with(keyword)) continue;
      MarkedPart part{std::string(trim_blanks(marker.inner.substr(keyword.size()))), 0, 0,
                      marker.begin, marker.end};
      if (only_markers(source.text(), lines[i])) {
        size_t next = i + 1;
        while (next < lines.size() && finder.blank(next)) ++next;
        if (next == lines.size() || lines[next].code)
          throw model::InputError(path, source.position_at(marker.begin),
                                  "the marker stands before nothing; put it at the end of a "
                                  "heading, list item or paragraph",
                                  std::string(source.line_at(marker.begin)));
        part.begin = lines[i].begin;
        part.end = finder.part_end(next);
      } else if (std::optional<size_t> table_end = finder.body_row_table_end(i)) {
        part.begin = lines[i].begin;
        part.end = finder.line_end(i);
        part.table_end = table_end;
      } else if (heading_level(finder.content(i)) > 0 || is_list_item(finder.content(i))) {
        part.begin = lines[i].begin;
        part.end = finder.part_end(i);
      } else {
        part.begin = finder.paragraph_begin(i);
        part.end = finder.part_end(i);
      }
      found.push_back(std::move(part));
    }
  }
  return found;
}

TaggedParts find_tagged_parts(const SourceText& source, size_t body_offset,
                              const std::string& path) {
  TaggedParts found;
  for (MarkedPart& marked : find_marked_parts(source, body_offset, path, kTags)) {
    TaggedPart part{tags_of(marked.argument), marked.begin, marked.end, marked.marker,
                    marked.table_end};
    if (part.tags.empty())
      throw model::InputError(path, source.position_at(marked.marker),
                              "the tags marker names no tag; write <!-- tags: ml, web -->",
                              std::string(source.line_at(marked.marker)));
    found.markers.emplace_back(marked.marker, marked.marker_end);
    found.parts.push_back(std::move(part));
  }
  return found;
}

std::string keep_tagged(const SourceText& source, const TaggedParts& tagged,
                        const std::vector<std::string>* selected) {
  std::vector<std::pair<size_t, size_t>> dropped = tagged.markers;
  struct Row {
    size_t begin, end, table_end;
  };
  std::vector<Row> dropped_rows;
  if (selected) {
    for (const TaggedPart& part : tagged.parts) {
      bool wanted = std::any_of(part.tags.begin(), part.tags.end(), [&](const std::string& tag) {
        return std::find(selected->begin(), selected->end(), tag) != selected->end();
      });
      if (wanted) continue;
      if (part.table_end)
        dropped_rows.push_back({part.begin, part.end, *part.table_end});
      else
        dropped.emplace_back(part.begin, part.end);
    }
  }
  if (dropped_rows.empty()) return blank_out(source.text(), std::move(dropped));
  // Rows go first, each with its line break moved to its table's end, and the other
  // ranges follow the bytes they named.
  std::sort(dropped_rows.begin(), dropped_rows.end(),
            [](const Row& a, const Row& b) { return a.begin > b.begin; });
  std::string text(source.text());
  for (size_t k = 0; k < dropped_rows.size(); ++k) {
    const Row row = dropped_rows[k];
    const size_t length = row.end - row.begin;
    auto moved = [&](size_t at) {
      if (at < row.begin) return at;
      if (at < row.end) return row.begin;  // inside the row: gone with it
      return at <= row.table_end ? at - length : at - length + 1;
    };
    text.insert(row.table_end, "\n");
    text.erase(row.begin, length);
    for (auto& [begin, end] : dropped) begin = moved(begin), end = moved(end);
    for (size_t later = k + 1; later < dropped_rows.size(); ++later)
      dropped_rows[later].table_end = moved(dropped_rows[later].table_end);
  }
  return blank_out(text, std::move(dropped));
}

}  // namespace jianli::parse
