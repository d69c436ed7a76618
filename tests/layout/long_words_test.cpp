// Issue 11 item 8: a word wider than the line is cut on its own. The text before it
// keeps its legal break, and the cut pieces are even.
#include "layout/long_words.h"

#include <algorithm>
#include <cmath>

#include "layout_fixture.h"

namespace jianli::layout {
namespace {

class LongWordsTest : public LayoutTest {
 protected:
  // The widths of the lines `s` breaks into in `width`, with their glyphs' text.
  struct Set {
    std::vector<std::u32string> text;
    std::vector<double> widths;
  };
  Set set(const std::string& s, double width) {
    Paragraph p = prep(s);
    Set out;
    for (const LineSpan& span : break_lines(p, width)) {
      std::u32string line;
      for (size_t k = span.begin; k < span.end; ++k) line += p.glyphs[k].cp;
      out.text.push_back(line);
      out.widths.push_back(natural_width(p, span.begin, span.end));
    }
    return out;
  }
};

TEST_F(LongWordsTest, TheTextBeforeALongWordEndsAtItsLegalBreak) {
  // "see ab" and the start of the word would fill the first line; the word starts its own.
  const std::string word(60, 'x');
  const Set lines = set("see ab " + word, 100);
  ASSERT_GE(lines.text.size(), 2u);
  EXPECT_EQ(lines.text[0], U"seeab");
  for (size_t i = 1; i < lines.text.size(); ++i)
    EXPECT_EQ(lines.text[i].find_first_not_of(U'x'), std::u32string::npos) << i;
}

TEST_F(LongWordsTest, PiecesAreTheFewestThatFitAndEven) {
  for (int letters : {25, 41, 60, 97}) {
    const std::string word(letters, 'x');
    Paragraph p = prep(word);
    const double whole = natural_width(p, 0, p.glyphs.size());
    const Set lines = set(word, 100);
    const size_t fewest = static_cast<size_t>(std::ceil(whole / 100));
    ASSERT_EQ(lines.text.size(), fewest) << letters;
    // Even: the pieces differ by at most one letter (not full lines and a scrap).
    const auto [shortest, longest] = std::minmax_element(lines.widths.begin(), lines.widths.end());
    EXPECT_LE(*longest - *shortest, p.glyphs[0].width() + 0.01) << letters;
    for (double w : lines.widths) EXPECT_LE(w, 100.01) << letters;
  }
}

TEST_F(LongWordsTest, NoRoomAtAllSetsAGlyphALineInLinearTime) {
  // A list nested deeper than a side column is wide leaves a negative measure.
  Paragraph p = prep(std::string(20000, 'x'));
  const std::vector<LineSpan> lines = break_lines(p, -5);
  ASSERT_EQ(lines.size(), p.glyphs.size());
  for (const LineSpan& line : lines) EXPECT_EQ(line.end - line.begin, 1u);
}

TEST_F(LongWordsTest, ItsLastPieceSharesALineWithTheTextAfterIt) {
  // 24 letters make two pieces of about 67 pt; " ab" fits beside the second.
  const Set lines = set(std::string(24, 'x') + " ab", 100);
  ASSERT_EQ(lines.text.size(), 2u);
  EXPECT_EQ(lines.text[1].substr(lines.text[1].size() - 2), U"ab");
}

TEST_F(LongWordsTest, WordsThatFitAreNotLongWords) {
  Paragraph p = prep("see the address");
  EXPECT_TRUE(words_wider_than(p, 100).empty());
  const std::vector<GlyphRange> words = words_wider_than(p, 20);  // "address" is 35 pt
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(p.glyphs[words[0].begin].cp, U'a');
  EXPECT_EQ(words[0].end, p.glyphs.size());
}

}  // namespace
}  // namespace jianli::layout
