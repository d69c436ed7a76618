// Setting single paragraphs: widths, spacing and punctuation rules of
// ../shared/docs/cjk-typesetting.md as a reader would measure them.
#include <hb.h>

#include <cmath>

#include "layout_fixture.h"
#include "text/shape.h"

namespace jianli::layout {
namespace {

size_t find_cp(const Paragraph& p, char32_t cp, size_t from = 0) {
  for (size_t k = from; k < p.glyphs.size(); ++k)
    if (p.glyphs[k].cp == cp) return k;
  ADD_FAILURE() << "character not found";
  return 0;
}

TEST_F(LayoutTest, HanCharactersAreOneEmWide) {
  Paragraph p = prep("资深技术负责人");
  ASSERT_EQ(p.glyphs.size(), 7u);
  for (const Glyph& g : p.glyphs) EXPECT_NEAR(g.width(), 10.0, 0.05);
}

TEST_F(LayoutTest, QuarterEmBetweenHanAndLatinWithOrWithoutSpace) {  // S1, S2
  Paragraph joined = prep("昇腾H20");
  Paragraph spaced = prep("昇腾 H20");
  size_t k = find_cp(joined, U'腾');
  EXPECT_NEAR(joined.junctions[k].width, 2.5, 1e-9);
  EXPECT_NEAR(spaced.junctions[find_cp(spaced, U'腾')].width, 2.5, 1e-9);
  EXPECT_NEAR(natural_width(joined, 0, joined.glyphs.size()),
              natural_width(spaced, 0, spaced.glyphs.size()), 1e-9);
}

TEST_F(LayoutTest, NoHanLatinGapBesidePunctuation) {  // S1
  Paragraph p = prep("加速（首创EPS）");
  EXPECT_EQ(p.junctions[find_cp(p, U'速')].width, 0);            // 速（
  EXPECT_EQ(p.junctions[find_cp(p, U'S')].width, 0);             // S）
  EXPECT_NEAR(p.junctions[find_cp(p, U'创')].width, 2.5, 1e-9);  // 创E
}

TEST_F(LayoutTest, AdjacentMarksLoseOneBlankHalf) {  // P1
  Paragraph p = prep("美团），北京");
  size_t close = find_cp(p, U'）');
  EXPECT_NEAR(p.glyphs[close].width() + p.glyphs[close + 1].width(), 15.0, 0.1);
  Paragraph q = prep("《书》、《书》");
  size_t first = find_cp(q, U'》');
  EXPECT_NEAR(q.glyphs[first].width() + q.glyphs[first + 1].width() + q.glyphs[first + 2].width(),
              20.0, 0.1);  // 》、《 is 2 em
}

TEST_F(LayoutTest, OpeningThenClosingMarkKeepsBothHalves) {  // P1 exception
  Paragraph p = prep("说“）好");
  size_t open = find_cp(p, U'“');
  EXPECT_NEAR(p.glyphs[open].width() + p.glyphs[open + 1].width(), 20.0, 0.1);
}

TEST_F(LayoutTest, MarkAtLineEndDropsItsBlankHalf) {  // P2
  // Nine Han characters and a comma fit 9.5 em only because the comma loses its blank.
  auto lines = lines_of("一二三四五六七八九，十一", 95.2);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0], U"一二三四五六七八九，");
}

TEST_F(LayoutTest, NoLineStartsWithClosingPunctuation) {  // B1
  // Nine characters fill 9 em; the stop may not start line 2, so 九 goes down with it.
  auto lines = lines_of("一二三四五六七八九。十一", 90.2);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0], U"一二三四五六七八");
  EXPECT_EQ(lines[1].substr(0, 2), U"九。");
}

TEST_F(LayoutTest, NoLineEndsWithOpeningMark) {  // B2
  auto lines = lines_of("一二三四五六七八（九十）", 95.0);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_NE(lines[0].back(), U'（');
  EXPECT_EQ(lines[1].front(), U'（');
}

