#include "parse/markdown_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <optional>
#include <utility>

#include "text/chars.h"
#include "text/links.h"
#include "text/utf8.h"

namespace jianli::parse {

bool is_break(const model::Span& span) { return span.text == "\n" || span.text == kSoftBreak; }

namespace {

// Han characters and full-width punctuation: a line break between two of them is
// not a word boundary.
bool is_chinese(char32_t cp) {
  return text::is_han(cp) || text::mark_kind(cp) != text::MarkKind::None;
}

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x3000; }

}  // namespace

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
    if (span.text.empty() && !span.image) continue;  // an image with no alt text stays
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

namespace {

// A letter or digit (or any character past ASCII) in text[begin, end): `^_^` is a face, not a
// raised underscore.
bool has_word_character(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 || std::isalnum(c)) return true;
  }
  return false;
}

}  // namespace

model::Inlines mark_superscripts(const model::Inlines& inlines) {
  model::Inlines out;
  for (const model::Span& span : inlines) {
    size_t done = 0;
    for (size_t open = span.code ? std::string::npos : span.text.find('^');
         open != std::string::npos;) {
      const size_t close = span.text.find_first_of("^ \t\n\r", open + 1);
      if (close == std::string::npos) break;
      if (span.text[close] != '^' || !has_word_character(span.text, open + 1, close)) {
        open = span.text.find('^', open + 1);
        continue;
      }
      model::Span before = span, raised = span;
      before.text = span.text.substr(done, open - done);
      raised.text = span.text.substr(open + 1, close - open - 1);
      raised.shift = model::Shift::Super;
      if (!before.text.empty()) out.push_back(std::move(before));
      out.push_back(std::move(raised));
      done = close + 1;
      open = span.text.find('^', done);
    }
    model::Span rest = span;
    rest.text = span.text.substr(done);
    if (!rest.text.empty() || done == 0) out.push_back(std::move(rest));
  }
  return out;
}

}  // namespace jianli::parse
