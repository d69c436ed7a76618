#include "parse/markdown_notice.h"

#include <algorithm>

#include "text/utf8.h"

namespace jianli::parse {

void Notices::add(int line, std::string message) {
  for (const MarkdownNotice& n : notices_)
    if (n.message == message && (n.line == line || n.line == 0)) return;
  notices_.push_back({line, std::move(message)});
}

void Notices::once(const std::string& key, int line, std::string message) {
  if (keys_.insert(key).second) add(line, std::move(message));
}

std::string excerpt(std::string_view text) {
  constexpr size_t kMaxBytes = 40;
  while (text.ends_with('\n') || text.ends_with(' ')) text.remove_suffix(1);
  std::string out(text.substr(0, text.find_first_of('\n')));
  if (out.size() <= kMaxBytes && out.size() == text.size()) return out;
  size_t cut = std::min(out.size(), kMaxBytes);
  cut = text::code_point_start(out, cut);
  return out.substr(0, cut) + "…";
}

}  // namespace jianli::parse
