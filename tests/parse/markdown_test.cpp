// Markdown constructs map onto the model.
#include <gtest/gtest.h>

#include "parse_helpers.h"

namespace jianli::parse {
namespace {

using model::BlockKind;
using testing::parse;
using testing::texts;

// A copy: the document is often a temporary.
model::Block only_block(const model::Document& doc) {
  EXPECT_EQ(doc.blocks.size(), 1u);
  return doc.blocks.at(0);
}

TEST(Markdown, NestedBulletLists) {
  model::Document doc = parse("- outer one\n  - inner a\n  - inner b\n- outer two\n");
  const model::Block list = only_block(doc);
  ASSERT_EQ(list.kind, BlockKind::List);
  ASSERT_EQ(list.items.size(), 2u);
  const auto& first = list.items[0].blocks;
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(model::plain_text(first[0].inlines), "outer one");
  ASSERT_EQ(first[1].kind, BlockKind::List);
  ASSERT_EQ(first[1].items.size(), 2u);
  EXPECT_EQ(model::plain_text(first[1].items[1].blocks.at(0).inlines), "inner b");
  EXPECT_EQ(first[1].pos.line, 2);
  EXPECT_EQ(model::plain_text(list.items[1].blocks.at(0).inlines), "outer two");
}

TEST(Markdown, PageBreakCommentBecomesAPageBreakBlock) {
  model::Document doc = parse("甲\n\n<!-- pagebreak -->\n\n乙\n\n<!--PAGE-BREAK-->\n\n丙\n");
  ASSERT_EQ(doc.blocks.size(), 5u);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::PageBreak);
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::PageBreak);
  EXPECT_EQ(model::plain_text(doc.blocks[4].inlines), "丙");
  EXPECT_TRUE(doc.diagnostics.empty());
  // Any other comment says nothing and leaves no block.
  EXPECT_EQ(parse("甲\n\n<!-- a note -->\n\n乙\n").blocks.size(), 2u);
}

TEST(Markdown, OrderedListKeepsItsStartNumber) {
  const model::Block list = only_block(parse("3. three\n4. four\n"));
  EXPECT_TRUE(list.ordered);
  EXPECT_EQ(list.start, 3);
  EXPECT_EQ(list.items.size(), 2u);
}

TEST(Markdown, InlineStyles) {
  const model::Block& p =
      only_block(parse("plain *it* **bold** `co de` [site](https://x.org/a)\n"));
  ASSERT_EQ(texts(p.inlines),
            (std::vector<std::string>{"plain ", "it", " ", "bold", " ", "co de", " ", "site"}));
  EXPECT_TRUE(p.inlines[1].italic);
  EXPECT_FALSE(p.inlines[1].bold);
  EXPECT_TRUE(p.inlines[3].bold);
  EXPECT_TRUE(p.inlines[5].code);
  EXPECT_EQ(p.inlines[7].link, "https://x.org/a");
  EXPECT_EQ(p.inlines[0].link, "");
}

TEST(Markdown, BoldItalicNesting) {
  const model::Block p = only_block(parse("***both*** and **bold _and italic_**\n"));
  EXPECT_TRUE(p.inlines[0].bold && p.inlines[0].italic);
  const model::Span& last = p.inlines.back();
  EXPECT_EQ(last.text, "and italic");
  EXPECT_TRUE(last.bold && last.italic);
}

TEST(Markdown, HardBreakIsANewlineSpan) {
  const model::Block p = only_block(parse("line one  \nline two\\\nline three\n"));
  EXPECT_EQ(texts(p.inlines),
            (std::vector<std::string>{"line one", "\n", "line two", "\n", "line three"}));
}

TEST(Markdown, SoftBreakBetweenHanCharactersVanishes) {
  EXPECT_EQ(model::plain_text(only_block(parse("负责推理\n框架设计\n")).inlines),
            "负责推理框架设计");
  EXPECT_EQ(model::plain_text(only_block(parse("完成设计。\n下一句\n")).inlines),
            "完成设计。下一句");
}

TEST(Markdown, SoftBreakElsewhereIsASpace) {
  EXPECT_EQ(model::plain_text(only_block(parse("two\nlines\n")).inlines), "two lines");
  EXPECT_EQ(model::plain_text(only_block(parse("中文\nEnglish\n")).inlines), "中文 English");
}

TEST(Markdown, EntitiesAreDecoded) {
  const model::Block p = only_block(parse("R&amp;D &#x4E2D; &copy;\n"));
  EXPECT_EQ(model::plain_text(p.inlines), "R&D 中 ©");
}

TEST(Markdown, OnlyLinksAReaderCanFollowAreKept) {
  model::Document doc = parse(
      "[a](https://x.org) [b](javascript:alert(1)) [c](File:///etc/passwd) [d](tel:+861380000)\n"
      "[e](#skills) [f](projects.html) [g](data:text/html,x) [h](MAILTO:a@b.cn)\n");
  std::vector<std::string> kept;
  for (const model::Span& s : only_block(doc).inlines)
    if (!s.link.empty()) kept.push_back(s.link);
  EXPECT_EQ(kept, (std::vector<std::string>{"https://x.org", "tel:+861380000", "MAILTO:a@b.cn"}));
  EXPECT_EQ(model::plain_text(only_block(doc).inlines), "a b c d e f g h");  // the text stays
  // One warning for each dropped link but the in-document anchor, at its line.
  std::vector<std::string> warned;
  for (const model::Diagnostic& d : doc.diagnostics.all())
    warned.push_back(std::to_string(d.line) + " " + d.message.substr(0, 24));
  EXPECT_EQ(warned,
            (std::vector<std::string>{"1 the link to 'javascript:", "1 the link to 'File:///etc",
                                      "2 the link to 'projects.ht", "2 the link to 'data:text/h"}));
}

