// The Markdown constructs that are styled rather than plain text: code blocks, quotes,
// task items, strikethrough, pandoc's ^sup^ and ~sub~, GitHub footnotes (issue 10).
#include <gtest/gtest.h>

#include "parse/markdown_text.h"
#include "parse_helpers.h"

namespace jianli::parse {
namespace {

using model::BlockKind;
using model::Shift;
using testing::parse;
using testing::texts;

const model::Block& only_block(const model::Document& doc) {
  EXPECT_EQ(doc.blocks.size(), 1u);
  return doc.blocks.front();
}

// The first span whose text is `text`.
const model::Span& span(const model::Inlines& inlines, const std::string& text) {
  for (const model::Span& s : inlines)
    if (s.text == text) return s;
  ADD_FAILURE() << "no span '" << text << "'";
  static const model::Span none;
  return none;
}

TEST(MarkdownStyles, CodeBlockKeepsIndentationAndBlankLines) {
  const model::Document doc = parse("```\nif x:\n    go()\n\n\tdone\n```\n");
  const model::Block& code = only_block(doc);
  EXPECT_EQ(code.kind, BlockKind::Code);
  EXPECT_EQ(texts(code.inlines),
            (std::vector<std::string>{"if x:", "\n", "    go()", "\n", "\n", "    done"}));
  EXPECT_EQ(code.pos.line, 2);
}

TEST(MarkdownStyles, QuoteHoldsItsBlocks) {
  model::Document doc = parse("Before\n\n> first *line*\n>\n> - item\n\nAfter\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  const model::Block& quote = doc.blocks[1];
  EXPECT_EQ(quote.kind, BlockKind::Quote);
  ASSERT_EQ(quote.children.size(), 2u);
  EXPECT_EQ(model::plain_text(quote.children[0].inlines), "first line");
  EXPECT_TRUE(span(quote.children[0].inlines, "line").italic);
  EXPECT_EQ(quote.children[1].kind, BlockKind::List);
  EXPECT_EQ(quote.pos.line, 3);
  EXPECT_EQ(model::plain_text(doc.blocks[2].inlines), "After");
}

TEST(MarkdownStyles, QuotesNestedPastTheLimitJoinTheDeepest) {
  std::string deep(100, '>');
  model::Document doc = parse(deep + " deep\n");
  int depth = 0;
  const model::Block* block = &only_block(doc);
  while (block->kind == BlockKind::Quote && !block->children.empty())
    block = &block->children.front(), ++depth;
  EXPECT_EQ(depth, 16);
  EXPECT_EQ(model::plain_text(block->inlines), "deep");
}

TEST(MarkdownStyles, TaskItemsKnowTheirBox) {
  const model::Document doc = parse("- [ ] open\n- [x] done\n- plain\n");
  const model::Block& list = only_block(doc);
  ASSERT_EQ(list.items.size(), 3u);
  EXPECT_EQ(list.items[0].checked, std::optional<bool>(false));
  EXPECT_EQ(list.items[1].checked, std::optional<bool>(true));
  EXPECT_EQ(list.items[2].checked, std::nullopt);
  EXPECT_EQ(model::plain_text(list.items[1].blocks.front().inlines), "done");
}

TEST(MarkdownStyles, DoubleTildesStrikeSingleTildesAroundAWordLower) {
  const model::Document doc = parse("~~old plan~~ and H~2~O and ~two words~\n");
  const model::Block& p = only_block(doc);
  EXPECT_TRUE(span(p.inlines, "old plan").strike);
  EXPECT_EQ(span(p.inlines, "old plan").shift, Shift::None);
  EXPECT_EQ(span(p.inlines, "2").shift, Shift::Sub);
  EXPECT_FALSE(span(p.inlines, "2").strike);
  // Pandoc's subscript holds no space: with one, the tilde strikes through.
  EXPECT_TRUE(span(p.inlines, "two words").strike);
  EXPECT_TRUE(parse("~~x~~\n").diagnostics.empty());  // no "shown as plain text" notice
}

TEST(MarkdownStyles, CaretsRaiseAWord) {
  const model::Document doc = parse("2^10^ = 1024, the 1^st^ of ^two words^, `a^b^`\n");
  const model::Block& p = only_block(doc);
  EXPECT_EQ(span(p.inlines, "10").shift, Shift::Super);
  EXPECT_EQ(span(p.inlines, "st").shift, Shift::Super);
  EXPECT_NE(model::plain_text(p.inlines).find("^two words^"), std::string::npos);
  EXPECT_EQ(span(p.inlines, "a^b^").shift, Shift::None);  // code is as typed
  EXPECT_EQ(model::plain_text(only_block(parse("开心^_^\n")).inlines), "开心^_^");
}

TEST(MarkdownStyles, FootnotesBecomeNumberedNotesAtTheEnd) {
  model::Document doc = parse(
      "# Name\n\n## Work\n\nLed a team[^team] and cut costs[^cost].\n\n"
      "[^cost]: By **30%**.\n[^team]: Of five,\n    all remote.\n\nAfter the notes.\n");
  ASSERT_EQ(doc.blocks.size(), 4u);
  const model::Inlines& text = doc.blocks[1].inlines;
  EXPECT_EQ(model::plain_text(text), "Led a team1 and cut costs2.");
  EXPECT_EQ(span(text, "1").shift, Shift::Super);
  EXPECT_EQ(span(text, "2").shift, Shift::Super);
  // The definitions' lines are blank to md4c: the paragraph after them keeps its line.
  EXPECT_EQ(model::plain_text(doc.blocks[2].inlines), "After the notes.");
  EXPECT_EQ(doc.blocks[2].pos.line, 11);
  const model::Block& notes = doc.blocks[3];
  EXPECT_EQ(notes.kind, BlockKind::List);
  EXPECT_TRUE(notes.ordered);
  ASSERT_EQ(notes.items.size(), 2u);
  EXPECT_EQ(model::plain_text(notes.items[0].blocks.front().inlines), "Of five, all remote.");
  EXPECT_EQ(notes.items[0].blocks.front().pos.line, 8);
  EXPECT_EQ(model::plain_text(notes.items[1].blocks.front().inlines), "By 30%.");
  EXPECT_TRUE(span(notes.items[1].blocks.front().inlines, "30%").bold);
}

TEST(MarkdownStyles, AFootnoteNeverReferredToIsKeptWithAWarning) {
  model::Document doc = parse("Text.\n\n[^lost]: Still here.\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(model::plain_text(doc.blocks[1].items.at(0).blocks.at(0).inlines), "Still here.");
  ASSERT_EQ(doc.diagnostics.all().size(), 1u);
  EXPECT_EQ(doc.diagnostics.all().front().line, 3);
}

TEST(MarkdownStyles, FootnoteSyntaxInCodeStaysCode) {
  model::Document doc = parse("```\n[^1]: not a note\n```\n");
  const model::Block& code = only_block(doc);
  EXPECT_EQ(code.kind, BlockKind::Code);
  EXPECT_EQ(model::plain_text(code.inlines), "[^1]: not a note");
}

}  // namespace
}  // namespace jianli::parse
