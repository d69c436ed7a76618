#include "parse/markdown.h"

#include <md4c.h>

#include <exception>

#include "parse/markdown_builder.h"
#include "parse/markdown_text.h"

namespace jianli::parse {
namespace {

constexpr unsigned kMarkdownFlags =
    MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_STRIKETHROUGH | MD_FLAG_TABLES;

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

}  // namespace

std::vector<model::Block> parse_markdown(const SourceText& source, size_t body_offset,
                                         std::vector<MarkdownNotice>* notices) {
  std::string_view body = source.text().substr(body_offset);
  BlockLocator locator(source, body_offset);
  ParseState state{MarkdownBuilder(locator), nullptr};
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
  }
}

}  // namespace jianli::parse
