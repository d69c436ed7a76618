// Lists typed with bullet characters (text pasted from a word processor) are lists.
#include <gtest/gtest.h>

#include "parse_helpers.h"

namespace jianli::parse {
namespace {

using model::BlockKind;
using testing::parse;

std::vector<std::string> items_of(const model::Block& list) {
  std::vector<std::string> items;
  for (const model::ListItem& item : list.items)
    items.push_back(model::plain_text(item.blocks.at(0).inlines));
  return items;
}

TEST(TypedBullets, LinesStartingWithABulletAreAList) {
  model::Document doc = parse(
      "# Jordan\n\nSeattle\n\n## Experience\n\n"
      "• **Led AI transformation** across 15+ engineers\n"
      "• Managed a $2M+ budget,\n  optimizing costs\n●熟悉 Java 与 Go\n");
  ASSERT_EQ(doc.blocks.at(1).kind, BlockKind::List);
  EXPECT_EQ(
      items_of(doc.blocks[1]),
      (std::vector<std::string>{"Led AI transformation across 15+ engineers",
                                "Managed a $2M+ budget, optimizing costs", "熟悉 Java 与 Go"}));
  EXPECT_TRUE(doc.blocks[1].items[0].blocks[0].inlines.at(0).bold);
  EXPECT_EQ(doc.blocks[1].items[2].blocks[0].pos.line, 10);
}

TEST(TypedBullets, ALeadInStaysAParagraphAndBulletedParagraphsJoinOneList) {
  model::Document doc =
      parse("# A\n\nc\n\n## Work\n\nKey results:\n• one\n• two\n\n▪ three\n\n- four\n");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(model::plain_text(doc.blocks[1].inlines), "Key results:");
  EXPECT_EQ(items_of(doc.blocks[2]), (std::vector<std::string>{"one", "two", "three"}));
  EXPECT_EQ(items_of(doc.blocks[3]), (std::vector<std::string>{"four"}));  // Markdown's own
}

TEST(TypedBullets, BulletsInsideALineMarksThatMeanSomethingAndCodeStay) {
  model::Document doc =
      parse("# A\n\nc\n\n## Skills\n\nGo • Python • Rust\n\n✓ Certified\n\n`• not a list`\n\n•\n");
  for (size_t i = 1; i < doc.blocks.size(); ++i)
    EXPECT_EQ(doc.blocks[i].kind, BlockKind::Paragraph) << i;
  EXPECT_EQ(model::plain_text(doc.blocks[1].inlines), "Go • Python • Rust");
}

}  // namespace
}  // namespace jianli::parse