TEST_F(LayoutTest, AlphanumericWordsAndEmailsStayWhole) {  // B3
  auto lines = lines_of("联系邮箱qianyulei@126.com谢谢", 100);
  bool whole = false;
  for (const auto& line : lines)
    whole = whole || line.find(U"qianyulei@126.com") != std::u32string::npos;
  EXPECT_TRUE(whole);
}

TEST_F(LayoutTest, OverlongWordIsCutRatherThanOverflowing) {  // B6
  std::string word(200, 'x');
  Paragraph p = prep(word);
  for (const LineSpan& span : break_lines(p, 100))
    EXPECT_LE(natural_width(p, span.begin, span.end), 100.01);
}

TEST_F(LayoutTest, JustifiedLinesAreFlushAndLastLineIsNot) {  // J2
  Paragraph p = prep(
      "资深技术负责人，大模型infra & 分布式机器学习系统。拥有 10+ 年互联网大厂核心系统 0 到 1 "
      "建设及团队管理经验。具备模型—系统协同设计、软硬件协同优化的全栈经验。");
  auto spans = break_lines(p, 200);
  ASSERT_GE(spans.size(), 3u);
  for (const LineSpan& span : spans) {
    SetLine line = set_line(p, span, 200, model::Align::Justify);
    const model::TextRun& last = line.runs.back();
    double right = last.x + last.width - p.glyphs[span.end - 1].end_trim;
    if (span.last) {
      EXPECT_LT(right, 199.0);
    } else {
      EXPECT_NEAR(right, 200.0, 0.05) << text::to_utf8(std::u32string(1, p.glyphs[span.begin].cp));
    }
  }
}

TEST_F(LayoutTest, NoLetterSpacingInsideLatinWords) {  // S3
  Paragraph p = prep("推理框架LongCat-Flash上达成100 TPS的生成速度推理框架推理框架推理框架");
  int checked = 0;
  for (const LineSpan& span : break_lines(p, 150)) {
    SetLine line = set_line(p, span, 150, model::Align::Justify);
    std::vector<double> x;  // where each glyph of the span was drawn; typed spaces left out
    for (const model::TextRun& run : line.runs)
      for (const model::PlacedGlyph& g : run.glyphs)
        if (run.text.substr(g.text_begin, g.text_size) != " ") x.push_back(run.x + g.x);
    ASSERT_GE(x.size(), span.end - span.begin);
    for (size_t k = span.begin; k + 1 < span.end; ++k) {
      bool latin = p.glyphs[k].cls == GlyphClass::Latin && p.glyphs[k + 1].cls == GlyphClass::Latin;
      if (!latin || p.junctions[k].space) continue;
      EXPECT_NEAR(x[k + 1 - span.begin] - x[k - span.begin], p.glyphs[k].advance, 1e-3)
          << text::to_utf8(std::u32string{p.glyphs[k].cp, p.glyphs[k + 1].cp});
      ++checked;
    }
  }
  EXPECT_GT(checked, 10);
}

}  // namespace
}  // namespace jianli::layout

namespace jianli::layout {
namespace {

TEST_F(LayoutTest, SpaceBesideAFullWidthMarkAddsNothing) {
  Paragraph typed = prep("提名。 Led the team");
  Paragraph joined = prep("提名。Led the team");
  EXPECT_NEAR(natural_width(typed, 0, typed.glyphs.size()),
              natural_width(joined, 0, joined.glyphs.size()), 1e-6);
  EXPECT_TRUE(typed.junctions[2].space);  // still a space in the PDF's text
}

TEST_F(LayoutTest, SpaceBeforeAMarkOrInsideBracketsAddsNothing) {  // issue 11 item 3
  for (const auto& [typed, joined] : std::vector<std::pair<std::string, std::string>>{
           {"用 AndroidStandardDevelop ，好", "用 AndroidStandardDevelop，好"},
           {"PyTorch 、Go", "PyTorch、Go"},
           {"见「 标准 」与《 书 》和（ 首创 EPS ）", "见「标准」与《书》和（首创 EPS）"},
           {"好） （好", "好）（好"}}) {
    Paragraph a = prep(typed), b = prep(joined);
    EXPECT_NEAR(natural_width(a, 0, a.glyphs.size()), natural_width(b, 0, b.glyphs.size()), 1e-6)
        << typed;
  }
}

}  // namespace
}  // namespace jianli::layout

