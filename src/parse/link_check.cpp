#include "parse/link_check.h"

#include <algorithm>
#include <cctype>

#include "parse/markdown_notice.h"

namespace jianli::parse {
namespace {

// libharu refuses a URI of 64 KB or more (0x105B), counted after percent-encoding, which
// makes a byte outside ASCII three: 21,000 bytes of UTF-8 always fit.
constexpr size_t kMaxLinkBytes = 21000;

}  // namespace

std::string link_target(std::string href) {
  bool has_scheme = href.find(':') != std::string::npos;
  if (!has_scheme && href.find('@') != std::string::npos && href.find('/') == std::string::npos) {
    return "mailto:" + href;
  }
  if (!has_scheme && href.starts_with("www.")) return "http://" + href;
  return href;
}

LinkCheck check_link(const std::string& target) {
  if (target.size() > kMaxLinkBytes) return LinkCheck::TooLong;
  if (target.starts_with('#')) return LinkCheck::Anchor;
  size_t colon = target.find(':');
  if (colon == std::string::npos || target.find('/') < colon) return LinkCheck::Dropped;
  std::string scheme = target.substr(0, colon);
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* kept : {"http", "https", "mailto", "tel"})
    if (scheme == kept) return LinkCheck::Kept;
  return LinkCheck::Dropped;
}

std::string link_notice(const std::string& target, LinkCheck check) {
  if (check == LinkCheck::Dropped)
    return "the link to '" + excerpt(target) +
           "' is shown as text only: a PDF keeps http, https, mailto and tel links";
  if (check == LinkCheck::TooLong)
    return "a link of " + std::to_string(target.size()) + " bytes is shown as text only: a PDF " +
           "link holds at most " + std::to_string(kMaxLinkBytes);
  return "";
}

}  // namespace jianli::parse
