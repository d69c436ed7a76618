// The one UTF-8 decoder: what it makes of good and bad bytes.
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace jianli::text {
namespace {

TEST(Utf8, RoundTripsEveryLength) {
  const std::string text = "a\xC3\xA9\xE5\xA7\x93\xF0\x9F\x91\x8D";  // a é 姓 👍
  EXPECT_EQ(to_utf32(text), U"aé姓👍");
  EXPECT_EQ(to_utf8(U"aé姓👍"), text);
  EXPECT_EQ(count_code_points(text), 4u);
}

TEST(Utf8, EachBadSequenceBecomesOneReplacementCharacter) {
  EXPECT_EQ(to_utf32("a\xFF"
                     "b"),
            U"a\uFFFDb");
  // A truncated 姓 (E5 A7): one U+FFFD for the bytes that began it (Unicode §3.9).
  EXPECT_EQ(to_utf32("\xE5\xA7!"), U"\uFFFD!");
  EXPECT_EQ(count_code_points("\xE5\xA7!"), 2u);
  EXPECT_EQ(to_utf32("\xC0\xAF"), U"\uFFFD\uFFFD");  // overlong "/"
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("姓名"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("姓\xED\xA0\x80"), 3u);      // a surrogate, U+D800
  EXPECT_EQ(find_invalid_utf8("ab\xF4\x90\x80\x80"), 2u);  // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("名\xE5\xA7"), 3u);          // truncated at the end
}

TEST(Utf8, CodePointsThatUtf8CannotHoldAreWrittenAsReplacement) {
  std::string out;
  append_utf8(out, 0xD800);
  append_utf8(out, 0x110000);
  EXPECT_EQ(out, "\uFFFD\uFFFD");
}

TEST(Utf8, CutsAndEndsNeverSplitACharacter) {
  const std::string text = "a姓b";  // 姓 is bytes 1..3
  EXPECT_EQ(code_point_start(text, 2), 1u);
  EXPECT_EQ(code_point_start(text, 4), 4u);
  EXPECT_EQ(code_point_start(text, 9), text.size());
  EXPECT_EQ(first_code_point("姓名"), U'姓');
  EXPECT_EQ(last_code_point("姓名"), U'名');
  EXPECT_EQ(last_code_point(""), 0u);
}

}  // namespace
}  // namespace jianli::text

namespace jianli::text {
namespace {

TEST(Utf8, FirstCodePointsCutsBetweenCharacters) {
  EXPECT_EQ(first_code_points("简历 CV", 2), "简历");
  EXPECT_EQ(first_code_points("a😀b", 2), "a😀");
  EXPECT_EQ(first_code_points("ab", 5), "ab");
  EXPECT_EQ(first_code_points("", 3), "");
}

}  // namespace
}  // namespace jianli::text
