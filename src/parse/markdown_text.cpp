#include "parse/markdown_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <utility>

#include "text/chars.h"
#include "text/utf8.h"

namespace jianli::parse {
namespace {

bool is_break(const model::Span& span) { return span.text == "\n" || span.text == kSoftBreak; }

bool same_style(const model::Span& a, const model::Span& b) {
  return a.bold == b.bold && a.italic == b.italic && a.code == b.code && a.link == b.link;
}

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_email_char(char c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool is_domain_char(char c) { return is_ascii_alnum(c) || c == '.' || c == '-'; }

// Characters that may appear in a URL; anything outside printable ASCII ends it, so a
// Chinese full stop or comma right after an address stays out of the link.
bool is_url_char(char c) { return c > ' ' && c < 0x7F && c != '<' && c != '>' && c != '"'; }

// Punctuation at the end of an address usually belongs to the sentence.
size_t trim_url_end(std::string_view text, size_t begin, size_t end) {
  while (end > begin) {
    char last = text[end - 1];
    if (std::string_view(".,:;!?'*_~").find(last) != std::string_view::npos) {
      --end;
    } else if (last == ')') {
      std::string_view url = text.substr(begin, end - begin);
      auto opens = std::count(url.begin(), url.end(), '(');
      auto closes = std::count(url.begin(), url.end(), ')');
      if (closes <= opens) break;
      --end;
    } else {
      break;
    }
  }
  return end;
}

std::optional<BareLink> url_at(std::string_view text, size_t i) {
  std::string_view rest = text.substr(i);
  std::string prefix;
  size_t skip = 0;
  if (rest.starts_with("https://")) {
    skip = 8;
  } else if (rest.starts_with("http://")) {
    skip = 7;
  } else if (rest.starts_with("www.")) {
    skip = 4, prefix = "http://";
  } else {
    return std::nullopt;
  }
  if (i > 0 && (is_email_char(text[i - 1]) || text[i - 1] == '/')) return std::nullopt;
  size_t end = i;
  while (end < text.size() && is_url_char(text[end])) ++end;
  end = trim_url_end(text, i, end);
  if (end <= i + skip) return std::nullopt;
  return BareLink{i, end, prefix + std::string(text.substr(i, end - i))};
}

std::optional<BareLink> email_at(std::string_view text, size_t at, size_t earliest) {
  size_t begin = at;
  while (begin > earliest && is_email_char(text[begin - 1])) --begin;
  size_t end = at + 1;
  while (end < text.size() && is_domain_char(text[end])) ++end;
  while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  std::string_view domain = text.substr(at + 1, end - at - 1);
  if (begin == at || domain.find('.') == std::string_view::npos) return std::nullopt;
  return BareLink{begin, end, "mailto:" + std::string(text.substr(begin, end - begin))};
}

// Han characters and full-width punctuation: a line break between two of them is
// not a word boundary.
bool is_chinese(char32_t cp) {
  return text::is_han(cp) || text::mark_kind(cp) != text::MarkKind::None;
}

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x3000; }

}  // namespace

std::string decode_entity(std::string_view entity) {
  static constexpr std::array<std::pair<std::string_view, char32_t>, 20> kNamed = {{
      {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
      {"apos", '\''},    {"nbsp", 0xA0},    {"copy", 0xA9},    {"reg", 0xAE},
      {"trade", 0x2122}, {"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026},
      {"middot", 0xB7},  {"times", 0xD7},   {"laquo", 0xAB},   {"raquo", 0xBB},
      {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
  }};
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') {
    return std::string(entity);
  }
  std::string_view name = entity.substr(1, entity.size() - 2);
  char32_t cp = 0;
  if (name.starts_with('#')) {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string_view digits = name.substr(hex ? 2 : 1);
    uint32_t value = 0;
    auto [end, error] = std::from_chars(digits.begin(), digits.end(), value, hex ? 16 : 10);
    bool valid = error == std::errc() && end == digits.end() && value > 0 && value <= 0x10FFFF &&
                 (value < 0xD800 || value > 0xDFFF);
    cp = valid ? value : 0xFFFD;
  } else {
    for (const auto& [known, value] : kNamed) {
      if (known == name) cp = value;
    }
    if (cp == 0) return std::string(entity);
  }
  std::string out;
  text::append_utf8(out, cp);
  return out;
}

std::string strip_html_comments(std::string_view html) {
  std::string out;
  for (size_t i = 0; i < html.size();) {
    size_t open = html.find("<!--", i);
    if (open == std::string_view::npos) {
      out += html.substr(i);
      break;
    }
    out += html.substr(i, open - i);
    size_t close = html.find("-->", open + 4);
    i = close == std::string_view::npos ? html.size() : close + 3;
  }
  return out;
}

std::vector<BareLink> find_bare_links(std::string_view text) {
  std::vector<BareLink> links;
  size_t earliest = 0;  // links don't overlap
  for (size_t i = 0; i < text.size();) {
    std::optional<BareLink> link = url_at(text, i);
    if (!link && text[i] == '@') link = email_at(text, i, earliest);
    if (link) {
      links.push_back(*link);
      i = earliest = link->end;
    } else {
      ++i;
    }
  }
  return links;
}

model::Inlines merge_spans(const model::Inlines& inlines) {
  model::Inlines out;
  for (const model::Span& span : inlines) {
    if (span.text.empty()) continue;
    if (!out.empty() && !is_break(span) && !is_break(out.back()) && same_style(out.back(), span)) {
      out.back().text += span.text;
    } else {
      out.push_back(span);
    }
  }
  return out;
}

model::Inlines resolve_soft_breaks(const model::Inlines& inlines) {
  model::Inlines merged = merge_spans(inlines);
  model::Inlines out;
  for (size_t i = 0; i < merged.size(); ++i) {
    if (merged[i].text != kSoftBreak) {
      out.push_back(merged[i]);
      continue;
    }
    // merge_spans leaves no empty spans, so the neighbours hold the characters.
    if (out.empty() || i + 1 == merged.size()) continue;
    const model::Span& before = out.back();
    const model::Span& after = merged[i + 1];
    char32_t left = text::last_code_point(before.text);
    char32_t right = text::first_code_point(after.text);
    if (is_space(left) || is_space(right) || (is_chinese(left) && is_chinese(right))) continue;
    // The space takes the style around it, or none where the style changes.
    model::Span space = same_style(before, after) ? before : model::Span{};
    space.text = " ";
    out.push_back(space);
  }
  return merge_spans(out);
}

std::vector<model::Inlines> split_lines(const model::Inlines& inlines) {
  std::vector<model::Inlines> lines(1);
  for (const model::Span& span : inlines) {
    if (is_break(span)) {
      lines.emplace_back();
    } else {
      lines.back().push_back(span);
    }
  }
  std::vector<model::Inlines> kept;
  for (const model::Inlines& line : lines) {
    model::Inlines merged = merge_spans(line);
    if (!merged.empty()) kept.push_back(std::move(merged));
  }
  return kept;
}

}  // namespace jianli::parse
