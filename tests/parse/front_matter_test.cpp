// Front matter: Jekyll's keys, jianli's settings, and errors that point into the file.
#include <gtest/gtest.h>

#include "parse_helpers.h"

namespace jianli::parse {
namespace {

using testing::error_of;
using testing::parse;

TEST(FrontMatter, NoFrontMatterAtAll) {
  model::Document doc = parse("# Ada Lovelace\nada@example.com\n\n## Work\n");
  EXPECT_EQ(model::plain_text(doc.name), "Ada Lovelace");
  EXPECT_EQ(doc.meta.title, "Ada Lovelace");
  EXPECT_EQ(doc.meta.author, "Ada Lovelace");
  EXPECT_EQ(doc.meta.layout, "");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].pos.line, 4);
}

TEST(FrontMatter, JekyllKeysFillTheMetadata) {
  model::Document doc = parse(
      "---\ntitle: CV\nauthor: A. L.\ndescription: Engineer\nkeywords: [C++, PDF]\n"
      "lang: en\npermalink: /cv/\n---\n# Ada\n");
  EXPECT_EQ(doc.meta.title, "CV");
  EXPECT_EQ(doc.meta.author, "A. L.");
  EXPECT_EQ(doc.meta.subject, "Engineer");
  EXPECT_EQ(doc.meta.keywords, "C++, PDF");
  EXPECT_EQ(doc.meta.lang, "en");
}

TEST(FrontMatter, SubjectWinsOverDescriptionAndKeywordsMayBeText) {
  model::Document doc =
      parse("---\ndescription: long\nsubject: short\nkeywords: a, b\n---\n# Ada\n");
  EXPECT_EQ(doc.meta.subject, "short");
  EXPECT_EQ(doc.meta.keywords, "a, b");
}

TEST(FrontMatter, JianliLayoutAndItsPosition) {
  model::Document doc = parse("---\nlayout: page\njianli:\n  layout: modern\n---\n# Ada\n");
  EXPECT_EQ(doc.meta.layout, "modern");
  EXPECT_EQ(doc.meta.layout_pos.line, 4);
  EXPECT_EQ(doc.meta.layout_pos.column, 11);
}

TEST(FrontMatter, MalformedYamlPointsIntoTheFile) {
  // Line 3 of the file is the second line of the YAML; yaml-cpp objects to the `:`.
  EXPECT_EQ(error_of("---\ntitle: a\n  b: c\n---\n# Ada\n"),
            "test.md:3:4: error: malformed front matter: illegal map value\n"
            "    b: c\n"
            "     ^");
}

TEST(FrontMatter, MalformedYamlColumnCountsCharactersNotBytes) {
  std::string error = error_of("---\ntitle: 简历\nauthor: 钱: 玉磊\n---\n# 钱\n");
  EXPECT_EQ(error.substr(0, error.find('\n')),
            "test.md:3:10: error: malformed front matter: illegal map value");
}

TEST(FrontMatter, CaretSitsUnderTheCharacterAfterWideOnes) {
  // 姓名：钱 are four characters but eight terminal cells (East Asian Width F and W).
  EXPECT_EQ(error_of("---\nauthor: 姓名：钱: 玉磊\n---\n# 钱\n"),
            "test.md:2:13: error: malformed front matter: illegal map value\n"
            "  author: 姓名：钱: 玉磊\n"
            "                  ^");
}

TEST(FrontMatter, AKeyGivenTwiceIsAnErrorAtTheSecond) {
  // yaml-cpp keeps both and reads the first: the second title would be ignored unseen.
  EXPECT_EQ(error_of("---\ntitle: 简历\nlang: en\ntitle: Résumé\n---\n# Ada\n"),
            "test.md:4:1: error: 'title' is given twice (first on line 2); keep one of them\n"
            "  title: Résumé\n"
            "  ^");
}

TEST(FrontMatter, AKeyGivenTwiceInsideJianliIsAnError) {
  std::string error = error_of("---\njianli:\n  accent: red\n  accent: blue\n---\n# Ada\n");
  EXPECT_EQ(error.substr(0, error.find('\n')),
            "test.md:4:3: error: 'accent' is given twice (first on line 3); keep one of them");
}

TEST(FrontMatter, TheSameKeyInTwoMapsIsFine) {
  model::Document doc = parse("---\ntitle: a\nsite:\n  title: x\n---\n# Ada\n");
  EXPECT_EQ(doc.meta.title, "a");
}

TEST(FrontMatter, UnclosedFlowListPointsAtItsLine) {
  std::string error = error_of("---\ntitle: a\nkeywords: [a, b\n---\n# Ada\n");
  EXPECT_EQ(error.substr(0, error.find(':', 8)), "test.md:3");
  EXPECT_NE(error.find("malformed front matter"), std::string::npos);
}

