#include "parse/html_tags.h"

#include <algorithm>
#include <array>

#include "parse/entities.h"

namespace jianli::parse {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Character references in an attribute value; those without ';' stay as written.
std::string decode_references(std::string_view value) {
  constexpr size_t kLongestName = 32;  // "&CounterClockwiseContourIntegral;" is the longest
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    size_t semicolon = value[i] == '&' ? value.find(';', i) : std::string_view::npos;
    if (semicolon == std::string_view::npos || semicolon - i > kLongestName + 1) {
      out += value[i];
      continue;
    }
    out += decode_entity(value.substr(i, semicolon - i + 1));
    i = semicolon;
  }
  return out;
}

// Reads up to the first of `stops` (or the end) from `pos`, moving past it.
std::string_view take_until(std::string_view text, size_t& pos, std::string_view stops) {
  size_t end = std::min(text.find_first_of(stops, pos), text.size());
  std::string_view out = text.substr(pos, end - pos);
  pos = end;
  return out;
}

void skip_spaces(std::string_view text, size_t& pos) {
  while (pos < text.size() && is_html_space(text[pos])) ++pos;
}

}  // namespace

bool closes_its_like(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kNames = {
      "p",      "li",       "dt",    "dd",    "tr",    "td", "th",
      "option", "optgroup", "thead", "tbody", "tfoot", "rt", "rp"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

std::string ascii_lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

std::optional<std::string> attribute(const HtmlAttributes& attributes, std::string_view name) {
  for (const auto& [key, value] : attributes)
    if (key == name) return value;
  return std::nullopt;
}

bool is_page_break_comment(std::string_view text) {
  std::string squeezed;
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '-' && c != '_') squeezed += lower(c);
  return squeezed == "pagebreak";
}

bool is_void_element(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kNames = {
      "area",  "base", "br",   "col",   "embed",  "hr",    "img",
      "input", "link", "meta", "param", "source", "track", "wbr"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

std::optional<HtmlTag> read_tag(std::string_view text, size_t pos) {
  HtmlTag tag;
  tag.begin = pos;
  if (pos >= text.size() || text[pos] != '<') return std::nullopt;
  ++pos;
  if (pos < text.size() && text[pos] == '/') {
    tag.closing = true;
    ++pos;
  }
  if (pos >= text.size() || !is_ascii_letter(text[pos])) return std::nullopt;
  tag.name = ascii_lowercase(take_until(text, pos, " \t\n\f/>"));
  while (true) {
    skip_spaces(text, pos);
    if (pos >= text.size()) return std::nullopt;  // unfinished: not a tag
    if (text[pos] == '>') break;
    if (text[pos] == '/') {
      tag.self_closing = pos + 1 < text.size() && text[pos + 1] == '>';
      ++pos;
      continue;
    }
    tag.self_closing = false;
    // HTML reads a leading '=' as part of the name; so does this.
    size_t name_start = pos++;
    take_until(text, pos, " \t\n\f/>=");
    std::string name = ascii_lowercase(text.substr(name_start, pos - name_start));
    std::string value;
    skip_spaces(text, pos);
    if (pos < text.size() && text[pos] == '=') {
      skip_spaces(text, ++pos);
      if (pos < text.size() && (text[pos] == '"' || text[pos] == '\'')) {
        char quote = text[pos++];
        value = decode_references(take_until(text, pos, std::string_view(&quote, 1)));
        if (pos >= text.size()) return std::nullopt;
        ++pos;
      } else {
        value = decode_references(take_until(text, pos, " \t\n\f>"));
      }
    }
    if (!attribute(tag.attributes, name)) tag.attributes.emplace_back(name, value);
  }
  tag.end = pos + 1;
  return tag;
}

CappedHtml cap_nesting(std::string_view html, size_t max_depth) {
  CappedHtml out;
  size_t depth = 0;
  size_t removed_open = 0;  // start tags removed whose end tag has not come yet
  size_t copied = 0;        // html[0, copied) is handled
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    if (html.substr(at).starts_with("<!--")) {
      size_t close = html.find("-->", at + 4);
      if (close == std::string_view::npos) break;
      at = close + 2;
      continue;
    }
    std::optional<HtmlTag> tag = read_tag(html, at);
    if (!tag) continue;
    bool counts = !is_void_element(tag->name) && !closes_its_like(tag->name) && !tag->self_closing;
    bool remove = false;
    if (counts && tag->closing) {
      remove = removed_open > 0;
      if (remove) {
        --removed_open;
      } else if (depth > 0) {
        --depth;
      }
    } else if (counts) {
      remove = depth >= max_depth;
      if (remove) {
        ++removed_open;
      } else {
        out.depth = std::max(out.depth, ++depth);
      }
    }
    if (remove) {
      if (out.first_cut < 0) out.first_cut = static_cast<int>(at);
      out.html += html.substr(copied, at - copied);
      copied = tag->end;
    }
    at = tag->end - 1;
  }
  out.html += html.substr(copied);
  return out;
}

}  // namespace jianli::parse
