#include "parse/smart_punctuation.h"

#include <string_view>

#include "text/chars.h"
#include "text/links.h"
#include "text/utf8.h"

namespace jianli::parse {
namespace {

constexpr char32_t kLeftSingle = U'\u2018', kRightSingle = U'\u2019';
constexpr char32_t kLeftDouble = U'\u201C', kRightDouble = U'\u201D';

bool is_blank(char32_t c) {
  return c == 0 || c == U' ' || c == U'\t' || c == U'\n' || c == 0xA0 || c == 0x3000;
}

// Where a quote may open: at the start, after a space, an opening bracket or quote, a dash.
bool opens_after(char32_t before) {
  return is_blank(before) ||
         std::u32string_view(U"([{<‘“—–-/").find(before) != std::u32string_view::npos ||
         text::mark_kind(before) == text::MarkKind::Opening;
}

// Where a quote may close: at the end, before a space or the punctuation that ends a phrase.
bool closes_before(char32_t after) {
  if (is_blank(after) ||
      std::u32string_view(U".,;:!?)]}>’”…").find(after) != std::u32string_view::npos)
    return true;
  const text::MarkKind kind = text::mark_kind(after);
  return kind == text::MarkKind::Closing || kind == text::MarkKind::Stop;
}

// Decides each quote from its neighbours, as pandoc does; where they say nothing (between
// two Han characters, 说"你好"), the quote closes one left open and otherwise opens.
class Quotes {
 public:
  char32_t single(char32_t before, char32_t after) {
    // Inside a word (Meituan's, don't) and before a year ('90s) it is an apostrophe.
    if (text::is_latin_alnum(before) && text::is_latin_alnum(after)) return kRightSingle;
    if (opens_after(before) && after >= U'0' && after <= U'9') return kRightSingle;
    return pick(before, after, single_open_, U'\'', kLeftSingle, kRightSingle);
  }

  char32_t double_quote(char32_t before, char32_t after) {
    return pick(before, after, double_open_, U'"', kLeftDouble, kRightDouble);
  }

 private:
  static char32_t pick(char32_t before, char32_t after, bool& open, char32_t straight,
                       char32_t left, char32_t right) {
    const bool may_open = opens_after(before), may_close = closes_before(after);
    if (may_open && may_close) return straight;  // alone between spaces: no quote at all
    if (!may_open && !may_close) {
      open = !open;
      return open ? left : right;
    }
    open = may_open;
    return may_open ? left : right;
  }

  bool single_open_ = false;
  bool double_open_ = false;
};

// The text of all spans as one string, which span each character came from, and which
// characters stay as typed (code, web and e-mail addresses).
struct Joined {
  std::u32string text;
  std::vector<size_t> span;
  std::vector<bool> as_typed;

  explicit Joined(const model::Inlines& inlines) {
    for (size_t s = 0; s < inlines.size(); ++s) {
      for (char32_t c : text::to_utf32(inlines[s].text)) {
        text.push_back(c);
        span.push_back(s);
        as_typed.push_back(inlines[s].code);
      }
    }
    for (const text::FoundLink& link : text::find_links(text))
      for (size_t i = link.begin; i < link.end; ++i) as_typed[i] = true;
  }

  char32_t at(size_t i) const { return i < text.size() ? text[i] : 0; }

  // Hyphens from i on, in one span and none of them as typed.
  size_t hyphens(size_t i) const {
    size_t end = i;
    while (end < text.size() && text[end] == U'-' && span[end] == span[i] && !as_typed[end]) ++end;
    return end - i;
  }
};

}  // namespace

model::Inlines smarten(const model::Inlines& inlines) {
  const Joined joined(inlines);
  std::vector<std::u32string> texts(inlines.size());
  Quotes quotes;
  for (size_t i = 0; i < joined.text.size(); ++i) {
    const char32_t c = joined.text[i];
    std::u32string& out = texts[joined.span[i]];
    const char32_t before = i > 0 ? joined.text[i - 1] : 0;
    if (joined.as_typed[i]) {
      out += c;
    } else if (c == U'\'') {
      out += quotes.single(before, joined.at(i + 1));
    } else if (c == U'"') {
      out += quotes.double_quote(before, joined.at(i + 1));
    } else if (size_t run = c == U'-' ? joined.hyphens(i) : 0; run == 2 || run == 3) {
      out += run == 2 ? U'–' : U'—';  // a longer run (a drawn line) stays as typed
      i += run - 1;
    } else if (run > 3) {
      out.append(run, U'-');
      i += run - 1;
    } else {
      out += c;
    }
  }
  model::Inlines result = inlines;
  for (size_t s = 0; s < result.size(); ++s) result[s].text = text::to_utf8(texts[s]);
  return result;
}

void smarten(model::Document& doc) {
  doc.name = smarten(doc.name);
  for (model::Inlines& line : doc.contact) line = smarten(line);
  // An explicit stack: nesting depth is the input's to choose.
  std::vector<model::Block*> todo;
  for (model::Block& block : doc.blocks) todo.push_back(&block);
  while (!todo.empty()) {
    model::Block& block = *todo.back();
    todo.pop_back();
    if (block.kind == model::BlockKind::Code) continue;
    block.inlines = smarten(block.inlines);
    block.right = smarten(block.right);
    if (block.table)
      for (model::TableRow& row : block.table->rows)
        for (model::TableCell& cell : row.cells) cell.inlines = smarten(cell.inlines);
    for (model::Block& child : block.children) todo.push_back(&child);
    for (model::ListItem& item : block.items)
      for (model::Block& child : item.blocks) todo.push_back(&child);
  }
}

}  // namespace jianli::parse
