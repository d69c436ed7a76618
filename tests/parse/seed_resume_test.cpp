// The user's real résumé parses into the model the later stages expect.
#include <gtest/gtest.h>

#include <algorithm>

#include "parse_helpers.h"

namespace jianli::parse {
namespace {

using model::BlockKind;
using testing::headings;
using testing::parse;

class SeedResume : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    doc_ = new model::Document(
        read_document(testing::read_file(JIANLI_SOURCE_DIR "/resume.md"), "resume.md"));
  }
  static void TearDownTestSuite() { delete doc_; }

  // The top-level block right after the heading with this text; null when there is none.
  static const model::Block* after_heading(const std::string& text) {
    const auto& blocks = doc_->blocks;
    auto it = std::find_if(blocks.begin(), blocks.end(), [&](const model::Block& b) {
      return b.kind == BlockKind::Heading && model::plain_text(b.inlines) == text;
    });
    return it != blocks.end() && it + 1 != blocks.end() ? &*(it + 1) : nullptr;
  }

  static model::Document* doc_;
};
model::Document* SeedResume::doc_ = nullptr;

TEST_F(SeedResume, NameIsTheLevelOneHeading) {
  EXPECT_EQ(model::plain_text(doc_->name), "钱玉磊");
  EXPECT_TRUE(headings(*doc_, 1).empty());
}

TEST_F(SeedResume, ContactLineHasAMailtoLink) {
  ASSERT_EQ(doc_->contact.size(), 1u);
  const model::Inlines& line = doc_->contact[0];
  EXPECT_EQ(model::plain_text(line), "1990年，Email：qianyulei@126.com");
  auto email =
      std::find_if(line.begin(), line.end(), [](const model::Span& s) { return !s.link.empty(); });
  ASSERT_NE(email, line.end());
  EXPECT_EQ(email->text, "qianyulei@126.com");
  EXPECT_EQ(email->link, "mailto:qianyulei@126.com");
}

TEST_F(SeedResume, MetadataComesFromFrontMatterAndName) {
  EXPECT_EQ(doc_->meta.title, "简历");
  EXPECT_EQ(doc_->meta.author, "钱玉磊");
  EXPECT_EQ(doc_->meta.source_path, "resume.md");
}

TEST_F(SeedResume, JekyllLayoutIsNotAJianliLayout) { EXPECT_EQ(doc_->meta.layout, ""); }

TEST_F(SeedResume, SectionHeadingsInOrder) {
  EXPECT_EQ(headings(*doc_, 2),
            (std::vector<std::string>{"个人简介", "教育背景", "工作背景", "论文"}));
  EXPECT_EQ(headings(*doc_, 3).size(), 2u);
  EXPECT_EQ(headings(*doc_, 4).size(), 2u);
}

TEST_F(SeedResume, FourRulesAndTheFirstComesFirst) {
  auto rules = std::count_if(doc_->blocks.begin(), doc_->blocks.end(),
                             [](const model::Block& b) { return b.kind == BlockKind::Rule; });
  EXPECT_EQ(rules, 4);
  EXPECT_EQ(doc_->blocks.front().kind, BlockKind::Rule);  // name and contact are gone
}

TEST_F(SeedResume, EducationDatesAreBold) {
  const model::Block* list = after_heading("教育背景");
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->kind, BlockKind::List);
  EXPECT_FALSE(list->ordered);
  ASSERT_EQ(list->items.size(), 3u);
  const model::Inlines& first = list->items[0].blocks.at(0).inlines;
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].text, "2021年——2023年");
  EXPECT_TRUE(first[0].bold);
  EXPECT_EQ(first[1].text, "，北京大学，工商管理，硕士");
  EXPECT_FALSE(first[1].bold);
}

TEST_F(SeedResume, OrderedListInterruptsTheWorkSummaryParagraph) {
  const auto& blocks = doc_->blocks;
  auto summary = std::find_if(blocks.begin(), blocks.end(), [](const model::Block& b) {
    return b.kind == BlockKind::Paragraph && model::plain_text(b.inlines) == "工作总结：";
  });
  ASSERT_NE(summary, blocks.end());
  ASSERT_NE(summary + 1, blocks.end());
  const model::Block& list = *(summary + 1);
  ASSERT_EQ(list.kind, BlockKind::List);
  EXPECT_TRUE(list.ordered);
  EXPECT_EQ(list.start, 1);
  ASSERT_EQ(list.items.size(), 5u);
  EXPECT_EQ(list.items[0].blocks.at(0).inlines.at(0).text, "2018 年-2020 年");
  EXPECT_TRUE(list.items[0].blocks.at(0).inlines.at(0).bold);
}

TEST_F(SeedResume, MainDirectionParagraphThenHeadingThenList) {
  const model::Block* direction =
      after_heading("一、2020年5月—至今，美团，Staff Engineer，团队Lead");
  ASSERT_NE(direction, nullptr);
  EXPECT_EQ(direction->kind, BlockKind::Paragraph);
  const model::Block* list = after_heading("2023年2月-至今，美团，大模型方向");
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->kind, BlockKind::List);
  EXPECT_TRUE(list->ordered);
  EXPECT_EQ(list->items.size(), 5u);
}

TEST_F(SeedResume, SummaryParagraphThenThreeBullets) {
  const auto& blocks = doc_->blocks;
  ASSERT_GE(blocks.size(), 4u);
  EXPECT_EQ(blocks[2].kind, BlockKind::Paragraph);
  EXPECT_TRUE(model::plain_text(blocks[2].inlines).ends_with("核心成绩："));
  const model::Block& bullets = blocks[3];
  ASSERT_EQ(bullets.kind, BlockKind::List);
  EXPECT_FALSE(bullets.ordered);
  ASSERT_EQ(bullets.items.size(), 3u);
  // Blank lines between the items: each is still one paragraph, no empty blocks.
  for (const model::ListItem& item : bullets.items) {
    ASSERT_EQ(item.blocks.size(), 1u);
    EXPECT_EQ(item.blocks[0].kind, BlockKind::Paragraph);
  }
  EXPECT_TRUE(
      model::plain_text(bullets.items[0].blocks[0].inlines).starts_with("大模型推理/训练 Infra"));
}

TEST_F(SeedResume, PapersListHasEightItems) {
  const model::Block* papers = after_heading("论文");
  ASSERT_NE(papers, nullptr);
  ASSERT_EQ(papers->kind, BlockKind::List);
  EXPECT_TRUE(papers->ordered);
  EXPECT_EQ(papers->items.size(), 8u);
}

TEST_F(SeedResume, BlockPositionsAreFileLines) {
  // Lines of resume.md, front matter included.
  ASSERT_GE(doc_->blocks.size(), 2u);
  EXPECT_EQ(doc_->blocks[0].pos.line, 10);  // the first `---`
  const model::Block& intro_heading = doc_->blocks[1];
  EXPECT_EQ(model::plain_text(intro_heading.inlines), "个人简介");
  EXPECT_EQ(intro_heading.pos.line, 12);
  const model::Block* education = after_heading("教育背景");
  ASSERT_NE(education, nullptr);
  EXPECT_EQ(education->pos.line, 25);
  EXPECT_EQ(education->items.at(2).blocks.at(0).pos.line, 27);
  const model::Block* papers = after_heading("论文");
  ASSERT_NE(papers, nullptr);
  EXPECT_EQ(papers->pos.line, 58);
  EXPECT_EQ(papers->items.at(7).blocks.at(0).pos.line, 65);
}

}  // namespace
}  // namespace jianli::parse
