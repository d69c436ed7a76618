// The document's language, for its labels ("Page 1 of 2" or "第 1 页 / 共 2 页") and its
// line breaking: counted over the words a reader reads.
#include <algorithm>

#include "layout/engine.h"
#include "text/chars.h"
#include "text/links.h"
#include "text/utf8.h"

namespace jianli::layout {
namespace {

struct LetterCount {
  size_t han = 0;
  size_t latin = 0;  // letters: digits (dates, phone numbers) say nothing of the language
};

// Text that is not words: `<div align="center">` and `&emsp;` typed as text (HTML the
// reader did not take), URLs and e-mail addresses. A Chinese résumé with a few HTML tags
// and links once counted as English on their letters alone.
std::u32string without_markup(std::u32string_view text) {
  std::u32string kept;
  size_t link = 0;
  const std::vector<text::FoundLink> links = text::find_links(text);
  for (size_t i = 0; i < text.size(); ++i) {
    if (link < links.size() && i == links[link].begin) {
      i = links[link++].end - 1;
      continue;
    }
    const char32_t c = text[i];
    const std::u32string_view closer = c == U'<' ? U">" : c == U'&' ? U";" : U"";
    if (!closer.empty() && i + 1 < text.size() &&
        (text::is_latin_alnum(text[i + 1]) || text[i + 1] == U'/' || text[i + 1] == U'!' ||
         text[i + 1] == U'#')) {
      size_t end = text.find(closer, i + 1);
      if (end != std::u32string_view::npos) {
        while (link < links.size() && links[link].begin <= end) ++link;
        i = end;
        continue;
      }
    }
    kept += c;
  }
  return kept;
}

void count(const model::Inlines& inlines, LetterCount& letters) {
  for (const model::Span& span : inlines) {
    if (span.code || span.image) continue;
    for (char32_t cp : without_markup(text::to_utf32(span.text))) {
      letters.han += text::is_han(cp);
      letters.latin += text::is_latin_alnum(cp) && !(cp >= U'0' && cp <= U'9');
    }
  }
}

LetterCount count_letters(const model::Document& doc) {
  LetterCount letters;
  count(doc.name, letters);
  for (const model::Inlines& line : doc.contact) count(line, letters);
  // A stack, not recursion: lists and quotes nest as deep as the user typed them.
  std::vector<const model::Block*> pending;
  for (const model::Block& block : doc.blocks) pending.push_back(&block);
  while (!pending.empty()) {
    const model::Block* block = pending.back();
    pending.pop_back();
    if (block->kind == model::BlockKind::Code) continue;
    count(block->inlines, letters);
    count(block->right, letters);
    for (const model::ListItem& item : block->items)
      for (const model::Block& child : item.blocks) pending.push_back(&child);
    for (const model::Block& child : block->children) pending.push_back(&child);
    if (block->table)
      for (const model::TableRow& row : block->table->rows)
        for (const model::TableCell& cell : row.cells) count(cell.inlines, letters);
  }
  return letters;
}

}  // namespace

std::string document_language(const model::Document& doc) {
  if (!doc.meta.lang.empty()) {
    std::string tag = canonical_language_tag(doc.meta.lang);
    return tag.substr(0, tag.find('-'));
  }
  LetterCount letters = count_letters(doc);
  // A Han character carries about as much as a Latin word of five letters.
  return letters.han * 5 >= letters.latin ? "zh" : "en";
}

}  // namespace jianli::layout
