// Typed spaces of a fixed width (U+3000, &emsp;, &ensp;, &thinsp; …): as wide as defined,
// never stretched or shrunk by justification, dropped where a line breaks, kept in the text.
#include "layout_fixture.h"

namespace jianli::layout {
namespace {

size_t find_cp(const Paragraph& p, char32_t cp) {
  for (size_t k = 0; k < p.glyphs.size(); ++k)
    if (p.glyphs[k].cp == cp) return k;
  ADD_FAILURE() << "character not found";
  return 0;
}

// Where the glyph standing for `text` starts in a set line, pt from the line's start.
double x_of(const SetLine& line, const std::string& text) {
  for (const model::TextRun& run : line.runs)
    for (const model::PlacedGlyph& g : run.glyphs)
      if (run.text.substr(g.text_begin, g.text_size) == text) return run.x + g.x;
  ADD_FAILURE() << text << " not drawn";
  return 0;
}

std::string text_of(const SetLine& line) {
  std::string out;
  for (const model::TextRun& run : line.runs) out += run.text;
  return out;
}

double right_edge(const SetLine& line) { return line.runs.back().x + line.runs.back().width; }

TEST_F(LayoutTest, FixedSpacesAreAsWideAsDefined) {
  struct Case {
    const char* text;
    char32_t before;  // the character the spaces follow
    double width;     // pt at 10 pt
  } cases[] = {
      {"大学　　计算机", U'学', 20},  // two U+3000
      {"UK\u2003Tel", U'K', 10},      // &emsp;
      {"UK\u2002Tel", U'K', 5},       // &ensp;
      {"UK\u2009Tel", U'K', 2},       // &thinsp;
      {"UK\u2003 Tel", U'K', 10},     // &emsp; and a source line's end: the space adds nothing
      {"本科\u3000Java", U'科', 10},  // no Han–Latin quarter em on top
  };
  for (const Case& c : cases) {
    Paragraph p = prep(c.text);
    const Junction& j = p.junctions[find_cp(p, c.before)];
    EXPECT_TRUE(j.fixed) << c.text;
    EXPECT_NEAR(j.width, c.width, 1e-4) << c.text;
    EXPECT_EQ(j.stretch, 0) << c.text;
    EXPECT_EQ(j.shrink, 0) << c.text;
    EXPECT_FALSE(j.spread) << c.text;
  }
}

TEST_F(LayoutTest, FixedSpacesNeverStretchInAJustifiedLine) {
  // Sixteen characters and two U+3000, justified 1.4 pt wider than natural: the gaps between
  // Han characters open (0.1 pt each), the two ems stay two ems.
  Paragraph p = prep("郑州轻工业大学　　计算机科学与技术");
  const LineSpan span{0, p.glyphs.size(), false};
  const double width = natural_width(p, span.begin, span.end) + 1.4;
  const SetLine line = set_line(p, span, width, model::Align::Justify, spec_.justify);
  EXPECT_NEAR(right_edge(line), width, 0.01);
  EXPECT_GT(x_of(line, "业") - x_of(line, "工"), 10.05);
  EXPECT_NEAR(x_of(line, "计") - x_of(line, "学"), 30, 1e-3);
}

TEST_F(LayoutTest, FixedSpacesAreDroppedWhereALineBreaks) {
  // "…技术　　本科" in 8 em: the line ends at 术, flush, and the next starts with 本 at its edge.
  Paragraph p = prep("计算机科学与技术　　本科");
  const std::vector<LineSpan> spans = break_lines(p, 80);
  ASSERT_EQ(spans.size(), 2u);
  const SetLine first = set_line(p, spans[0], 80, model::Align::Justify, spec_.justify);
  EXPECT_EQ(text_of(first), "计算机科学与技术");
  EXPECT_NEAR(right_edge(first), 80, 1e-3);
  const SetLine second = set_line(p, spans[1], 80, model::Align::Justify, spec_.justify);
  EXPECT_EQ(text_of(second), "本科");
  EXPECT_NEAR(x_of(second, "本"), 0, 1e-3);
}

TEST_F(LayoutTest, FixedSpacesOpeningAParagraphAreAnIndent) {
  Paragraph p = prep("　　段落开头");
  const SetLine line = set_line(p, {0, p.glyphs.size(), true}, 100, model::Align::Justify);
  EXPECT_NEAR(x_of(line, "段"), 20, 1e-3);
}

TEST_F(LayoutTest, TheTextKeepsFixedSpacesAsTyped) {
  // Copied from the PDF, the gap reads as what was typed, each space drawn at its place.
  Paragraph p = prep("2014.06　　郑州\u2003UK");
  const SetLine line = set_line(p, {0, p.glyphs.size(), true}, 200, model::Align::Left);
  EXPECT_EQ(text_of(line), "2014.06　　郑州\u2003UK");
  EXPECT_NEAR(x_of(line, "郑") - x_of(line, "6"), p.glyphs[find_cp(p, U'6')].width() + 20, 1e-3);
}

}  // namespace
}  // namespace jianli::layout
