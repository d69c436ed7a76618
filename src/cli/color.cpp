#include "cli/color.h"

#include <unistd.h>

#include <array>
#include <cstdlib>
#include <string_view>

namespace jianli::cli {
namespace {

constexpr std::string_view kBold = "\033[1m";
constexpr std::string_view kReset = "\033[0m";

struct Severity {
  std::string_view word;  // "error: "
  std::string_view color;
};
// GCC's and Clang's colours (GCC_COLORS' defaults).
constexpr std::array<Severity, 3> kSeverities = {{
    {"error: ", "\033[1;31m"},
    {"warning: ", "\033[1;35m"},
    {"note: ", "\033[1;36m"},
}};
constexpr std::string_view kCaretColor = "\033[1;31m";

// "PLACE: error: TEXT" with PLACE in bold and "error:" in its colour; a line without a
// severity is left as it is.
std::string colorize_first_line(std::string_view line) {
  for (const Severity& severity : kSeverities) {
    size_t word_at = 0;
    if (!line.starts_with(severity.word)) {
      size_t colon = line.find(std::string(": ").append(severity.word));
      if (colon == std::string_view::npos) continue;
      word_at = colon + 2;
    }
    std::string out;
    // As GCC: "\e[1mFILE:3:3:\e[0m \e[1;31merror:\e[0m TEXT".
    if (word_at > 0) out.append(kBold).append(line.substr(0, word_at - 1)).append(kReset) += ' ';
    out.append(severity.color).append(severity.word.substr(0, severity.word.size() - 1));
    out.append(kReset).append(" ").append(line.substr(word_at + severity.word.size()));
    return out;
  }
  return std::string(line);
}

// The line under the source line: spaces then a caret.
bool is_caret_line(std::string_view line) {
  size_t caret = line.find_first_not_of(' ');
  return caret != std::string_view::npos && line[caret] == '^' && caret + 1 == line.size();
}

}  // namespace

bool color_wanted(ColorMode mode) {
  switch (mode) {
    case ColorMode::Always:
      return true;
    case ColorMode::Never:
      return false;
    case ColorMode::Auto:
      break;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(STDERR_FILENO);
}

std::string colorize(const std::string& message) {
  std::string out;
  size_t start = 0;
  bool first = true;
  while (start <= message.size()) {
    size_t end = message.find('\n', start);
    if (end == std::string::npos) end = message.size();
    std::string_view line(message.data() + start, end - start);
    if (first) {
      out += colorize_first_line(line);
    } else if (is_caret_line(line)) {
      out.append(line.substr(0, line.size() - 1)).append(kCaretColor).append("^").append(kReset);
    } else {
      out.append(line);
    }
    if (end < message.size()) out += '\n';
    first = false;
    start = end + 1;
  }
  return out;
}

}  // namespace jianli::cli
