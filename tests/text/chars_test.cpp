// Character classes of the rule sheet (../shared/docs/cjk-typesetting.md §0–§2).
#include "text/chars.h"

#include <gtest/gtest.h>

#include <string>

#include "text/utf8.h"

namespace jianli::text {
namespace {

std::u32string u32(const char* utf8) { return to_utf32(utf8); }

TEST(CharsHan, IdeographsOfEveryBlockAreHan) {
  for (char32_t cp : u32("中文钱玉磊〇㐀豈𠀀𪜀𫝀𫠠𬺰𰀀")) {
    EXPECT_TRUE(is_han(cp)) << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(CharsHan, KanaPunctuationAndLatinAreNotHan) {
  for (char32_t cp : u32("あアー。，（）“A1 ")) {
    EXPECT_FALSE(is_han(cp)) << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(CharsLatin, LettersAndDigitsOfLatinGreekCyrillic) {
  for (char32_t cp : u32("AZaz09éßñŁΩαЖя")) {
    EXPECT_TRUE(is_latin_alnum(cp)) << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(CharsLatin, SymbolsHanAndFullWidthFormsAreNot) {
  for (char32_t cp : u32("×÷·-%+@ 中。Ａ０")) {
    EXPECT_FALSE(is_latin_alnum(cp)) << std::hex << static_cast<uint32_t>(cp);
  }
}

void expect_kind(const char* marks, MarkKind kind) {
  for (char32_t cp : u32(marks)) {
    EXPECT_EQ(mark_kind(cp), kind) << std::hex << static_cast<uint32_t>(cp);
  }
}

// clreq §3.1.6.1: opening marks carry their blank half on the left.
TEST(CharsMarkKind, OpeningMarksIncludingCurlyQuotes) {
  expect_kind("（〈《「『【〔〖［｛‘“", MarkKind::Opening);
}

// … closing marks on the right; ” ’ are full-width marks in Chinese text.
TEST(CharsMarkKind, ClosingMarksIncludingCurlyQuotes) {
  expect_kind("）〉》」』】〕〗］｝’”", MarkKind::Closing);
}

TEST(CharsMarkKind, Stops) { expect_kind("、。，．：；！？", MarkKind::Stop); }

TEST(CharsMarkKind, Interpuncts) { expect_kind("·・‧", MarkKind::Interpunct); }

TEST(CharsMarkKind, SolidMarksHaveNoBlank) { expect_kind("—…～〜⸺⋯", MarkKind::Solid); }

TEST(CharsMarkKind, AsciiPunctuationHanAndLettersAreNoMarks) {
  expect_kind("()[],.:;!?\"'-/中A1 ", MarkKind::None);
}

TEST(CharsMarkKind, OnlyStopsAndBracketsHaveABlankHalf) {
  EXPECT_TRUE(has_blank_half(mark_kind(U'（')));
  EXPECT_TRUE(has_blank_half(mark_kind(U'”')));
  EXPECT_TRUE(has_blank_half(mark_kind(U'。')));
  EXPECT_FALSE(has_blank_half(mark_kind(U'·')));
  EXPECT_FALSE(has_blank_half(mark_kind(U'—')));
  EXPECT_FALSE(has_blank_half(mark_kind(U'中')));
}

}  // namespace
}  // namespace jianli::text
