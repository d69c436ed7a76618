#include "parse/markdown_notice.h"

#include <algorithm>

#include "text/utf8.h"

namespace jianli::parse {

// Found by hash, not by a walk through the notices: a long file of bad HTML may give
// tens of thousands (12,000 unclosed <div>s took 3 s when each was compared with all).
std::string Notices::said_key(int line, const std::string& message) {
  return std::to_string(line) + ' ' + message;
}

void Notices::add(int line, std::string message) {
  if (said_.contains(said_key(0, message)) || !said_.insert(said_key(line, message)).second) return;
  if (line == 0) unplaced_.push_back(notices_.size());
  notices_.push_back({line, std::move(message)});
}

void Notices::once(const std::string& key, int line, std::string message) {
  if (keys_.insert(key).second) add(line, std::move(message));
}

void Notices::place_unplaced(int line) {
  for (size_t i : unplaced_) {
    MarkdownNotice& n = notices_[i];
    said_.erase(said_key(0, n.message));
    said_.insert(said_key(line, n.message));
    n.line = line;
  }
  unplaced_.clear();
}

std::vector<MarkdownNotice> Notices::take() { return std::move(notices_); }

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
