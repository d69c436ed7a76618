#include "parse/shortcodes.h"

#include "text/emoji.h"

namespace jianli::parse {
namespace {

void replace_in(model::Inlines& inlines) {
  for (model::Span& span : inlines)
    if (!span.code && !span.image) span.text = text::replace_shortcodes(span.text);
}

}  // namespace

void replace_shortcodes(std::vector<model::Block>& blocks) {
  // A stack, not recursion: lists and quotes nest as deep as the user typed them.
  std::vector<model::Block*> pending;
  for (model::Block& block : blocks) pending.push_back(&block);
  while (!pending.empty()) {
    model::Block* block = pending.back();
    pending.pop_back();
    if (block->kind == model::BlockKind::Code) continue;
    replace_in(block->inlines);
    replace_in(block->right);
    if (block->entry) replace_in(block->entry->title);
    for (model::ListItem& item : block->items)
      for (model::Block& nested : item.blocks) pending.push_back(&nested);
    for (model::Block& child : block->children) pending.push_back(&child);
    if (block->table)
      for (model::TableRow& row : block->table->rows)
        for (model::TableCell& cell : row.cells) replace_in(cell.inlines);
  }
}

}  // namespace jianli::parse
