// What reaches the parser: UTF-8 checked, BOM and CR gone, positions kept.
#include <gtest/gtest.h>

#include "parse_helpers.h"

namespace jianli::parse {
namespace {

using testing::error_of;
using testing::parse;

// Compares the parts of two documents the later stages read.
void expect_same_model(const model::Document& a, const model::Document& b) {
  EXPECT_EQ(a.meta.title, b.meta.title);
  EXPECT_EQ(a.meta.layout, b.meta.layout);
  EXPECT_EQ(model::plain_text(a.name), model::plain_text(b.name));
  ASSERT_EQ(a.contact.size(), b.contact.size());
  for (size_t i = 0; i < a.contact.size(); ++i) {
    EXPECT_EQ(testing::texts(a.contact[i]), testing::texts(b.contact[i]));
  }
  ASSERT_EQ(a.blocks.size(), b.blocks.size());
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    EXPECT_EQ(a.blocks[i].kind, b.blocks[i].kind) << i;
    EXPECT_EQ(a.blocks[i].pos.line, b.blocks[i].pos.line) << i;
    EXPECT_EQ(testing::texts(a.blocks[i].inlines), testing::texts(b.blocks[i].inlines)) << i;
    EXPECT_EQ(a.blocks[i].items.size(), b.blocks[i].items.size()) << i;
  }
}

TEST(SourceText, CrlfAndBomGiveTheSameModelAsLf) {
  std::string lf = testing::read_file(JIANLI_SOURCE_DIR "/resume.md");
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  expect_same_model(parse(lf), parse(crlf));
}

TEST(SourceText, CrlfFrontMatterErrorsKeepTheirPlace) {
  std::string error = error_of("\xEF\xBB\xBF---\r\ntitle: a\r\n  b: c\r\n---\r\n# Ada\r\n");
  EXPECT_EQ(error.substr(0, error.find('\n')),
            "test.md:3:4: error: malformed front matter: illegal map value");
}

TEST(SourceText, InvalidUtf8NamesTheByteAndItsPlace) {
  EXPECT_EQ(error_of("# 钱玉磊\n\n简历\xFFtext\n"),
            "test.md:3:3: error: invalid UTF-8 byte 0xFF; save the file as UTF-8\n"
            "  简历\uFFFDtext\n"
            "      ^");
}

TEST(SourceText, TruncatedSequenceIsInvalidToo) {
  // GBK-encoded "简" is 0xBC 0xF2: not UTF-8.
  std::string error = error_of("---\ntitle: \xBC\xF2\n---\n");
  EXPECT_EQ(error.substr(0, error.find('\n')),
            "test.md:2:8: error: invalid UTF-8 byte 0xBC; save the file as UTF-8");
}

TEST(SourceText, EmptyFile) {
  EXPECT_EQ(error_of(""), "test.md: error: the file is empty");
  EXPECT_EQ(error_of(" \n\t\n"), "test.md: error: the file is empty");
  EXPECT_EQ(error_of("\xEF\xBB\xBF"), "test.md: error: the file is empty");
}

TEST(SourceText, ControlCharactersAreDropped) {
  model::Document doc = parse("# Ada\x07\n\nbell\x01 here\n");
  EXPECT_EQ(model::plain_text(doc.name), "Ada");
  EXPECT_EQ(model::plain_text(doc.contact.at(0)), "bell here");
}

TEST(SourceText, NameAndContactLines) {
  model::Document doc = parse("# 钱玉磊\n北京\n电话：123  \nEmail：a@b.cn\n\n## 教育\n");
  ASSERT_EQ(doc.contact.size(), 3u);
  EXPECT_EQ(model::plain_text(doc.contact[0]), "北京");
  EXPECT_EQ(model::plain_text(doc.contact[1]), "电话：123");
  EXPECT_EQ(doc.contact[2].back().link, "mailto:a@b.cn");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].pos.line, 6);
}

TEST(SourceText, WithoutLevelOneHeadingEverythingStays) {
  model::Document doc = parse("## Work\n\nsome text\n");
  EXPECT_TRUE(doc.name.empty());
  EXPECT_TRUE(doc.contact.empty());
  EXPECT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.meta.title, "test");  // the file's name: a PDF is never untitled
}

}  // namespace
}  // namespace jianli::parse
