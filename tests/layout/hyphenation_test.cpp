// Issue 11: which English words are hyphenated. As TeX's \uchyph=0, a word that starts with a
// capital letter (in a résumé, mostly a name) is left whole unless the layout's
// `hyphenation.capitalised` allows it.
#include "layout_fixture.h"
#include "text/utf8.h"

namespace jianli::layout {
namespace {

// The seed's English references list authors by name.
const char* kAuthors =
    "Zhao, Weijie, Deping Xie, Ronglai Jia, Yulei Qian, Ruiquan Ding, Mingming Sun, and Ping "
    "Li. Distributed hierarchical parameter server for massive scale deep learning systems.";

class HyphenationTest : public LayoutTest {
 protected:
  // The lines that end inside a word (with a hyphen added) when kAuthors is set justified in
  // `width` pt, each as the word's part before the break.
  std::vector<std::string> cut_words(double width) {
    Paragraph p = prep(kAuthors, 10, true);
    std::vector<std::string> cut;
    for (const LineSpan& span : break_lines(p, width, LineBreaking::TotalFit, spec_.justify)) {
      if (span.last || p.junctions[span.end - 1].hyphen == 0) continue;
      size_t first = span.end - 1;
      while (first > span.begin && p.junctions[first - 1].width == 0) --first;
      cut.push_back(text::to_utf8(p.text.substr(
          p.glyphs[first].source, p.glyphs[span.end].source - p.glyphs[first].source)));
    }
    return cut;
  }

  // Over narrow measures from 25 to 60 mm, every word cut.
  std::vector<std::string> cut_words_in_narrow_measures() {
    std::vector<std::string> all;
    for (double width = 70; width <= 170; width += 2)
      for (const std::string& word : cut_words(width)) all.push_back(word);
    return all;
  }
};

bool capitalised(const std::string& word) { return !word.empty() && std::isupper(word[0]); }

TEST_F(HyphenationTest, NamesAreNotHyphenatedByDefault) {
  const std::vector<std::string> cut = cut_words_in_narrow_measures();
  for (const std::string& word : cut) EXPECT_FALSE(capitalised(word)) << word << "-";
  // Words in lower case still are.
  EXPECT_TRUE(std::any_of(cut.begin(), cut.end(), [](auto& w) { return !capitalised(w); }));
  // Nor does a name get a hyphenation point to begin with.
  Paragraph p = prep("Mingming", 10, true);
  for (const Junction& j : p.junctions) EXPECT_EQ(j.hyphen, 0);
}

TEST_F(HyphenationTest, TheLayoutMayAllowCapitalisedWordsToBeHyphenated) {
  spec_.hyphenation.capitalised = true;
  const std::vector<std::string> cut = cut_words_in_narrow_measures();
  // Some narrow measure then cuts a name, as before the rule (Ming-|ming).
  EXPECT_TRUE(std::any_of(cut.begin(), cut.end(), capitalised));
}

}  // namespace
}  // namespace jianli::layout
