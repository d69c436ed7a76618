// Errors a user can act on: each names the file, the place and the way out.
#pragma once

#include <stdexcept>
#include <string>

#include "model/document.h"

namespace jianli::model {

// Bad input: a malformed file, an unknown layout, a missing font. Exit status 1.
// text::format_error (text/error_format.h) writes it for the terminal: the caret
// under the column needs UTF-8 decoding and character widths, which model/, the
// lowest stage, does not depend on.
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, SourcePos pos, std::string message, std::string source_line = {})
      : std::runtime_error(message),
        file_(std::move(file)),
        pos_(pos),
        source_line_(std::move(source_line)) {}
  explicit InputError(std::string message) : InputError({}, {}, std::move(message)) {}

  const std::string& file() const { return file_; }
  SourcePos pos() const { return pos_; }
  const std::string& source_line() const { return source_line_; }

 private:
  std::string file_;
  SourcePos pos_;
  std::string source_line_;
};

// The text of a 1-based line of a file's text, its line end dropped, for
// InputError::source_line; empty past the end.
inline std::string line_of(const std::string& text, int line) {
  size_t start = 0;
  for (int i = 1; i < line && start != std::string::npos; ++i) {
    start = text.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos || line <= 0) return {};
  std::string found = text.substr(start, text.find('\n', start) - start);
  if (!found.empty() && found.back() == '\r') found.pop_back();
  return found;
}

}  // namespace jianli::model
