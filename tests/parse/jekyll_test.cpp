// Jekyll compatibility: Liquid filled from the front matter, emoji shortcodes.
#include <gtest/gtest.h>

#include "parse_helpers.h"

namespace jianli::parse {
namespace {

using testing::parse;

// The messages as the user reads them.
std::vector<std::string> messages(const model::Document& doc) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : doc.diagnostics.all()) out.push_back(model::format(d));
  return out;
}

std::string contact_text(const model::Document& doc) {
  std::string out;
  for (const model::Inlines& line : doc.contact) out += model::plain_text(line) + "\n";
  return out;
}

TEST(Liquid, OutputTagsAreFilledFromTheFrontMatter) {
  model::Document doc = parse(
      "---\nname: 张三\nemail: zs@example.com\nsocial: {github: zhangsan}\n---\n"
      "# {{ page.name }}\n{{page.email}} · github.com/{{ site.social.github }} · {{ name }}\n");
  EXPECT_EQ(model::plain_text(doc.name), "张三");
  EXPECT_EQ(contact_text(doc), "zs@example.com · github.com/zhangsan · 张三\n");
  EXPECT_TRUE(doc.diagnostics.empty()) << messages(doc).front();
}

TEST(Liquid, DefaultFilterStandsInForAMissingOrEmptyValue) {
  model::Document doc = parse(
      "---\nwechat: \"\"\n---\n# A\n电话：{{ page.phone | default: \"n/a\" }}，"
      "微信：{{ page.wechat | default: '无' }}\n");
  EXPECT_EQ(contact_text(doc), "电话：n/a，微信：无\n");
  EXPECT_TRUE(doc.diagnostics.empty());
}

TEST(Liquid, AnUndefinedVariableIsLeftOutWithAWarningAtItsColumn) {
  model::Document doc = parse("---\ntitle: CV\n---\n# A\nc\n\nPhone: {{ page.phone }}.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(model::plain_text(doc.blocks[0].inlines), "Phone: .");
  ASSERT_EQ(messages(doc).size(), 1u);
  EXPECT_EQ(messages(doc)[0],
            "test.md:7:8: warning: 'page.phone' is not defined: the front matter has no such "
            "key; it is left out");
}

TEST(Liquid, SiteVariablesSayWhereToPutThem) {
  model::Document doc = parse("# A\nc\n\n{{ site.author }}\n");
  ASSERT_EQ(doc.diagnostics.all().size(), 1u);
  EXPECT_NE(doc.diagnostics.all()[0].message.find("give 'author' in the front matter"),
            std::string::npos);
}

TEST(Liquid, RawIsKeptAsTypedAndCommentDropped) {
  model::Document doc = parse(
      "---\nx: 1\n---\n# A\nc\n\n{% raw %}{{ x }}{% endraw %} and {{ x }}\n\n"
      "{% comment %}\nnot for print\n{% endcomment %}\n## After\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(model::plain_text(doc.blocks[0].inlines), "{{ x }} and 1");
  // The comment's lines are gone, and the heading after it keeps its own line number.
  EXPECT_EQ(model::plain_text(doc.blocks[1].inlines), "After");
  EXPECT_EQ(doc.blocks[1].pos.line, 12);
  EXPECT_TRUE(doc.diagnostics.empty());
}

TEST(Liquid, OtherTagsAreDroppedWithAWarningAndTheirContentKept) {
  model::Document doc = parse("# A\nc\n\n{% include links.html %}\n\n{% if x %}yes{% endif %}\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(model::plain_text(doc.blocks[0].inlines), "yes");
  EXPECT_EQ(doc.blocks[0].pos.line, 6);
  std::vector<std::string> said = messages(doc);
  ASSERT_EQ(said.size(), 2u);
  EXPECT_EQ(said[0],
            "test.md:4:1: warning: the Liquid tag '{% include %}' is not supported; it is left "
            "out (what it encloses is kept)");
  EXPECT_NE(said[1].find("test.md:6:1:"), std::string::npos);
}

TEST(Liquid, AnUnclosedTagIsKeptAsTypedWithAWarning) {
  model::Document doc = parse("# A\nc\n\nset {{ x and {% y\n");
  EXPECT_EQ(model::plain_text(doc.blocks.at(0).inlines), "set {{ x and {% y");
  EXPECT_EQ(doc.diagnostics.all().size(), 2u);
}

TEST(Liquid, AnUnclosedRawRunsToTheEndWithAWarning) {
  model::Document doc = parse("# A\nc\n\n{% raw %}{{ x }}\n\n## B\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(model::plain_text(doc.blocks[0].inlines), "{{ x }}");
  ASSERT_EQ(messages(doc).size(), 1u);
  EXPECT_EQ(messages(doc)[0],
            "test.md:4:1: warning: '{% raw %}' has no '{% endraw %}'; it runs to the end of the "
            "file");
}

TEST(Liquid, AMultiLineValueKeepsTheLinesAfterIt) {
  model::Document doc = parse("---\nabout: |\n  one\n  two\n---\n# A\nc\n\n{{ about }}\n\n## B\n");
  EXPECT_EQ(model::plain_text(doc.blocks.at(0).inlines), "one two");
  EXPECT_EQ(doc.blocks.at(1).pos.line, 11);
}

TEST(Shortcodes, BecomeEmojiInText) {
  model::Document doc =
      parse("# A\n:iphone: 138-0000-0000 :email: a@b.cn\n\n## :mortar_board: 教育\n");
  EXPECT_EQ(contact_text(doc), "📱 138-0000-0000 📧 a@b.cn\n");
  EXPECT_EQ(model::plain_text(doc.blocks.at(0).inlines), "🎓 教育");
}

TEST(Shortcodes, StayAsTypedInCodeAddressesTimesAndWhenUnknown) {
  model::Document doc = parse(
      "# A\nc\n\n`:iphone:` and :no_such_emoji: at 10:100:20, http://x.org/:smile:/\n\n"
      "```\n:email:\n```\n");
  std::string text = model::plain_text(doc.blocks.at(0).inlines);
  EXPECT_EQ(text, ":iphone: and :no_such_emoji: at 10:100:20, http://x.org/:smile:/");
  EXPECT_EQ(model::plain_text(doc.blocks.at(1).inlines), ":email:");
  EXPECT_EQ(messages(doc),
            (std::vector<std::string>{"test.md:4: warning: ':no_such_emoji:' is no emoji shortcode "
                                      "GitHub knows; it is shown as typed"}));
}

TEST(Shortcodes, GithubPicturesAreLeftOutWithAWarning) {
  // :octocat: is an image on GitHub, with no character any font could draw.
  model::Document doc = parse("# A\nc\n\n爱好 :octocat: 开源 :octocat:\n");
  EXPECT_EQ(model::plain_text(doc.blocks.at(0).inlines), "爱好  开源 ");
  EXPECT_EQ(messages(doc), (std::vector<std::string>{
                               "test.md:4: warning: ':octocat:' is one of GitHub's pictures, "
                               "not a character: it is left out (2 times)"}));
}

}  // namespace
}  // namespace jianli::parse