TEST(FrontMatter, UnknownJianliKeySuggestsTheNearest) {
  EXPECT_EQ(error_of("---\njianli:\n  layot: modern\n---\n# Ada\n"),
            "test.md:3:3: error: unknown setting 'layot' under 'jianli'; did you mean 'layout'?\n"
            "    layot: modern\n"
            "    ^");
}

TEST(FrontMatter, UnknownJianliKeyFarFromAnyListsTheSettings) {
  std::string error = error_of("---\njianli:\n  colour: red\n---\n# Ada\n");
  EXPECT_NE(error.find("unknown setting 'colour' under 'jianli'; the settings are: layout"),
            std::string::npos);
}

TEST(FrontMatter, LayoutValuesUnderJianliAreKeptForTheLayout) {
  model::Document doc =
      parse("---\ntitle: CV\njianli:\n  layout: classic\n  paper: Letter\n---\n# Ada\n");
  EXPECT_EQ(doc.meta.layout, "classic");
  EXPECT_EQ(doc.meta.layout_overrides.source_path, "test.md");
  EXPECT_NE(doc.meta.layout_overrides.yaml.find("paper: Letter"), std::string::npos);
}

TEST(FrontMatter, NoLayoutValuesNoOverrides) {
  EXPECT_EQ(parse("---\njianli: {layout: classic}\n---\n# Ada\n").meta.layout_overrides.yaml, "");
}

TEST(FrontMatter, LayoutValueErrorsPointAtTheFilesLine) {
  EXPECT_EQ(error_of("---\ntitle: a\njianli:\n  styles:\n    body: {colr: '#000'}\n---\n# Ada\n"),
            "test.md:5:12: error: unknown key 'colr' in a text style; did you mean 'color'?\n"
            "      body: {colr: '#000'}\n"
            "             ^");
}

TEST(FrontMatter, LayoutValueErrorsCountCharactersInTheLine) {
  std::string error =
      error_of("---\ntitle: 简历\njianli: {fonts: {chinese: 霞鹜文楷, latn: x}}\n---\n# 钱\n");
  EXPECT_EQ(error.substr(0, error.find('\n')),
            "test.md:3:33: error: unknown key 'latn' in fonts; did you mean 'latin'?");
}

TEST(FrontMatter, BadLayoutValueInJianliIsAnError) {
  std::string error = error_of("---\njianli:\n  paper: A3\n---\n# Ada\n");
  EXPECT_EQ(error.substr(0, error.find('\n')),
            "test.md:3:10: error: 'A3' is not one of: A4 Letter A5 Legal; did you mean 'A4'?");
}

TEST(FrontMatter, MisspeltLayoutValueUnderJianliSuggestsIt) {
  std::string error = error_of("---\njianli:\n  accnt: '#8B0000'\n---\n# Ada\n");
  EXPECT_EQ(error.substr(0, error.find('\n')),
            "test.md:3:3: error: unknown setting 'accnt' under 'jianli'; did you mean 'accent'?");
}

TEST(FrontMatter, ALayoutsNameAndParentCannotBeOverridden) {
  std::string error = error_of("---\njianli:\n  extends: classic\n---\n# Ada\n");
  EXPECT_NE(error.find("test.md:3:3: error: unknown setting 'extends' under 'jianli'"),
            std::string::npos)
      << error;
}

TEST(FrontMatter, UnknownTopLevelKeysAreJekyllsBusiness) {
  EXPECT_EQ(error_of("---\nredirect_from: [/a, /b]\nsitemap: {priority: 1}\n---\n# Ada\n"), "");
}

TEST(FrontMatter, TitleMustBeText) {
  std::string error = error_of("---\ntitle: {first: Ada}\n---\n# Ada\n");
  EXPECT_EQ(error.substr(0, error.find('\n')),
            "test.md:2:8: error: 'title' must be text, not a map");
}

TEST(FrontMatter, JianliMustBeAMap) {
  std::string error = error_of("---\njianli: modern\n---\n# Ada\n");
  EXPECT_EQ(error.substr(0, error.find('\n')),
            "test.md:2:9: error: 'jianli' must hold settings such as 'layout: NAME', not a value");
}

TEST(FrontMatter, UnterminatedFrontMatterPointsAtTheOpeningLine) {
  EXPECT_EQ(error_of("---\ntitle: a\n\n# Ada\n"),
            "test.md:1:1: error: the front matter is not closed: add a line '---' after its last "
            "key\n  ---\n  ^");
}

TEST(FrontMatter, DotsCloseTheFrontMatterToo) {
  EXPECT_EQ(parse("---\ntitle: T\n...\n# Ada\n").meta.title, "T");
}

TEST(FrontMatter, NoBodyAfterTheFrontMatter) {
  EXPECT_EQ(error_of("---\ntitle: T\n---\n\n  \n"),
            "test.md: error: no résumé content after the front matter");
}

}  // namespace
}  // namespace jianli::parse
