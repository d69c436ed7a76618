#include "text/links.h"

#include <algorithm>

namespace jianli::text {
namespace {

bool is_ascii_alnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

char32_t ascii_lower(char32_t c) { return (c >= U'A' && c <= U'Z') ? c + 32 : c; }

bool starts_with_ci(std::u32string_view text, size_t at, std::u32string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (ascii_lower(text[at + k]) != prefix[k]) return false;
  }
  return true;
}

// Characters a URL may contain: printable ASCII except space and the delimiters
// people put around URLs. A full-width mark (，。）) ends the URL.
bool is_url_char(char32_t c) {
  return c > 0x20 && c < 0x7F && c != U'<' && c != U'>' && c != U'"' && c != U'`';
}

bool is_email_local_char(char32_t c) {
  return is_ascii_alnum(c) || c == U'.' || c == U'_' || c == U'%' || c == U'+' || c == U'-';
}

bool is_email_domain_char(char32_t c) { return is_ascii_alnum(c) || c == U'.' || c == U'-'; }

// Length of the scheme/host prefix when a URL starts at `at`, else 0. "xhttp://", "awww." and
// "a.www." are no URL starts, nor is "www." inside a path ("/www.").
size_t url_prefix_length(std::u32string_view text, size_t at) {
  if (at > 0 && (is_email_local_char(text[at - 1]) || text[at - 1] == U'/')) return 0;
  constexpr std::u32string_view kPrefixes[] = {U"https://", U"http://", U"www."};
  for (std::u32string_view prefix : kPrefixes) {
    if (starts_with_ci(text, at, prefix)) return prefix.size();
  }
  return 0;
}

// Leaves out sentence punctuation after a URL ("见 https://a.cn/x。" or "(https://a.cn)."),
// keeping a closing parenthesis that closes one opened inside the URL.
size_t trim_url_end(std::u32string_view text, size_t begin, size_t end) {
  long open_parens = 0;
  for (size_t k = begin; k < end; ++k) {
    if (text[k] == U'(') ++open_parens;
    if (text[k] == U')') --open_parens;
  }
  while (end > begin) {
    const char32_t last = text[end - 1];
    if (last == U')' && open_parens < 0) {
      ++open_parens;
    } else if (std::u32string_view(U".,:;!?'*_~]}").find(last) == std::u32string_view::npos) {
      break;
    }
    --end;
  }
  return end;
}

// What find_links has claimed so far, per character: URLs first, then addresses outside them.
void mark(std::vector<LinkKind>& kind, std::vector<FoundLink>& found, size_t begin, size_t end,
          LinkKind k) {
  for (size_t i = begin; i < end; ++i) kind[i] = k;
  found.push_back({begin, end, k});
}

void mark_urls(std::u32string_view text, std::vector<LinkKind>& kind,
               std::vector<FoundLink>& found) {
  size_t i = 0;
  while (i < text.size()) {
    const size_t prefix = url_prefix_length(text, i);
    if (prefix == 0) {
      ++i;
      continue;
    }
    size_t end = i + prefix;
    while (end < text.size() && is_url_char(text[end])) ++end;
    end = trim_url_end(text, i, end);
    if (end > i + prefix) mark(kind, found, i, end, LinkKind::Url);
    i = std::max(end, i + prefix);
  }
}

// An address is local@domain with a dot inside the domain. The backward scan from
// one '@' stops at the previous '@', so the scans stay linear overall.
void mark_emails(std::u32string_view text, std::vector<LinkKind>& kind,
                 std::vector<FoundLink>& found) {
  for (size_t at = 0; at < text.size(); ++at) {
    if (text[at] != U'@' || kind[at] != LinkKind::None) continue;
    size_t begin = at;
    while (begin > 0 && is_email_local_char(text[begin - 1]) && kind[begin - 1] == LinkKind::None) {
      --begin;
    }
    while (begin < at && text[begin] == U'.') ++begin;
    size_t end = at + 1;
    while (end < text.size() && is_email_domain_char(text[end])) ++end;
    while (end > at + 1 && (text[end - 1] == U'.' || text[end - 1] == U'-')) --end;
    const std::u32string_view domain = text.substr(at + 1, end - at - 1);
    const size_t dot = domain.find(U'.');
    if (begin == at || dot == std::u32string_view::npos || dot == 0) continue;
    mark(kind, found, begin, end, LinkKind::Email);
    at = end - 1;
  }
}

}  // namespace

std::vector<FoundLink> find_links(std::u32string_view text) {
  std::vector<LinkKind> kind(text.size(), LinkKind::None);
  std::vector<FoundLink> found;
  mark_urls(text, kind, found);
  mark_emails(text, kind, found);
  std::sort(found.begin(), found.end(),
            [](const FoundLink& a, const FoundLink& b) { return a.begin < b.begin; });
  return found;
}

std::u32string link_target(std::u32string_view text, const FoundLink& link) {
  std::u32string_view address = text.substr(link.begin, link.end - link.begin);
  if (link.kind == LinkKind::Email) return U"mailto:" + std::u32string(address);
  if (starts_with_ci(text, link.begin, U"www.")) return U"http://" + std::u32string(address);
  return std::u32string(address);
}

LinkSpans find_link_spans(std::u32string_view text) {
  LinkSpans spans{std::vector<LinkKind>(text.size(), LinkKind::None),
                  std::vector<bool>(text.size(), false)};
  for (const FoundLink& link : find_links(text)) {
    for (size_t i = link.begin; i < link.end; ++i) spans.kind[i] = link.kind;
    spans.starts_span[link.begin] = true;
  }
  return spans;
}

}  // namespace jianli::text