namespace jianli::layout {
namespace {

TEST_F(LayoutTest, TightLineShrinksHanLatinGapsBeforeBreaking) {  // J1
  Paragraph p = prep("用H20和910B及A100与V100跑");
  double natural = natural_width(p, 0, p.glyphs.size());
  double shrink = 0;
  for (const Junction& j : p.junctions) shrink += j.shrink;
  ASSERT_GT(shrink, 5.0);               // eight Han–Latin gaps of 1/8 em each
  double width = natural - shrink / 2;  // fits only with the gaps shrunk
  auto spans = break_lines(p, width);
  ASSERT_EQ(spans.size(), 1u);
  SetLine line = set_line(p, spans[0], width, model::Align::Justify);
  const model::TextRun& last = line.runs.back();
  EXPECT_NEAR(last.x + last.width, width, 0.05);
  // No gap shrinks below 1/8 em: half the shrink used leaves each at 3/16 em.
  EXPECT_NEAR(line.runs[1].x - (line.runs[0].x + line.runs[0].width), 10 * 3.0 / 16, 0.05);
}

}  // namespace
}  // namespace jianli::layout

namespace jianli::layout {
namespace {

TEST_F(LayoutTest, NoChineseCharacterAloneOnAParagraphsLastLine) {
  // Eleven characters in a ten-em measure: first fit leaves 士 alone on line 2.
  Paragraph p = prep("郑州大学计算机科学学士");
  auto first_fit = break_first_fit(p, 100.5);
  ASSERT_EQ(first_fit.size(), 2u);
  EXPECT_EQ(first_fit[1].end - first_fit[1].begin, 1u);
  auto total_fit = break_lines(p, 100.5);
  ASSERT_EQ(total_fit.size(), 2u);
  EXPECT_GE(total_fit[1].end - total_fit[1].begin, 2u);
}

TEST_F(LayoutTest, NoChineseCharacterAloneWithItsPunctuation) {  // issue 11 item 4
  // Ten characters fill the measure; 士 goes down with the mark that may not start a line.
  for (const char* text : {"郑州大学计算机科学学士。", "郑州大学计算机科学学士）。"}) {
    Paragraph p = prep(text);
    auto first_fit = break_first_fit(p, 100.5);
    ASSERT_EQ(first_fit.size(), 2u);
    EXPECT_EQ(p.glyphs[first_fit[1].begin].cp, U'士') << text;  // 士。 alone
    auto total_fit = break_lines(p, 100.5);
    ASSERT_EQ(total_fit.size(), 2u);
    EXPECT_EQ(p.glyphs[total_fit[1].begin].cp, U'学') << text;  // 学士。
  }
}

}  // namespace
}  // namespace jianli::layout

namespace jianli::layout {
namespace {

const char* kEnglish =
    "Moved the machine-learning engine behind Meituan's home-page recommendations and "
    "search entirely onto GPUs, built a hierarchical parameter server shared by online and "
    "offline workloads, and the industry's first framework for feature extraction.";

TEST_F(LayoutTest, EnglishLinesHyphenateToStayEven) {
  Paragraph p = prep(kEnglish, 10, true);
  bool hyphenated = false;
  for (const LineSpan& span : break_lines(p, 160)) {
    SetLine line = set_line(p, span, 160, model::Align::Justify);
    const model::TextRun& last = line.runs.back();
    bool ends_with_hyphen = last.text.back() == '-' && p.glyphs[span.end - 1].cp != U'-';
    hyphenated = hyphenated || ends_with_hyphen;
    // Hyphen included; a line that would open its spaces past 0.25 em is set ragged.
    if (!span.last && !too_loose(p, span, 160, spec_.justify)) {
      EXPECT_NEAR(last.x + last.width, 160, 0.05) << last.text;
    }
  }
  EXPECT_TRUE(hyphenated);
}

TEST_F(LayoutTest, AddressesAreNeverHyphenated) {  // issue 11 item 2
  Paragraph p =
      prep("Write to alexmorgan@example.com or see https://alexmorgan-example.com/talks", 10, true);
  for (size_t k = 0; k + 1 < p.glyphs.size(); ++k) {
    if (p.glyphs[k].source < 9) continue;  // "Write to" may hyphenate
    EXPECT_EQ(p.junctions[k].hyphen, 0) << k;
  }
  Paragraph words = prep("alexmorgan example", 10, true);  // the same letters as words do
  bool hyphenated = false;
  for (const Junction& j : words.junctions) hyphenated = hyphenated || j.hyphen > 0;
  EXPECT_TRUE(hyphenated);
}

TEST_F(LayoutTest, NoHyphenationUnlessAsked) {  // small capitals and table cells ask for none
  Paragraph p = prep(kEnglish, 10, false);
  for (const Junction& j : p.junctions) EXPECT_EQ(j.hyphen, 0);
}

}  // namespace
}  // namespace jianli::layout

