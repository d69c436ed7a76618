#include "parse/markdown_locator.h"

namespace jianli::parse {
namespace {

std::string_view strip_indent(std::string_view line) {
  size_t spaces = 0;
  while (spaces < 3 && spaces < line.size() && line[spaces] == ' ') ++spaces;
  return line.substr(spaces);
}

// Three or more of one of `-`, `*`, `_`, optionally with blanks between.
bool is_rule_line(std::string_view line, std::string_view marks) {
  line = strip_indent(line);
  if (line.empty() || marks.find(line.front()) == std::string_view::npos) return false;
  int count = 0;
  for (char c : line) {
    if (c == line.front()) {
      ++count;
    } else if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return count >= 3;
}

bool is_setext_underline(std::string_view line) {
  line = strip_indent(line);
  size_t end = line.find_last_not_of(" \t");
  if (line.empty() || end == std::string_view::npos) return false;
  line = line.substr(0, end + 1);
  return line.find_first_not_of(line.front()) == std::string_view::npos &&
         (line.front() == '=' || line.front() == '-');
}

}  // namespace

int BlockLocator::locate_text(std::string_view chunk) {
  if (chunk.find_first_not_of(" \t\n") == std::string_view::npos) return 0;
  size_t found = source_.text().find(chunk, cursor_);
  if (found == std::string_view::npos) return 0;
  cursor_ = found + chunk.size();
  int line = source_.line_number_at(found);
  if (block_first_line_ == 0) block_first_line_ = line;
  return line;
}

int BlockLocator::locate_rule() {
  std::string_view text = source_.text();
  int line = source_.line_number_at(cursor_);
  if (source_.line_start(line) != cursor_) ++line;  // the cursor is past this line's start
  for (; source_.line_start(line) < text.size(); ++line) {
    size_t begin = source_.line_start(line);
    if (is_rule_line(source_.line_at(begin), "-*_")) {
      cursor_ = begin + source_.line_at(begin).size();
      return line;
    }
  }
  return 0;
}

void BlockLocator::finish_block(bool heading) {
  if (block_first_line_ == 0) return;  // nothing was found; stay put
  std::string_view text = source_.text();
  bool setext =
      heading && block_first_line_ > 0 &&
      !strip_indent(source_.line_at(source_.line_start(block_first_line_))).starts_with('#');
  size_t line_end = text.find('\n', cursor_);
  cursor_ = line_end == std::string_view::npos ? text.size() : line_end + 1;
  if (setext && cursor_ < text.size() && is_setext_underline(source_.line_at(cursor_))) {
    size_t underline_end = text.find('\n', cursor_);
    cursor_ = underline_end == std::string_view::npos ? text.size() : underline_end + 1;
  }
  block_first_line_ = 0;
}

}  // namespace jianli::parse
