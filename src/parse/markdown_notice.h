// Markdown that jianli reads but cannot show as written: a table, an image, raw HTML.
// It is flattened to text rather than dropped, and the user is told where.
#pragma once

#include <string>

namespace jianli::parse {

struct MarkdownNotice {
  int line = 0;         // 1-based line of the file; 0 when unknown
  std::string message;  // what happens to it, without "warning:"
};

}  // namespace jianli::parse
