#include "parse/markdown_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <utility>

#include "text/chars.h"
#include "text/links.h"
#include "text/utf8.h"

namespace jianli::parse {
namespace {

bool is_break(const model::Span& span) { return span.text == "\n" || span.text == kSoftBreak; }

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
  // text::find_links works on code points; each one's byte offset maps its answer back.
  std::vector<size_t> offsets;
  const std::u32string chars = text::to_utf32(text, offsets);
  std::vector<BareLink> links;
  for (const text::FoundLink& link : text::find_links(chars))
    links.push_back(
        {offsets[link.begin], offsets[link.end], text::to_utf8(text::link_target(chars, link))});
  return links;
}

model::Inlines merge_spans(const model::Inlines& inlines) {
  model::Inlines out;
  for (const model::Span& span : inlines) {
    if (span.text.empty() && !span.image) continue;  // an image without alt text stays
    if (!out.empty() && !is_break(span) && !is_break(out.back()) &&
        model::same_style(out.back(), span)) {
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
    // merge_spans leaves no empty spans but images, so the neighbours hold the characters.
    if (out.empty() || i + 1 == merged.size()) continue;
    const model::Span& before = out.back();
    const model::Span& after = merged[i + 1];
    char32_t left = text::last_code_point(before.text);
    char32_t right = text::first_code_point(after.text);
    if (is_space(left) || is_space(right) || (is_chinese(left) && is_chinese(right))) continue;
    // The space takes the style around it, or none where the style changes.
    model::Span space = model::same_style(before, after) ? before : model::Span{};
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
