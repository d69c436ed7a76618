// English hyphenation points from Debian's hyphen-en-us patterns.
#include "text/hyphenate.h"

#include <gtest/gtest.h>

namespace jianli::text {
namespace {

TEST(Hyphenate, LongWordsBreakBetweenSyllables) {
  EXPECT_EQ(hyphenation_points(U"recommendation"), (std::vector<size_t>{3, 5, 8, 10}));
  EXPECT_EQ(hyphenation_points(U"Infrastructure"), (std::vector<size_t>{2, 5, 10}));
}

TEST(Hyphenate, NamesAcronymsAndShortWordsStayWhole) {
  EXPECT_TRUE(hyphenation_points(U"LongCat").empty());  // a capital inside: a name
  EXPECT_TRUE(hyphenation_points(U"NVIDIA").empty());
  EXPECT_TRUE(hyphenation_points(U"model").empty());  // under six letters
  EXPECT_TRUE(hyphenation_points(U"H100s").empty());  // not only letters
}

}  // namespace
}  // namespace jianli::text
