// English hyphenation points from Debian's hyphen-en-us patterns.
#include "text/hyphenate.h"

#include <gtest/gtest.h>
#include <hyphen.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>

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

// libhyphen's points for a lowercase word, as jianli asked for them before it read the
// patterns itself: hnj_hyphen_hyphenate3 with at least 2 letters before a break and 3 after.
std::vector<size_t> libhyphen_points(HyphenDict* dict, const std::string& word) {
  std::vector<char> hyphens(word.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate3(dict, word.data(), static_cast<int>(word.size()), hyphens.data(), nullptr,
                        &rep, &pos, &cut, 2, 3, 2, 3);
  std::vector<size_t> points;
  for (size_t i = 0; i + 1 < word.size(); ++i)
    if (hyphens[i] & 1) points.push_back(i + 1);
  if (rep) {
    for (size_t i = 0; i < word.size(); ++i) free(rep[i]);
    free(rep);
  }
  free(pos);
  free(cut);
  return points;
}

// Every word of the shipped résumés and the corpus, and 20,000 strings of letters drawn at
// random (each from a fixed seed, so that a failure repeats), get libhyphen's points.
TEST(Hyphenate, GivesLibhyphensPointsForEveryWord) {
  struct DictDeleter {
    void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
  };
  std::unique_ptr<HyphenDict, DictDeleter> dict(
      hnj_hyphen_load("/usr/share/hyphen/hyph_en_US.dic"));
  if (!dict) GTEST_SKIP() << "hyphen-en-us is not installed";
  std::set<std::string> words;
  for (const char* file :
       {"/resume.en.md", "/resume.md", "/tests/data/corpus/02-margaret-ellison.md",
        "/tests/data/corpus/04-daniel-okafor.md", "/tests/data/corpus/09-eleanor-whitfield.md"}) {
    std::ifstream in(std::string(JIANLI_SOURCE_DIR) + file);
    std::stringstream text;
    text << in.rdbuf();
    std::string word;
    for (char c : text.str() + " ") {
      if (c >= 'a' && c <= 'z') {
        word += c;
      } else if (c >= 'A' && c <= 'Z') {
        word += static_cast<char>(c - 'A' + 'a');
      } else {
        if (word.size() >= 6) words.insert(word);
        word.clear();
      }
    }
  }
  ASSERT_GT(words.size(), 300u);
  std::mt19937 random(20261202);
  std::uniform_int_distribution<int> letter(0, 25), length(6, 16);
  // Letters as often as in English, so that the strings meet many patterns.
  const std::string common = "etaoinshrdlcumwfgypbvkjxqz";
  std::discrete_distribution<int> english(
      {12, 9, 8, 8, 7, 7, 6, 6, 6, 4, 4, 3, 3, 2, 2, 2, 2, 2, 2, 1.5, 1, 0.7, 0.2, 0.2, 0.1, 0.1});
  for (int i = 0; i < 20000; ++i) {
    std::string w;
    for (int n = length(random); n > 0; --n)
      w += i % 2 ? common[english(random)] : static_cast<char>('a' + letter(random));
    words.insert(w);
  }
  size_t differ = 0, hyphenated = 0;
  for (const std::string& w : words) {
    const std::vector<size_t> want = libhyphen_points(dict.get(), w);
    const std::u32string word(w.begin(), w.end());
    const std::vector<size_t> got = hyphenation_points(word);
    hyphenated += !got.empty();
    if (got != want && ++differ <= 10) ADD_FAILURE() << w;
  }
  EXPECT_EQ(differ, 0u);
  EXPECT_GT(hyphenated, words.size() / 2);  // the comparison is not between empty lists
}

}  // namespace
}  // namespace jianli::text
