// Markdown images into the model: in a line, alone in a paragraph, and the photo.
#include <gtest/gtest.h>

#include "parse_helpers.h"

namespace jianli::parse {
namespace {

using testing::parse;

const model::Span* image_span(const model::Inlines& inlines) {
  for (const model::Span& span : inlines)
    if (span.image) return &span;
  return nullptr;
}

TEST(MarkdownImages, AnImageInALineIsASpanWhoseTextIsItsAlt) {
  model::Document doc = parse("# A\n\n## S\n\nsee ![the **logo**](logo.png) here\n");
  const model::Block& p = doc.blocks.at(1);
  ASSERT_EQ(p.kind, model::BlockKind::Paragraph);
  const model::Span* span = image_span(p.inlines);
  ASSERT_NE(span, nullptr);
  EXPECT_EQ(span->text, "the logo");
  EXPECT_EQ(span->image->src, "logo.png");
  EXPECT_EQ(span->image->alt, "the logo");
  EXPECT_EQ(span->image->pos.line, 5);
  EXPECT_EQ(model::plain_text(p.inlines), "see the logo here");
}

TEST(MarkdownImages, AnImageWithoutAltTextIsKept) {
  model::Document doc = parse("# A\n\n## S\n\n[![](github.svg)](https://github.com/a) a\n");
  const model::Span* span = image_span(doc.blocks.at(1).inlines);
  ASSERT_NE(span, nullptr);
  EXPECT_EQ(span->text, "");
  EXPECT_EQ(span->link, "https://github.com/a");  // the link around it leads on
}

TEST(MarkdownImages, AnImageAloneInItsParagraphIsAnImageBlock) {
  model::Document doc = parse("# A\n\n## S\n\ntext\n\n![chart](chart.png)\n");
  const model::Block& block = doc.blocks.back();
  EXPECT_EQ(block.kind, model::BlockKind::Image);
  ASSERT_TRUE(block.image);
  EXPECT_EQ(block.image->src, "chart.png");
  EXPECT_EQ(block.image->alt, "chart");
  EXPECT_EQ(block.pos.line, 7);
  EXPECT_FALSE(doc.photo);  // after the first section: not the photo
}

TEST(MarkdownImages, AnImageBeforeTheFirstSectionIsThePhoto) {
  model::Document doc = parse("# 张三\n\n![照片](me.jpg)\n\n电话：123\n\n## 教育\n\nx\n");
  ASSERT_TRUE(doc.photo);
  EXPECT_EQ(doc.photo->src, "me.jpg");
  EXPECT_EQ(doc.photo->pos.line, 3);
  // The contact block after it is still the contact block.
  ASSERT_EQ(doc.contact.size(), 1u);
  EXPECT_EQ(model::plain_text(doc.contact[0]), "电话：123");
  EXPECT_EQ(doc.blocks.front().kind, model::BlockKind::Heading);
}

TEST(MarkdownImages, APhotoAloneOnAContactLineIsThePhotoAndIconsStay) {
  model::Document doc =
      parse("# 张三\n![](me.jpg)\n电话：123\n![](github.svg) github.com/a\n\n## 教育\n");
  ASSERT_TRUE(doc.photo);
  EXPECT_EQ(doc.photo->src, "me.jpg");
  ASSERT_EQ(doc.contact.size(), 2u);
  EXPECT_EQ(model::plain_text(doc.contact[0]), "电话：123");
  const model::Span* icon = image_span(doc.contact[1]);
  ASSERT_NE(icon, nullptr);
  EXPECT_EQ(icon->image->src, "github.svg");
}

TEST(MarkdownImages, APhotoInItsOwnCellOfATableBeforeTheFirstSectionIsThePhoto) {
  model::Document doc = parse(
      "# 黄子涵\n\n电话 1\n\n<table><tr><td>姓名</td><td>黄子涵</td><td rowspan=\"2\">"
      "<img src=\"me.jpg\" width=\"100\"></td></tr><tr><td>性别</td><td>女</td></tr>"
      "</table>\n\n## 工作经历\n\n<table><tr><td><img src=\"logo.png\"></td></tr></table>\n");
  ASSERT_TRUE(doc.photo);
  EXPECT_EQ(doc.photo->src, "me.jpg");
  const model::Table& info = *doc.blocks.at(0).table;
  EXPECT_TRUE(info.rows.at(0).cells.at(2).inlines.empty());  // the photo's cell, emptied
  EXPECT_TRUE(doc.blocks.back().table->rows.at(0).cells.at(0).inlines.at(0).image);  // kept
}

TEST(MarkdownImages, TheFrontMatterPhotoWins) {
  model::Document doc = parse("---\nphoto: me.jpg\n---\n# A\n\n![x](other.jpg)\n\n## S\n");
  ASSERT_TRUE(doc.photo);
  EXPECT_EQ(doc.photo->src, "me.jpg");
  EXPECT_EQ(doc.photo->pos.line, 2);
  EXPECT_EQ(doc.photo->pos.column, 8);
  EXPECT_EQ(doc.blocks.front().kind, model::BlockKind::Image);  // left where it was
}

}  // namespace
}  // namespace jianli::parse
