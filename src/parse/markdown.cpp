#include "parse/markdown.h"

#include <md4c.h>

#include <algorithm>
#include <exception>
#include <map>
#include <string_view>

#include "parse/markdown_builder.h"
#include "parse/markdown_text.h"

namespace jianli::parse {
namespace {

constexpr unsigned kMarkdownFlags =
    MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_STRIKETHROUGH | MD_FLAG_TABLES | MD_FLAG_TASKLISTS;

// md4c is C: an exception must not cross it, so it is parked here and rethrown after.
struct ParseState {
  MarkdownBuilder builder;
  std::exception_ptr error;
};

template <typename Step>
int guarded(void* userdata, Step step) {
  auto* state = static_cast<ParseState*>(userdata);
  try {
    step(state->builder);
    return 0;
  } catch (...) {
    state->error = std::current_exception();
    return 1;  // stops md_parse
  }
}

int on_enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
  return guarded(userdata, [&](MarkdownBuilder& b) { b.enter_block(type, detail); });
}
int on_leave_block(MD_BLOCKTYPE type, void*, void* userdata) {
  return guarded(userdata, [&](MarkdownBuilder& b) { b.leave_block(type); });
}
int on_enter_span(MD_SPANTYPE type, void* detail, void* userdata) {
  return guarded(userdata, [&](MarkdownBuilder& b) { b.enter_span(type, detail); });
}
int on_leave_span(MD_SPANTYPE type, void*, void* userdata) {
  return guarded(userdata, [&](MarkdownBuilder& b) { b.leave_span(type); });
}
int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  return guarded(userdata, [&](MarkdownBuilder& b) { b.text(type, {text, size}); });
}

// md4c over `source` from `body_offset`, into blocks.
std::vector<model::Block> read_blocks(const SourceText& source, size_t body_offset,
                                      FootnoteNumbers* footnotes,
                                      std::vector<MarkdownNotice>* notices) {
  std::string_view body = source.text().substr(body_offset);
  BlockLocator locator(source, body_offset);
  ParseState state{MarkdownBuilder(locator, footnotes), nullptr};
  MD_PARSER parser{};
  parser.flags = kMarkdownFlags;
  parser.enter_block = on_enter_block;
  parser.leave_block = on_leave_block;
  parser.enter_span = on_enter_span;
  parser.leave_span = on_leave_span;
  parser.text = on_text;
  int status = md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &state);
  if (state.error) std::rethrow_exception(state.error);
  if (status != 0) throw std::bad_alloc();  // md4c fails only when out of memory
  std::vector<model::Block> blocks = state.builder.take_blocks();
  if (notices) *notices = state.builder.take_notices();
  return blocks;
}

// Moves blocks read from a note's own text to the note's lines in the file.
void shift_lines(std::vector<model::Block>& blocks, int lines) {
  std::vector<model::Block*> pending;
  for (model::Block& block : blocks) pending.push_back(&block);
  while (!pending.empty()) {
    model::Block* block = pending.back();
    pending.pop_back();
    if (block->pos.line > 0) block->pos.line += lines;
    for (model::ListItem& item : block->items)
      for (model::Block& nested : item.blocks) pending.push_back(&nested);
    for (model::Block& child : block->children) pending.push_back(&child);
  }
}

// The notes as a numbered list after everything else, in the order of their numbers.
model::Block footnote_list(const std::vector<FootnoteDefinition>& definitions,
                           const FootnoteNumbers& numbers, std::vector<MarkdownNotice>& notices) {
  model::Block list;
  list.kind = model::BlockKind::List;
  list.ordered = true;
  const size_t referenced = numbers.referenced();
  std::map<std::string_view, const FootnoteDefinition*> by_label;  // the first of a label
  for (const FootnoteDefinition& d : definitions) by_label.emplace(d.label, &d);
  for (const std::string& label : numbers.order()) {
    const FootnoteDefinition& note = *by_label.at(label);
    std::vector<MarkdownNotice> read;
    std::vector<model::Block> blocks = read_blocks(SourceText(note.text), 0, nullptr, &read);
    shift_lines(blocks, note.line - 1);
    for (MarkdownNotice& n : read) notices.push_back({n.line + note.line - 1, n.message});
    if (list.items.size() >= referenced)
      notices.push_back(
          {note.line, "footnote [^" + label + "] is never referred to; it is listed last"});
    if (list.pos.line == 0) list.pos.line = note.line;
    list.items.push_back({std::move(blocks)});
  }
  return list;
}

}  // namespace

std::vector<model::Block> parse_markdown(const SourceText& source, size_t body_offset,
                                         std::vector<MarkdownNotice>* notices) {
  CutFootnotes cut = cut_footnote_definitions(source.text(), body_offset);
  if (cut.definitions.empty()) return read_blocks(source, body_offset, nullptr, notices);
  // The definitions' lines are blanks now: every other line keeps its number.
  const SourceText without_notes(std::move(cut.text));
  FootnoteNumbers numbers(cut.definitions);
  std::vector<MarkdownNotice> read;
  std::vector<model::Block> blocks = read_blocks(without_notes, body_offset, &numbers, &read);
  blocks.push_back(footnote_list(cut.definitions, numbers, read));
  if (notices) *notices = std::move(read);
  return blocks;
}

void resolve_soft_breaks(std::vector<model::Block>& blocks) {
  std::vector<model::Block*> pending;
  for (model::Block& block : blocks) pending.push_back(&block);
  while (!pending.empty()) {
    model::Block* block = pending.back();
    pending.pop_back();
    block->inlines = resolve_soft_breaks(block->inlines);
    for (model::ListItem& item : block->items) {
      for (model::Block& nested : item.blocks) pending.push_back(&nested);
    }
    for (model::Block& child : block->children) pending.push_back(&child);
  }
}

}  // namespace jianli::parse