TEST(Markdown, AutolinksForUrlsAndEmails) {
  const model::Block p = only_block(parse("see www.x.org or me@y.com or <https://z.org>\n"));
  std::vector<std::string> links;
  for (const model::Span& s : p.inlines) {
    if (!s.link.empty()) links.push_back(s.link);
  }
  EXPECT_EQ(links,
            (std::vector<std::string>{"http://www.x.org", "mailto:me@y.com", "https://z.org"}));
}

TEST(Markdown, BareUrlRightAfterChineseIsStillALink) {
  // md4c wants a space or punctuation before a permissive autolink.
  const model::Block p = only_block(parse("主页https://x.org/me，邮箱a@b.cn。\n"));
  ASSERT_EQ(texts(p.inlines),
            (std::vector<std::string>{"主页", "https://x.org/me", "，邮箱", "a@b.cn", "。"}));
  EXPECT_EQ(p.inlines[1].link, "https://x.org/me");
  EXPECT_EQ(p.inlines[3].link, "mailto:a@b.cn");
}

TEST(Markdown, RulesAndHeadingLevels) {
  // "Skills" names a section, so it is not taken for the name at the top.
  model::Document doc = parse("## Skills\n\n---\n\n### Three\n\n***\n");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].level, 2);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Rule);
  EXPECT_EQ(doc.blocks[1].pos.line, 3);
  EXPECT_EQ(doc.blocks[2].level, 3);
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::Rule);
  EXPECT_EQ(doc.blocks[3].pos.line, 7);
}

TEST(Markdown, SetextHeadingUnderlineIsNotARule) {
  model::Document doc = parse("Skills\n------\n\ntext\n\n---\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::Heading);
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::Rule);
  EXPECT_EQ(doc.blocks[2].pos.line, 6);
}

TEST(Markdown, CodeBlockIsACodeBlockOfLines) {
  const model::Block p = only_block(parse("```\nmake\nrun\tit\n```\n"));
  EXPECT_EQ(p.kind, BlockKind::Code);
  EXPECT_EQ(texts(p.inlines), (std::vector<std::string>{"make", "\n", "run it"}));
  for (const model::Span& s : p.inlines) EXPECT_TRUE(s.code);
  EXPECT_EQ(p.pos.line, 2);
}

TEST(Markdown, TableBecomesAGridWithAHeaderRowAndColumnAlignment) {
  model::Document doc = parse(
      "text\n\n| Year | Award | Sum |\n|---|:---:|--:|\n| 2018 | **Best** [x](https://x.org) | 3 "
      "|\n| 2019 |\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  const model::Block& block = doc.blocks[1];
  ASSERT_EQ(block.kind, BlockKind::Table);
  ASSERT_TRUE(block.table);
  EXPECT_EQ(block.pos.line, 3);
  const model::Table& table = *block.table;
  EXPECT_EQ(table.header_rows, 1);
  EXPECT_EQ(table.column_align, (std::vector<std::optional<model::Align>>{
                                    std::nullopt, model::Align::Center, model::Align::Right}));
  ASSERT_EQ(table.rows.size(), 3u);
  ASSERT_EQ(table.rows[0].cells.size(), 3u);
  EXPECT_TRUE(table.rows[0].cells[0].header);
  EXPECT_FALSE(table.rows[1].cells[0].header);
  EXPECT_EQ(model::plain_text(table.rows[0].cells[1].inlines), "Award");
  const model::Inlines& award = table.rows[1].cells[1].inlines;
  EXPECT_EQ(model::plain_text(award), "Best x");
  EXPECT_TRUE(award.front().bold);
  EXPECT_EQ(award.back().link, "https://x.org");
  ASSERT_EQ(table.rows[2].cells.size(), 3u) << "md4c fills a short row with empty cells";
  EXPECT_TRUE(table.rows[2].cells[2].inlines.empty());
  EXPECT_TRUE(doc.diagnostics.empty()) << doc.diagnostics.all().front().message;
}

TEST(Markdown, TableWithABlankHeaderRowHasNone) {
  model::Document doc = parse("| | |\n|---|---|\n| 姓名 | 张三 |\n| 电话 | 138 |\n\nafter\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  const model::Table& table = *doc.blocks[0].table;
  EXPECT_EQ(table.header_rows, 0);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(model::plain_text(table.rows[0].cells[0].inlines), "姓名");
  EXPECT_EQ(doc.blocks[0].pos.line, 3);
  EXPECT_EQ(doc.blocks[1].pos.line, 6) << "the blocks after a table are still located";
}

TEST(Markdown, HtmlCommentsAreDroppedOtherHtmlRead) {
  model::Document doc = parse("<!-- a note -->\n\nkeep <br> this<!-- note\nmore -->.\n");
  const model::Block p = only_block(doc);
  EXPECT_EQ(model::plain_text(p.inlines), "keep \n this.");
}

TEST(Markdown, TabsInTextBecomeSpaces) {
  const model::Block p = only_block(parse("a\tb\n"));
  EXPECT_EQ(model::plain_text(p.inlines), "a b");
}

TEST(Markdown, VeryDeepListsAreFlattenedNotOverflowed) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "- ";
  model::Document doc = parse(deep + "x\n");
  int depth = 0;
  const model::Block* block = &doc.blocks.at(0);
  while (block->kind == BlockKind::List) {
    ++depth;
    block = &block->items.at(0).blocks.at(0);
  }
  EXPECT_EQ(depth, 16);
  EXPECT_EQ(model::plain_text(block->inlines), "x");
}

}  // namespace
}  // namespace jianli::parse
