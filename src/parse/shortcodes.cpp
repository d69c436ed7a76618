#include "parse/shortcodes.h"

#include "text/emoji.h"

namespace jianli::parse {
namespace {

void replace_in(model::Inlines& inlines, text::ShortcodeMisses& misses) {
  for (model::Span& span : inlines)
    if (!span.code && !span.image) span.text = text::replace_shortcodes(span.text, &misses);
}

void report(const text::ShortcodeMisses& misses, const std::string& path, int line,
            model::Diagnostics& diagnostics) {
  for (const std::string& name : misses.pictures)
    diagnostics.add({.file = path,
                     .line = line,
                     .message = "':" + name +
                                ":' is one of GitHub's pictures, not a character: it is left "
                                "out"});
  for (const std::string& name : misses.unknown)
    diagnostics.add(
        {.file = path,
         .line = line,
         .message = "':" + name + ":' is no emoji shortcode GitHub knows; it is shown as typed"});
}

}  // namespace

void replace_shortcodes(std::vector<model::Block>& blocks, const std::string& path,
                        model::Diagnostics& diagnostics) {
  // A stack, not recursion: lists and quotes nest as deep as the user typed them.
  std::vector<model::Block*> pending;
  for (model::Block& block : blocks) pending.push_back(&block);
  while (!pending.empty()) {
    model::Block* block = pending.back();
    pending.pop_back();
    if (block->kind == model::BlockKind::Code) continue;
    text::ShortcodeMisses misses;
    replace_in(block->inlines, misses);
    replace_in(block->right, misses);
    if (block->entry) replace_in(block->entry->title, misses);
    for (model::ListItem& item : block->items)
      for (model::Block& nested : item.blocks) pending.push_back(&nested);
    for (model::Block& child : block->children) pending.push_back(&child);
    if (block->table)
      for (model::TableRow& row : block->table->rows)
        for (model::TableCell& cell : row.cells) replace_in(cell.inlines, misses);
    report(misses, path, block->pos.line, diagnostics);
  }
}

}  // namespace jianli::parse
