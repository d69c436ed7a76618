#include "parse/markdown_source.h"

#include <algorithm>
#include <cstdio>

#include "model/error.h"
#include "text/utf8.h"

namespace jianli::parse {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Editors count columns in characters, from 1.
int column_after(std::string_view line_before) {
  return 1 + static_cast<int>(text::count_code_points(line_before));
}

// The error names the byte and shows its line with the bad bytes as U+FFFD, so the
// terminal prints something readable and the caret lands under the replacement mark.
[[noreturn]] void throw_invalid_utf8(std::string_view bytes, size_t bad, const std::string& path) {
  size_t previous_break = bytes.substr(0, bad).rfind('\n');
  size_t line_begin = previous_break == std::string_view::npos ? 0 : previous_break + 1;
  size_t line_end = std::min(bytes.find('\n', bad), bytes.size());
  int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + bad, '\n'));
  int column = column_after(bytes.substr(line_begin, bad - line_begin));

  std::string shown =
      text::to_utf8(text::to_utf32(bytes.substr(line_begin, line_end - line_begin)));
  if (!shown.empty() && shown.back() == '\r') shown.pop_back();
  char message[96];
  std::snprintf(message, sizeof message, "invalid UTF-8 byte 0x%02X; save the file as UTF-8",
                static_cast<unsigned char>(bytes[bad]));
  throw model::InputError(path, {line, column}, message, shown);
}

std::string clean_up(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (char c : bytes) {
    // CR goes with the other control characters: CRLF becomes LF, and line
    // numbers (which count LFs) stay those of the file.
    bool control = static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n';
    if (!control) out += c;
  }
  return out;
}

}  // namespace

SourceText::SourceText(std::string text) : text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

int SourceText::line_number_at(size_t offset) const {
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(after - line_starts_.begin());
}

model::SourcePos SourceText::position_at(size_t offset) const {
  offset = std::min(offset, text_.size());
  int line = line_number_at(offset);
  size_t begin = line_starts_[line - 1];
  return {line, column_after(std::string_view(text_).substr(begin, offset - begin))};
}

std::string_view SourceText::line_at(size_t offset) const {
  size_t begin = line_starts_[line_number_at(std::min(offset, text_.size())) - 1];
  size_t end = std::min(text_.find('\n', begin), text_.size());
  return std::string_view(text_).substr(begin, end - begin);
}

size_t SourceText::line_start(int line) const {
  if (line < 1) return 0;
  if (static_cast<size_t>(line) > line_starts_.size()) return text_.size();
  return line_starts_[line - 1];
}

SourceText load_source(std::string_view bytes, const std::string& path) {
  if (bytes.starts_with(kByteOrderMark)) bytes.remove_prefix(kByteOrderMark.size());
  if (auto bad = text::find_invalid_utf8(bytes)) throw_invalid_utf8(bytes, *bad, path);
  return SourceText(clean_up(bytes));
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\n") == std::string_view::npos;
}

}  // namespace jianli::parse
