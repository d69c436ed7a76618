// Language blocks: one file, several languages (docs/variants.md).
#include <gtest/gtest.h>

#include "parse_helpers.h"

namespace jianli::parse::testing {
namespace {

model::Document in_language(const std::string& source, const std::string& lang) {
  return read_document(source, "test.md", shipped_roles(), Selection{.lang = lang});
}

std::string error_in(const std::string& source, const std::string& lang = "") {
  try {
    read_document(source, "test.md", shipped_roles(), Selection{.lang = lang});
  } catch (const model::InputError& e) {
    return text::format_error(e);
  }
  return "";
}

const std::string kBilingual =
    "# <!-- lang: zh -->张三<!-- /lang --><!-- lang: en -->Zhang San<!-- /lang -->\n"
    "zhang@example.com\n"
    "\n"
    "## <!-- lang: zh -->工作经历<!-- /lang --><!-- lang: en -->Experience<!-- /lang -->\n"
    "\n"
    "<!-- lang: zh -->\n"
    "负责推理框架。\n"
    "<!-- /lang -->\n"
    "<!-- lang: en -->\n"
    "Owned the inference framework.\n"
    "<!-- /lang -->\n"
    "\n"
    "Common to both: LongCat-Flash.\n";

std::string body_text(const model::Document& doc) {
  std::string text;
  for (const model::Block& block : doc.blocks) text += model::plain_text(block.inlines) + "\n";
  return text;
}

TEST(LanguageBlocks, EachLanguageKeepsItsBlocksAndTheCommonText) {
  model::Document zh = in_language(kBilingual, "zh");
  EXPECT_EQ(model::plain_text(zh.name), "张三");
  EXPECT_EQ(body_text(zh), "工作经历\n负责推理框架。\nCommon to both: LongCat-Flash.\n");
  model::Document en = in_language(kBilingual, "en");
  EXPECT_EQ(model::plain_text(en.name), "Zhang San");
  EXPECT_EQ(body_text(en),
            "Experience\nOwned the inference framework.\nCommon to both: LongCat-Flash.\n");
  EXPECT_EQ(en.meta.lang, "en");
}

TEST(LanguageBlocks, WithoutLangTheFrontMatterLanguageIsRendered) {
  model::Document doc = parse("---\nlang: en\n---\n" + kBilingual);
  EXPECT_EQ(model::plain_text(doc.name), "Zhang San");
  // No front matter language: Chinese.
  EXPECT_EQ(model::plain_text(parse(kBilingual).name), "张三");
}

TEST(LanguageBlocks, LinesKeepTheirNumbersAfterADroppedBlock) {
  // The heading stands on line 13 of the file whatever was dropped above it.
  model::Document en = in_language(kBilingual + "\n## Skills\n", "en");
  ASSERT_FALSE(en.blocks.empty());
  EXPECT_EQ(en.blocks.back().pos.line, 15);
}

TEST(LanguageBlocks, ABlockInAFencedCodeBlockIsText) {
  model::Document doc =
      in_language("# Ada\n\n## Work\n\n```\n<!-- lang: en -->\n```\n\nDone.\n", "zh");
  EXPECT_NE(body_text(doc).find("Done."), std::string::npos);
}

TEST(LanguageBlocks, PerLanguageFrontMatterValues) {
  std::string source =
      "---\ntitle: 简历\njianli:\n  languages:\n    en: {title: Résumé}\n---\n" + kBilingual;
  EXPECT_EQ(in_language(source, "zh").meta.title, "简历");
  EXPECT_EQ(in_language(source, "en").meta.title, "Résumé");
}

TEST(LanguageBlocks, ARegionalTagIsItsLanguage) {
  // A Taiwan résumé's Chinese blocks are `zh`; its own `lang: zh-TW` stays for the fonts.
  std::string source = "---\nlang: zh_tw\n---\n" + kBilingual;
  model::Document zh = in_language(source, "zh");
  EXPECT_EQ(model::plain_text(zh.name), "张三");
  EXPECT_EQ(zh.meta.lang, "zh_tw");
  EXPECT_EQ(model::plain_text(in_language("# <!-- lang: zh-TW -->張三<!-- /lang -->\n", "zh").name),
            "張三");
}

TEST(LanguageBlocks, AnUnclosedBlockIsAnErrorAtItsMarker) {
  std::string message = error_in("# Ada\n\n<!-- lang: en -->\nText.\n");
  EXPECT_NE(message.find("test.md:3:1"), std::string::npos) << message;
  EXPECT_NE(message.find("never closed; add <!-- /lang -->"), std::string::npos) << message;
}

TEST(LanguageBlocks, ACloseWithoutAnOpenIsAnError) {
  std::string message = error_in("# Ada\n\nText. <!-- /lang -->\n");
  EXPECT_NE(message.find("test.md:3:7"), std::string::npos) << message;
  EXPECT_NE(message.find("closes no language block"), std::string::npos) << message;
}

TEST(LanguageBlocks, ANestedBlockIsAnError) {
  std::string message =
      error_in("# Ada\n\n<!-- lang: en -->\n<!-- lang: zh -->\n<!-- /lang -->\n<!-- /lang -->\n");
  EXPECT_NE(message.find("test.md:4:1"), std::string::npos) << message;
  EXPECT_NE(message.find("opened at line 3"), std::string::npos) << message;
}

TEST(LanguageBlocks, AnUnknownLanguageSuggestsTheNearest) {
  std::string message = error_in("# Ada\n\n<!-- lang: eb -->\nText.\n<!-- /lang -->\n");
  EXPECT_NE(message.find("test.md:3:1"), std::string::npos) << message;
  EXPECT_NE(message.find("unknown language 'eb'"), std::string::npos) << message;
  EXPECT_NE(message.find("did you mean 'en'?"), std::string::npos) << message;
}

TEST(LanguageBlocks, LiquidInTheOtherLanguageIsNotFilledIn) {
  // An undefined variable in a dropped block would warn about text nobody sees.
  model::Document doc = in_language(
      "# Ada\n\n<!-- lang: zh -->\n{{ page.nothing }}\n<!-- /lang -->\n\nText.\n", "en");
  EXPECT_TRUE(doc.diagnostics.empty());
}

}  // namespace
}  // namespace jianli::parse::testing
