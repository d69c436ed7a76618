#include "parse/typed_bullets.h"

#include <optional>
#include <string_view>
#include <utility>

#include "parse/markdown_text.h"
#include "text/utf8.h"

namespace jianli::parse {
namespace {

// Bullets that mean only "an item": not ✓ or ★, which say something, nor · or -, which
// part words or are Markdown's own.
constexpr std::u32string_view kBullets = U"•●▪◦‣○■◆►▶➢➤⁃";

bool is_blank(char32_t c) { return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x3000; }

// The line with its typed bullet and the blank after it taken off; none when it has none.
std::optional<model::Inlines> without_bullet(model::Inlines line) {
  while (!line.empty() && !line.front().image && line.front().text.empty())
    line.erase(line.begin());
  if (line.empty() || line.front().image || line.front().code) return std::nullopt;
  const std::u32string text = text::to_utf32(line.front().text);
  size_t at = 0;
  while (at < text.size() && is_blank(text[at])) ++at;
  if (at == text.size() || kBullets.find(text[at]) == std::u32string_view::npos)
    return std::nullopt;
  ++at;
  while (at < text.size() && is_blank(text[at])) ++at;
  line.front().text = text::to_utf8(std::u32string_view(text).substr(at));
  if (line.front().text.empty()) line.erase(line.begin());
  if (line.empty()) return std::nullopt;  // a bullet alone is no item
  return line;
}

// The paragraph's lines, each without its break.
std::vector<model::Inlines> lines_of(const model::Inlines& inlines) {
  std::vector<model::Inlines> lines(1);
  for (const model::Span& span : inlines) {
    if (is_break(span))
      lines.emplace_back();
    else
      lines.back().push_back(span);
  }
  return lines;
}

// The paragraph as its lead-in (the lines before the first bulleted one, if any) and a
// list; none when no line starts with a bullet.
std::optional<std::pair<std::optional<model::Block>, model::Block>> split(
    const model::Block& paragraph) {
  const std::vector<model::Inlines> lines = lines_of(paragraph.inlines);
  size_t first = 0;
  std::optional<model::Inlines> item;
  for (; first < lines.size() && !item; ++first) item = without_bullet(lines[first]);
  if (!item) return std::nullopt;
  --first;
  std::optional<model::Block> lead;
  if (first > 0) {
    lead = paragraph;
    lead->inlines.clear();
    for (size_t i = 0; i < first; ++i) {
      if (i > 0) lead->inlines.push_back({.text = std::string(kSoftBreak)});
      lead->inlines.insert(lead->inlines.end(), lines[i].begin(), lines[i].end());
    }
  }
  model::Block list;
  list.kind = model::BlockKind::List;
  list.pos = {paragraph.pos.line + static_cast<int>(first), 0};
  auto add_item = [&](model::Inlines inlines, int line) {
    model::Block text;
    text.kind = model::BlockKind::Paragraph;
    text.pos = {line, 0};
    text.inlines = std::move(inlines);
    list.items.push_back({.blocks = {std::move(text)}});
  };
  add_item(std::move(*item), list.pos.line);
  for (size_t i = first + 1; i < lines.size(); ++i) {
    if (std::optional<model::Inlines> next = without_bullet(lines[i])) {
      add_item(std::move(*next), paragraph.pos.line + static_cast<int>(i));
    } else {  // the item's text goes on
      model::Inlines& into = list.items.back().blocks.front().inlines;
      into.push_back({.text = std::string(kSoftBreak)});
      into.insert(into.end(), lines[i].begin(), lines[i].end());
    }
  }
  return std::pair{std::move(lead), std::move(list)};
}

}  // namespace

void lists_from_typed_bullets(std::vector<model::Block>& blocks) {
  // An explicit stack: nesting depth is the input's to choose.
  std::vector<std::vector<model::Block>*> todo{&blocks};
  while (!todo.empty()) {
    std::vector<model::Block>& level = *todo.back();
    todo.pop_back();
    std::vector<model::Block> out;
    bool last_made = false;  // the last block of `out` is a list made here
    for (model::Block& block : level) {
      auto made = block.kind == model::BlockKind::Paragraph && block.right.empty() ? split(block)
                                                                                   : std::nullopt;
      if (!made) {
        out.push_back(std::move(block));
        last_made = false;
        continue;
      }
      auto& [lead, list] = *made;
      if (lead) {
        out.push_back(std::move(*lead));
        last_made = false;
      }
      if (last_made) {
        for (model::ListItem& item : list.items) out.back().items.push_back(std::move(item));
      } else {
        out.push_back(std::move(list));
      }
      last_made = true;
    }
    level = std::move(out);
    for (model::Block& block : level) {
      for (model::ListItem& item : block.items) todo.push_back(&item.blocks);
      if (!block.children.empty()) todo.push_back(&block.children);
    }
  }
}

}  // namespace jianli::parse
