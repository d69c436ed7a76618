// Markdown and HTML that jianli reads but cannot show as written, or ignores: the user
// is told where.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace jianli::parse {

struct MarkdownNotice {
  int line = 0;         // 1-based line of the file; 0 when unknown
  std::string message;  // what happens to it, without "warning:"
};

// The notices of one document, in the order found.
class Notices {
 public:
  // One notice per message and line: `<b>x</b>` is one piece of HTML to the user. A
  // notice at line 0 stands for any line until it is placed.
  void add(int line, std::string message);
  // One notice per `key` in the whole document: an unknown element or CSS property is
  // one thing to learn, however often the résumé uses it.
  void once(const std::string& key, int line, std::string message);
  // Gives the notices at line 0 this line: where the next text read is.
  void place_unplaced(int line);

  std::vector<MarkdownNotice> take();

 private:
  static std::string said_key(int line, const std::string& message);

  std::vector<MarkdownNotice> notices_;
  std::vector<size_t> unplaced_;          // indices of notices at line 0
  std::unordered_set<std::string> said_;  // said_key of each notice
  std::unordered_set<std::string> keys_;  // of once()
};

// A short, one-line excerpt of source text for a message.
std::string excerpt(std::string_view text);

}  // namespace jianli::parse
