// Issue 11 item 7: typed quotes and dashes become typographic, as pandoc's `smart`
// extension makes them, except in code and addresses.
#include "parse/smart_punctuation.h"

#include <gtest/gtest.h>

#include "parse/document_reader.h"

namespace jianli::parse {
namespace {

std::string smart(const std::string& s) {
  return model::plain_text(smarten(model::Inlines{{.text = s}}));
}

TEST(SmartPunctuation, ApostrophesInsideWords) {
  EXPECT_EQ(smart("Meituan's ranking, don't"), "Meituan’s ranking, don’t");
  EXPECT_EQ(smart("the students' work"), "the students’ work");
  EXPECT_EQ(smart("since '90s"), "since ’90s");
}

TEST(SmartPunctuation, QuotesOpenAndCloseByTheirNeighbours) {
  EXPECT_EQ(smart("He said \"ship it\" and 'why not'."), "He said “ship it” and ‘why not’.");
  EXPECT_EQ(smart("(\"quoted\")"), "(“quoted”)");
  EXPECT_EQ(smart("\"AI\"赋能"), "“AI”赋能");
}

TEST(SmartPunctuation, QuotesBetweenHanCharactersPairUp) {
  EXPECT_EQ(smart("他说\"你好\"。又说\"再见\"。"), "他说“你好”。又说“再见”。");
}

TEST(SmartPunctuation, QuotesPairAcrossSpansOfOneParagraph) {
  model::Inlines in{{.text = "the \""}, {.text = "bold", .bold = true}, {.text = "\" part"}};
  model::Inlines out = smarten(in);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].text, "the “");
  EXPECT_EQ(out[1].text, "bold");
  EXPECT_TRUE(out[1].bold);
  EXPECT_EQ(out[2].text, "” part");
}

TEST(SmartPunctuation, DoubleAndTripleHyphensBecomeDashes) {
  EXPECT_EQ(smart("2019--2021, pages 3--5"), "2019–2021, pages 3–5");
  EXPECT_EQ(smart("fast---and cheap"), "fast—and cheap");
  EXPECT_EQ(smart("state-of-the-art"), "state-of-the-art");
  EXPECT_EQ(smart("-----"), "-----");  // a drawn line stays as typed
}

TEST(SmartPunctuation, CodeAndAddressesStayAsTyped) {
  model::Inlines in{{.text = "run "}, {.text = "ls --all 'x'", .code = true}, {.text = " now"}};
  EXPECT_EQ(model::plain_text(smarten(in)), "run ls --all 'x' now");
  EXPECT_EQ(smart("see https://example.com/a--b's and a--b@example.com's"),
            "see https://example.com/a--b's and a--b@example.com’s");
}

TEST(SmartPunctuation, TheReaderSmartensBodyNameAndContactButNotCodeBlocks) {
  model::Document doc = read_document(
      "# Pat O'Neil\n\nPat's site: https://x.org/it's\n\n## Work\n\n"
      "- Led the \"search\" team -- 2019--2021\n\n```\nkeep 'this' -- \"as is\"\n```\n",
      "r.md");
  EXPECT_EQ(model::plain_text(doc.name), "Pat O’Neil");
  ASSERT_FALSE(doc.contact.empty());
  EXPECT_EQ(model::plain_text(doc.contact[0]), "Pat’s site: https://x.org/it's");
  ASSERT_GE(doc.blocks.size(), 3u);
  EXPECT_EQ(model::plain_text(doc.blocks[1].items[0].blocks[0].inlines),
            "Led the “search” team – 2019–2021");
  EXPECT_EQ(model::plain_text(doc.blocks[2].inlines), "keep 'this' -- \"as is\"");
}

TEST(SmartPunctuation, ARangeTypedWithTwoHyphensIsAnEntry) {
  model::Document doc =
      read_document("# A\n\n## Work\n\n### 2019.07--2021.06, Bytedance\n", "r.md");
  ASSERT_EQ(doc.blocks.size(), 2u);
  ASSERT_TRUE(doc.blocks[1].entry);
  EXPECT_EQ(doc.blocks[1].entry->end, "2021.06");
}

}  // namespace
}  // namespace jianli::parse