namespace jianli::layout {
namespace {

// The advance HarfBuzz gives the first glyph of `text` in `face`, with or without kerning.
double first_advance(const text::Face& face, const char* text, bool kern) {
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_add_utf8(buffer, text, -1, 0, -1);
  hb_buffer_guess_segment_properties(buffer);
  hb_feature_t no_kern = {HB_TAG('k', 'e', 'r', 'n'), 0, 0, ~0u};
  hb_shape(face.hb(), buffer, kern ? nullptr : &no_kern, kern ? 0 : 1);
  double advance =
      hb_buffer_get_glyph_positions(buffer, nullptr)[0].x_advance / face.units_per_em();
  hb_buffer_destroy(buffer);
  return advance;
}

TEST_F(LayoutTest, LatinIsKernedByTheFontsGposValue) {
  const text::Face& serif = *library_.find("Noto Serif", false)->face;
  const double kern = first_advance(serif, "To", true) - first_advance(serif, "To", false);
  ASSERT_LT(kern, -0.05) << "Noto Serif kerns T and o (GPOS)";
  EXPECT_NEAR(first_advance(serif, "To", false), serif.glyph_advance(serif.glyph(U'T')), 1e-9);
  Paragraph p = prep("To", 10);
  ASSERT_EQ(p.glyphs.size(), 2u);
  EXPECT_NEAR(p.glyphs[0].advance, (serif.glyph_advance(serif.glyph(U'T')) + kern) * 10, 1e-4);
  // On the page the o sits that much closer to the T.
  SetLine line = set_line(p, {0, 2, true}, 100, model::Align::Left);
  ASSERT_EQ(line.runs.size(), 1u);
  ASSERT_EQ(line.runs[0].glyphs.size(), 2u);
  EXPECT_NEAR(line.runs[0].glyphs[1].x - line.runs[0].glyphs[0].x, p.glyphs[0].advance, 1e-4);
}

TEST_F(LayoutTest, LigaturedWordsAreHyphenatedFromTheirLetters) {  // issue 11
  // The fi and ffi ligatures are one glyph each. Read from the glyphs' first letters the words
  // were "unifed", which has no hyphenation point, and "efcient"; uni-fied and ef-fi-cient are
  // read from the letters typed, and ef|fi, inside the ffi glyph, is no break.
  const std::vector<std::pair<std::string, std::string>> words = {{"unified", "uni"},
                                                                  {"efficient", "effi"}};
  for (const auto& [word, before] : words) {
    Paragraph p = prep(word, 10, true);
    ASSERT_LT(p.glyphs.size(), word.size()) << word << ": Noto Serif ligates fi and ffi";
    std::vector<size_t> points;
    for (size_t k = 0; k + 1 < p.glyphs.size(); ++k)
      if (p.junctions[k].hyphen > 0) points.push_back(k + 1);
    ASSERT_EQ(points.size(), 1u) << word;
    EXPECT_EQ(text::to_utf8(p.text.substr(0, p.glyphs[points[0]].source)), before);
    // Broken there, the two lines carry every letter, and the hyphen.
    const SetLine first = set_line(p, {0, points[0], false}, 100, model::Align::Left);
    const SetLine second = set_line(p, {points[0], p.glyphs.size(), true}, 100, model::Align::Left);
    EXPECT_EQ(first.runs.back().text + second.runs.front().text,
              before + "-" + word.substr(before.size()));
  }
}

TEST_F(LayoutTest, AnFiLigatureIsOneGlyphStandingForTwoLetters) {
  Paragraph p = prep("office", 10);
  ASSERT_LT(p.glyphs.size(), 6u) << "Noto Serif ligates ffi or fi";
  SetLine line = set_line(p, {0, p.glyphs.size(), true}, 100, model::Align::Left);
  ASSERT_EQ(line.runs.size(), 1u);
  EXPECT_EQ(line.runs[0].text, "office");
  size_t covered = 0;
  for (const model::PlacedGlyph& g : line.runs[0].glyphs) covered += g.text_size;
  EXPECT_EQ(covered, 6u);  // every letter is some glyph's text
}

TEST_F(LayoutTest, HanInAMainlandDocumentTakesSimplifiedForms) {  // locl, zh-Hans
  // U+9AA8 骨 differs between the JP (first) face of Noto Serif CJK and the SC one.
  text::Face jp("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 0);
  text::ShapeOptions zh{text::Script::Han, "zh-Hans", false};
  text::ShapeOptions ja{text::Script::Han, "ja", false};
  std::u32string bone = U"骨";
  EXPECT_NE(text::shape(jp, bone, 0, 1, zh)[0].id, text::shape(jp, bone, 0, 1, ja)[0].id);
}

}  // namespace
}  // namespace jianli::layout

namespace jianli::layout {
namespace {

// TeX's glue for a word space: it stretches by half its width and shrinks by a third, so a
// line a little too long is set tighter rather than breaking a line early and stretching it.
TEST_F(LayoutTest, WordSpacesShrinkByAThirdBeforeALineBreaks) {
  Paragraph p = prep("Meituan built hardware software codesign systems", 10);
  const double natural = natural_width(p, 0, p.glyphs.size());
  double spaces = 0;
  for (const Junction& j : p.junctions) spaces += j.space ? j.width : 0;
  ASSERT_GT(spaces, 0);
  // A measure 30% of the spaces short of natural: one line, the spaces a little tighter.
  auto lines = break_lines(p, natural - 0.3 * spaces);
  ASSERT_EQ(lines.size(), 1u);
  // 40% short is past what a space may give: two lines.
  EXPECT_EQ(break_lines(p, natural - 0.4 * spaces).size(), 2u);
  for (const Junction& j : p.junctions) {
    if (!j.space) continue;
    EXPECT_NEAR(j.stretch, j.width / 2, 1e-6);
    EXPECT_NEAR(j.shrink, j.width / 3, 1e-6);
  }
}

// pdftotext's default mode drops a hyphen-minus that ends a line and joins the lines
// ("machinelearning"), so total fit breaks after a compound's hyphen only where every other
// way is worse: resume.en.md's summary, which broke at "machine-|learning" and "co-|design"
// with TeX's \exhyphenpenalty of 50, now hyphenates words or opens spaces instead.
TEST_F(LayoutTest, LinesAvoidEndingAtAHardHyphen) {
  const std::string summary =
      "Senior technical leader (Staff Engineer / Team Lead) in LLM infrastructure and "
      "distributed machine-learning systems. 10+ years at major internet companies (Meituan, "
      "Baidu) building core systems from scratch and leading the teams behind them. Full-stack "
      "experience across model-system co-design, hardware-software co-optimization, shipping "
      "training and inference systems at very large scale, optimization for Chinese AI chips, "
      "and building teams and organizations.";
  for (double width : {420.0, 450.0, 480.0, 510.0}) {
    Paragraph p = prep(summary, 10, true);
    for (const LineSpan& span : break_lines(p, width)) {
      std::u32string line;
      for (size_t k = span.begin; k < span.end; ++k) line += p.glyphs[k].cp;
      EXPECT_NE(p.glyphs[span.end - 1].cp, U'-') << width << ": " << text::to_utf8(line);
    }
  }
}

}  // namespace
}  // namespace jianli::layout
