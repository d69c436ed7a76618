// A contact line cut into items where the person parted them, and items grouped again
// into even lines (layout/contact_items.h).
#include "layout/contact_items.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jianli::layout {
namespace {

model::Inlines spans(std::initializer_list<std::string> texts) {
  model::Inlines line;
  for (const std::string& text : texts) line.push_back(model::Span{.text = text});
  return line;
}

std::string text_of(const model::Inlines& inlines) {
  std::string out;
  for (const model::Span& span : inlines) out += span.text;
  return out;
}

std::vector<std::string> items_of(const std::string& line) {
  std::vector<std::string> out;
  for (const ContactItem& item : contact_items(spans({line}))) out.push_back(text_of(item.text));
  return out;
}

TEST(ContactItems, CutAtTheStrongestKindOfSeparator) {
  using Items = std::vector<std::string>;
  EXPECT_EQ(items_of("Manchester, UK\u2003📞 07700 900 652\u2003✉ g@x.uk"),
            (Items{"Manchester, UK", "📞 07700 900 652", "✉ g@x.uk"}));
  EXPECT_EQ(items_of("1990年，Email：q@126.com"), (Items{"1990年", "Email：q@126.com"}));
  // Pandoc's spaced dashes part items as bars do; the comma in the city stays.
  EXPECT_EQ(items_of("Compiler engineer — Edinburgh, Scotland — e@w.example — +44 131 496 0733"),
            (Items{"Compiler engineer", "Edinburgh, Scotland", "e@w.example", "+44 131 496 0733"}));
  // A dash inside a word or a number is not a separator.
  EXPECT_EQ(items_of("139-2688-0415 | Jean-Luc"), (Items{"139-2688-0415", "Jean-Luc"}));
  // White space at an item's ends, no-break and wide spaces too, goes to the separators.
  EXPECT_EQ(items_of("Engineer\u00a0\u00a0|\u00a0\u00a0+86 135\u3000"),
            (Items{"Engineer", "+86 135"}));
  // A dot between Han words joins them.
  EXPECT_EQ(items_of("嵌入式软件工程师·八年经验"), (Items{"嵌入式软件工程师·八年经验"}));
}

TEST(ContactItems, TextAndSeparatorsGiveTheLineBack) {
  const std::string line = "电话：138\u3000\u3000邮箱：a@b.cn\u3000 成都";
  std::string joined;
  const std::vector<ContactItem> items =
      contact_items(spans({"电话：138", "\u3000\u3000邮箱：a@b.cn", "\u3000 成都"}));
  ASSERT_EQ(items.size(), 3u);
  for (const ContactItem& item : items) joined += text_of(item.text) + text_of(item.separator);
  EXPECT_EQ(joined, line);
  EXPECT_EQ(text_of(items[0].separator), "\u3000\u3000");  // the empty item between is gone
  EXPECT_TRUE(items.back().separator.empty());
}

TEST(ContactItems, OnlyBlanksPartingThemIsTold) {
  EXPECT_TRUE(parted_by_blanks(contact_items(spans({"a@b.cn\u3000138\u2003成都"}))));
  EXPECT_FALSE(parted_by_blanks(contact_items(spans({"a@b.cn | 138\u3000成都"}))));
  EXPECT_FALSE(parted_by_blanks(contact_items(spans({"1990年，Email：q@126.com"}))));
  EXPECT_FALSE(parted_by_blanks(contact_items(spans({"a@b.cn"}))));  // one item
}

TEST(BalancedLines, TheFewestLinesAndOfThoseTheEvenest) {
  using Starts = std::vector<size_t>;
  // Packed as full as they go, four items would be three and one ("A B C" / "D").
  EXPECT_EQ(balanced_lines({75, 110, 30, 110}, 9, 260), (Starts{0, 2}));
  EXPECT_EQ(balanced_lines({75, 110, 30, 110}, 9, 400), (Starts{0}));  // one line fits
  // An item wider than the limit has a line of its own; the rest still pair up.
  EXPECT_EQ(balanced_lines({50, 300, 50, 50}, 10, 200), (Starts{0, 1, 2}));
  EXPECT_EQ(balanced_lines({}, 10, 200), Starts{});
}

}  // namespace
}  // namespace jianli::layout
