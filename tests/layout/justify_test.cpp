// How far justification may open a line before it is set ragged (issue 11 items 1 and 7):
// 0.15 em past natural between Chinese characters, 0.25 em at a word space.
#include "layout_fixture.h"

namespace jianli::layout {
namespace {

// Where the line's last glyph ends.
double right_edge(const SetLine& line) { return line.runs.back().x + line.runs.back().width; }

TEST_F(LayoutTest, HanLineOpenedPastTheLimitIsSetRagged) {  // issue 11 item 1
  Paragraph p = prep("一二三四五");
  const LineSpan full{0, 5, false};  // not a last line: justified if it may be
  // 60 pt for five 10 pt characters: 2.5 pt (0.25 em) at each of the four junctions.
  EXPECT_TRUE(too_loose(p, full, 60, spec_.justify));
  EXPECT_NEAR(right_edge(set_line(p, full, 60, model::Align::Justify, spec_.justify)), 50, 0.01);
  // 56 pt: 0.15 em each, at the limit, still justified.
  EXPECT_NEAR(right_edge(set_line(p, full, 56, model::Align::Justify, spec_.justify)), 56, 0.01);
  model::JustifyLimits wider = spec_.justify;
  wider.han = 0.3;
  EXPECT_NEAR(right_edge(set_line(p, full, 60, model::Align::Justify, wider)), 60, 0.01);
}

TEST_F(LayoutTest, WordSpacesOpenNoMoreThanAQuarterEmPastNatural) {  // issue 11 item 7
  Paragraph p = prep("one two three");
  const LineSpan full{0, p.glyphs.size(), false};
  const double natural = natural_width(p, full.begin, full.end);
  // Two spaces: 0.3 em past natural each is too loose, 0.2 em is not.
  EXPECT_TRUE(too_loose(p, full, natural + 6, spec_.justify));
  EXPECT_NEAR(right_edge(set_line(p, full, natural + 6, model::Align::Justify, spec_.justify)),
              natural, 0.01);
  EXPECT_FALSE(too_loose(p, full, natural + 4, spec_.justify));
}

TEST_F(LayoutTest, SpaceBesideChineseStretchesAsAChineseGap) {  // issue 11 item 1
  // "管理 / 技术": the spaces beside 理 and 技 are gaps in Chinese text, held to 0.15 em.
  Paragraph p = prep("管理 / 技术");
  for (const Junction& j : p.junctions) {
    EXPECT_FALSE(j.word_space);
    EXPECT_LE(j.stretch, 10.0 / 12 + 1e-6);
  }
}

TEST_F(LayoutTest, TotalFitAvoidsLinesTooLooseToJustify) {  // issue 11 item 1
  // In an 11.1 em column, costing only the glue leaves five lines that open past the limits;
  // counting how far their gaps open, total fit finds breaks that need one set ragged.
  Paragraph p = prep(
      "主导 LongCat-Flash-Omni 多模态模型的推理优化，首创 EPS-MoE 专家流水线调度，在 H800 与 "
      "H20 上实现 DeepSeek-V3 级别模型的高吞吐推理部署。");
  auto loose_lines = [&](const model::JustifyLimits& costed) {
    int n = 0;
    for (const LineSpan& span : break_lines(p, 111, LineBreaking::TotalFit, costed))
      n += too_loose(p, span, 111, spec_.justify);
    return n;
  };
  EXPECT_EQ(loose_lines(spec_.justify), 1);
  EXPECT_EQ(loose_lines({.han = 10, .space = 10}), 5);  // limits too wide to matter
}

// Two ways to break, both with a first line too loose to cost anything but the most: the
// fuller first line wins. Tied, the earlier break did, and a stacked table's label in a
// side column was cut after its first character.
TEST_F(LayoutTest, OfTwoHopelesslyLooseLinesTheFullerIsTaken) {
  const Paragraph label = prep("熟练程度：");
  const double width = natural_width(label, 0, label.glyphs.size()) * 1.9;
  const std::vector<std::u32string> lines = lines_of("熟练程度：Deployment", width);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines.front(), U"熟练程度：");
}

TEST_F(LayoutTest, AnAbbreviationIsNeverAloneOnALine) {  // issue 11
  // "Zhejiang University," fills the measure, so "M.S." would end the paragraph on a line of
  // its own; the breaker sets "Zhejiang" alone instead (a ragged line, the lesser harm).
  const Paragraph line = prep("Zhejiang University,");
  const double width = natural_width(line, 0, line.glyphs.size()) + 1;
  for (const char* abbreviation : {"M.S.", "Ph.D.", "B.Eng."}) {
    const std::string text = std::string("Zhejiang University, ") + abbreviation;
    const std::vector<std::u32string> lines = lines_of(text, width);
    ASSERT_EQ(lines.size(), 2u) << text;
    EXPECT_NE(lines.back(), text::to_utf32(abbreviation)) << text;
  }
  // A word that is no abbreviation may end the paragraph alone: the rule is not a general one.
  const std::vector<std::u32string> lines = lines_of("Zhejiang University, MSc", width);
  EXPECT_EQ(lines.back(), U"MSc");
}

}  // namespace
}  // namespace jianli::layout
