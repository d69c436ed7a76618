// GitHub's shortcodes: the table, its reverse, and where a shortcode is one.
#include "text/emoji.h"

#include <gtest/gtest.h>

namespace jianli::text {
namespace {

TEST(Emoji, GitHubsNamesLookUpTheirEmoji) {
  EXPECT_EQ(emoji_of_shortcode("iphone"), "📱");
  EXPECT_EQ(emoji_of_shortcode("mortar_board"), "🎓");
  EXPECT_EQ(emoji_of_shortcode("+1"), "👍");  // names sort with their punctuation
  EXPECT_EQ(emoji_of_shortcode("thumbsup"), "👍");
  EXPECT_EQ(emoji_of_shortcode("phone"), "☎");  // no U+FE0F: Symbola draws it in text style
  EXPECT_FALSE(emoji_of_shortcode("octocat"));  // GitHub's own image, not an emoji
  EXPECT_FALSE(emoji_of_shortcode("Iphone"));
}

TEST(Emoji, AnEmojiOfOneCodePointNamesItsShortcode) {
  EXPECT_EQ(shortcode_of(U'📱'), "iphone");
  EXPECT_EQ(shortcode_of(U'A'), "");
}

TEST(Emoji, ShortcodesAreReplacedOnlyWhereTheyAreWords) {
  EXPECT_EQ(replace_shortcodes(":email::iphone: x"), "📧📱 x");
  EXPECT_EQ(replace_shortcodes("电话:iphone:138"), "电话📱138");
  EXPECT_EQ(replace_shortcodes("at 10:100:20"), "at 10:100:20");
  EXPECT_EQ(replace_shortcodes("see https://x.org/:smile:/ now :smile:"),
            "see https://x.org/:smile:/ now 😄");
  EXPECT_EQ(replace_shortcodes("a:b:c :nope: ::"), "a:b:c :nope: ::");
}

TEST(Emoji, MissesAreToldApartFromWordsThatMerelyHaveColons) {
  ShortcodeMisses misses;
  EXPECT_EQ(replace_shortcodes(":octocat: :nope: 10:30:00 a:b:c", &misses),
            " :nope: 10:30:00 a:b:c");
  EXPECT_EQ(misses.pictures, std::vector<std::string>{"octocat"});
  EXPECT_EQ(misses.unknown, std::vector<std::string>{"nope"});
}

}  // namespace
}  // namespace jianli::text
