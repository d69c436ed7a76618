// Inline and block styles reach the page (issue 10, item 4): italic and mono faces, Chinese
// emphasis, raised and lowered text, lines through and under text, colour, code blocks,
// quotes and task markers. Each test lays out a small document and reads the PageSet back.
#include <algorithm>
#include <cmath>

#include "layout/engine.h"
#include "layout/prepare.h"
#include "layout_fixture.h"
#include "text/utf8.h"

namespace jianli::layout {
namespace {

using model::BlockKind;

class StylesTest : public LayoutTest {
 protected:
  static model::Span span(const std::string& text) { return model::Span{.text = text}; }

  model::PageSet lay(const model::Inlines& inlines, const model::LayoutSpec& spec) {
    model::Document d;
    d.blocks = {{.kind = BlockKind::Paragraph, .inlines = inlines}};
    return lay_out(d, spec, library_).pages;
  }
  model::PageSet lay(const model::Inlines& inlines) { return lay(inlines, spec_); }
  model::PageSet lay_blocks(std::vector<model::Block> blocks) {
    model::Document d;
    d.blocks = std::move(blocks);
    return lay_out(d, spec_, library_).pages;
  }

  static const model::TextRun& run_with(const model::PageSet& set, const std::string& text) {
    for (const model::TextRun& run : set.pages.at(0).runs)
      if (run.text.find(text) != std::string::npos) return run;
    static model::TextRun none{.text = "(not found)"};
    ADD_FAILURE() << "no run with '" << text << "'";
    return none;
  }
  static std::string path(const model::PageSet& set, const std::string& text) {
    return set.fonts.at(run_with(set, text).font).path;
  }
  static std::string family(const model::PageSet& set, const std::string& text) {
    return set.fonts.at(run_with(set, text).font).family;
  }
  // Where the glyph of `text`'s first character starts, in a run that holds it.
  static double x_of(const model::PageSet& set, const std::string& text) {
    const model::TextRun& run = run_with(set, text);
    const size_t at = run.text.find(text);
    for (const model::PlacedGlyph& g : run.glyphs)
      if (g.text_begin == at) return run.x + g.x;
    ADD_FAILURE() << "no glyph for '" << text << "'";
    return 0;
  }
  // Plain, struck, plain, underlined.
  static model::Inlines struck_then_underlined(const std::string& a, const std::string& struck,
                                               const std::string& b, const std::string& under) {
    model::Inlines out = {span(a), span(struck), span(b), span(under)};
    out[1].strike = true;
    out[3].underline = true;
    return out;
  }
  // Boxes drawn within the run's vertical reach (a line's decorations, not rules), left to
  // right.
  static std::vector<model::Box> boxes_near(const model::PageSet& set, const model::TextRun& run) {
    std::vector<model::Box> out;
    for (const model::Box& box : set.pages.at(0).boxes)
      if (box.y > run.y - run.size && box.y < run.y + run.size && box.height < run.size)
        out.push_back(box);
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.x < b.x; });
    return out;
  }
};

TEST_F(StylesTest, ItalicLatinTakesTheFamilysItalicFace) {
  model::Span italic = span("Speculative");
  italic.italic = true;
  model::PageSet set = lay({span("plain "), italic});
  EXPECT_NE(path(set, "Speculative").find("NotoSerif-Italic"), std::string::npos);
  EXPECT_NE(path(set, "plain").find("NotoSerif-Regular"), std::string::npos);
  model::Span both = italic;
  both.bold = true;
  EXPECT_NE(path(lay({both}), "Speculative").find("NotoSerif-BoldItalic"), std::string::npos);
}

TEST_F(StylesTest, CodeTakesTheMonoFaceAndChineseKeepsItsFace) {
  model::Span code = span("make 构建");
  code.code = true;
  model::PageSet set = lay({span("运行 "), code});
  EXPECT_EQ(family(set, "make"), "DejaVu Sans Mono");
  EXPECT_EQ(family(set, "构建"), "Noto Serif CJK SC");
}

TEST_F(StylesTest, ChineseEmphasisFollowsTheLayout) {
  model::Span em = span("核心");
  em.italic = true;
  EXPECT_EQ(family(lay({span("负责"), em}), "核心"), "LXGW WenKai");  // classic: kai
  model::LayoutSpec bold = spec_;
  bold.emphasis = model::ChineseEmphasis::Bold;
  EXPECT_NE(path(lay({span("负责"), em}, bold), "核心").find("Bold"), std::string::npos);
  model::LayoutSpec dots = spec_;
  dots.emphasis = model::ChineseEmphasis::Dots;
  EXPECT_EQ(family(lay({span("负责"), em}, dots), "核心"), "Noto Serif CJK SC");
}

TEST_F(StylesTest, DotsGoUnderHanCharactersOnly) {
  model::LayoutSpec dots = spec_;
  dots.emphasis = model::ChineseEmphasis::Dots;
  model::Span em = span("核心 API 设计");
  em.italic = true;
  model::PageSet set = lay({span("负责"), em, span("工作")}, dots);
  const model::TextRun& han = run_with(set, "负责");
  std::vector<model::Box> round;
  for (const model::Box& box : set.pages[0].boxes)
    if (box.round) round.push_back(box);
  ASSERT_EQ(round.size(), 4u);  // 核 心 设 计; not A P I, not the plain 负责 工作
  std::sort(round.begin(), round.end(), [](auto& a, auto& b) { return a.x < b.x; });
  const double em_size = han.size;
  for (const model::Box& dot : round) {
    EXPECT_LT(dot.y + dot.height, han.y);  // under the baseline
    EXPECT_GT(dot.y, han.y - 0.5 * em_size);
    EXPECT_NEAR(dot.width, em_size / 6, 0.01);
  }
  // The first dot is centred under 核, the third character of the line.
  EXPECT_NEAR(round[0].x + round[0].width / 2, han.x + 2.5 * em_size, 0.2 * em_size);
  // The gap between 心 and 设 holds "API": the dots skip it.
  EXPECT_GT(round[2].x - round[1].x, 2 * em_size);
}

TEST_F(StylesTest, SuperscriptIsRaisedAndSmallerSubscriptLowered) {
  model::Span sup = span("10"), sub = span("2");
  sup.shift = model::Shift::Super;
  sub.shift = model::Shift::Sub;
  model::PageSet set = lay({span("x"), sup, span(" H"), sub, span("O")});
  const model::TextRun& base = run_with(set, "x");
  const model::TextRun& raised = run_with(set, "10");
  const model::TextRun& lowered = run_with(set, "2");
  EXPECT_NEAR(raised.size, kShiftScale * base.size, 1e-6);
  EXPECT_NEAR(lowered.size, kShiftScale * base.size, 1e-6);
  EXPECT_NEAR(raised.glyphs.front().y, kSuperRise * base.size, 1e-3);
  EXPECT_NEAR(lowered.glyphs.front().y, -kSubDrop * base.size, 1e-3);
  EXPECT_EQ(base.glyphs.front().y, 0);
}

TEST_F(StylesTest, StrikeDrawsALineThroughUnderlineBelow) {
  model::PageSet set = lay(struck_then_underlined("the ", "old plan", " and ", "new"));
  const model::TextRun& old = run_with(set, "old");
  std::vector<model::Box> lines = boxes_near(set, old);
  ASSERT_EQ(lines.size(), 2u);
  const model::Box& strike = lines[0];
  // Through the letters: above the baseline, under the x-height; one line over both words.
  EXPECT_GT(strike.y, old.y + 0.15 * old.size);
  EXPECT_LT(strike.y, old.y + 0.45 * old.size);
  EXPECT_NEAR(strike.x, x_of(set, "old"), 0.01);
  // It ends where "plan" does (the space glyph after it starts there): the space is not struck.
  EXPECT_NEAR(strike.x + strike.width, x_of(set, " and"), 0.01);
  EXPECT_LT(strike.x + strike.width, x_of(set, "and") - 1);
  const model::Box& underline = lines[1];
  EXPECT_LT(underline.y + underline.height, old.y);  // under the baseline
  EXPECT_GT(underline.y, old.y - 0.3 * old.size);
}

TEST_F(StylesTest, LinesThroughAndUnderHanKeepToTheEmBox) {
  model::PageSet set = lay(struck_then_underlined("把", "旧的", "换成", "新的"));
  const model::TextRun& run = run_with(set, "把");
  std::vector<model::Box> lines = boxes_near(set, run);
  ASSERT_EQ(lines.size(), 2u);
  // Through the middle of the em box (0.12 em under the baseline to 0.88 over it) ...
  EXPECT_NEAR(lines[0].y + lines[0].height / 2, run.y + 0.38 * run.size, 0.01);
  // ... and under it, clear of the characters' feet.
  EXPECT_LT(lines[1].y + lines[1].height, run.y - 0.12 * run.size + 0.01);
  EXPECT_GT(lines[1].y, run.y - 0.25 * run.size);
}

TEST_F(StylesTest, ColourAndScaleApply) {
  model::Span red = span("alert"), small = span("fine print");
  red.color = model::Color{1, 0, 0};
  small.scale = 0.8;
  model::PageSet set = lay({span("body "), red, span(" "), small});
  EXPECT_EQ(run_with(set, "alert").color, (model::Color{1, 0, 0}));
  EXPECT_NEAR(run_with(set, "fine").size, 0.8 * run_with(set, "body").size, 1e-6);
  // A scale of nothing, or past reason, is held to a fifth to five times the size.
  model::Span none = span("gone"), huge = span("huge");
  none.scale = 0;
  huge.scale = 1e9;
  model::PageSet held = lay({span("body "), none, span(" "), huge});
  EXPECT_NEAR(run_with(held, "gone").size, 0.2 * run_with(held, "body").size, 1e-6);
  EXPECT_NEAR(run_with(held, "huge").size, 5 * run_with(held, "body").size, 1e-5);
}

TEST_F(StylesTest, CodeBlockKeepsIndentationOnATint) {
  model::Span code{.text = "", .code = true};
  auto line = [&](const std::string& s) {
    model::Span l = code;
    l.text = s;
    return l;
  };
  model::Block block{.kind = BlockKind::Code,
                     .inlines = {line("if x:"), line("\n"), line("    go()  # a  b")}};
  model::PageSet set = lay_blocks({block});
  const model::TextRun& first = run_with(set, "if");
  const model::TextRun& second = run_with(set, "go()");
  EXPECT_EQ(set.fonts.at(second.font).family, "DejaVu Sans Mono");
  const double space = 0.602 * second.size;  // DejaVu Sans Mono's advance
  EXPECT_NEAR(second.x - first.x, 4 * space, 0.05);
  EXPECT_LT(second.y, first.y);
  // Two typed spaces stay two spaces wide: "#" sits 6 cells after "g".
  const model::TextRun& comment = run_with(set, "#");
  const size_t hash = comment.text.find('#');
  auto glyph = std::find_if(comment.glyphs.begin(), comment.glyphs.end(),
                            [&](const model::PlacedGlyph& g) { return g.text_begin == hash; });
  ASSERT_NE(glyph, comment.glyphs.end());
  const double hash_x = comment.x + glyph->x;
  EXPECT_NEAR(hash_x - second.x, 6 * space, 0.05);
  std::vector<model::Box> tints;
  for (const model::Box& box : set.pages[0].boxes)
    if (box.color == *spec_.code.background) tints.push_back(box);
  ASSERT_EQ(tints.size(), 2u);  // one a row
  std::sort(tints.begin(), tints.end(), [](auto& a, auto& b) { return a.y > b.y; });
  // One unbroken ground: the second row's tint meets the first's.
  EXPECT_NEAR(tints[1].y + tints[1].height, tints[0].y, 0.01);
  const model::Box tint{tints[1].x, tints[1].y, tints[1].width,
                        tints[0].y + tints[0].height - tints[1].y};
  EXPECT_GT(tint.y + tint.height, first.y + first.size * 0.7);  // behind both lines
  EXPECT_LT(tint.y, second.y);
}

// Where each glyph of the line at baseline y starts, with the character it stands for.
std::vector<std::pair<char32_t, double>> glyph_xs(const model::PageSet& set, double y) {
  std::vector<std::pair<char32_t, double>> out;
  for (const model::TextRun& run : set.pages.at(0).runs) {
    if (std::abs(run.y - y) > 0.01) continue;
    for (const model::PlacedGlyph& g : run.glyphs)
      out.push_back(
          {text::to_utf32(run.text.substr(g.text_begin, g.text_size)).front(), run.x + g.x});
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.second < b.second; });
  return out;
}

// Corpus 18: Chinese in a code block. Han takes two cells of the mono face (Noto Sans Mono
// CJK SC, half-em Latin, the first of classic's mono faces that has Chinese), so columns
// typed to line up do; a space is one cell whatever stands before it.
TEST_F(StylesTest, ChineseCodeKeepsItsColumns) {
  auto code = [](const std::string& s) { return model::Span{.text = s, .code = true}; };
  model::Block block{.kind = BlockKind::Code,
                     .inlines = {code("|名称|数量|"), code("\n"), code("|苹果|12  |"), code("\n"),
                                 code("代码 → 单元")}};
  model::PageSet set = lay_blocks({block});
  const model::TextRun& head = run_with(set, "名称");
  const model::TextRun& row = run_with(set, "苹果");
  EXPECT_EQ(family(set, "12"), "Noto Sans Mono CJK SC");
  const auto head_xs = glyph_xs(set, head.y), row_xs = glyph_xs(set, row.y);
  ASSERT_EQ(head_xs.back().first, U'|');
  ASSERT_EQ(row_xs.back().first, U'|');
  EXPECT_NEAR(head_xs.back().second, row_xs.back().second, 0.01);
  EXPECT_NEAR(head_xs.back().second - head_xs.front().second, 10 * 0.5 * head.size, 0.01);
  auto arrow_xs = glyph_xs(set, run_with(set, "代码").y);
  std::erase_if(arrow_xs, [](auto& g) { return g.first == U' '; });
  ASSERT_EQ(arrow_xs.size(), 5u);  // 代 码 → 单 元
  const double cell = 0.5 * head.size;
  EXPECT_NEAR(arrow_xs[2].second - arrow_xs[1].second, head.size + cell, 0.01);  // 码, space
  // → is as wide as Han in a CJK face: two cells, then the space's one
  EXPECT_NEAR(arrow_xs[3].second - arrow_xs[2].second, 2 * cell + cell, 0.01);
  // Latin-only code keeps the layout's first mono face.
  model::Block latin{.kind = BlockKind::Code, .inlines = {code("make all")}};
  EXPECT_EQ(family(lay_blocks({latin}), "make"), "DejaVu Sans Mono");
}

TEST_F(StylesTest, LongCodeWrapsInsideTheTintUnhyphenated) {
  std::string call = "configuration(";
  for (int i = 0; i < 30; ++i) call += "argument_number, ";
  model::Block block{.kind = BlockKind::Code,
                     .inlines = {model::Span{.text = call + ")", .code = true}}};
  model::PageSet set = lay_blocks({block});  // English text: words are hyphenated
  const model::Box* tint = nullptr;
  for (const model::Box& box : set.pages[0].boxes)
    if (box.color == *spec_.code.background) tint = &box;
  ASSERT_NE(tint, nullptr);
  int lines = 0;
  for (const model::TextRun& run : set.pages[0].runs) {
    if (run.text.find("argument") == std::string::npos) continue;
    ++lines;
    EXPECT_NE(run.text.back(), '-') << run.text;
    EXPECT_GE(run.x, tint->x + spec_.code.padding - 0.01);
    EXPECT_LE(run.x + run.width, tint->x + tint->width - spec_.code.padding + 0.01);
  }
  EXPECT_GE(lines, 3);
}

TEST_F(StylesTest, QuoteIsIndentedWithARuleAtTheLeft) {
  model::Block quote{.kind = BlockKind::Quote};
  quote.children = {{.kind = BlockKind::Paragraph, .inlines = {span("quoted words")}}};
  model::PageSet set =
      lay_blocks({{.kind = BlockKind::Paragraph, .inlines = {span("plain words")}}, quote});
  const model::TextRun& plain_run = run_with(set, "plain");
  const model::TextRun& quoted = run_with(set, "quoted");
  EXPECT_NEAR(quoted.x - plain_run.x, spec_.quote.indent, 0.01);
  std::vector<model::Box> rules;
  for (const model::Box& box : set.pages[0].boxes)
    if (box.color == spec_.quote.rule_color) rules.push_back(box);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_NEAR(rules[0].x, plain_run.x, 0.01);
  EXPECT_LT(rules[0].y, quoted.y);
  EXPECT_GT(rules[0].y + rules[0].height, quoted.y + 0.5 * quoted.size);
}

TEST_F(StylesTest, CodeAndQuotesInAListItemSitUnderItsText) {
  model::Block code{.kind = BlockKind::Code,
                    .inlines = {model::Span{.text = "make", .code = true}}};
  model::Block quote{.kind = BlockKind::Quote};
  quote.children = {{.kind = BlockKind::Paragraph, .inlines = {span("quoted")}}};
  model::Block list{.kind = BlockKind::List};
  list.items.push_back({{{.kind = BlockKind::Paragraph, .inlines = {span("item")}}, code, quote}});
  model::PageSet set = lay_blocks({list});
  const double text_x = run_with(set, "item").x;
  EXPECT_NEAR(run_with(set, "make").x, text_x + spec_.code.padding, 0.01);
  EXPECT_NEAR(run_with(set, "quoted").x, text_x + spec_.quote.indent, 0.01);
}

TEST_F(StylesTest, TaskItemsShowABox) {
  model::Block list{.kind = BlockKind::List};
  list.items.push_back({{{.kind = BlockKind::Paragraph, .inlines = {span("open")}}}, false});
  list.items.push_back({{{.kind = BlockKind::Paragraph, .inlines = {span("done")}}}, true});
  model::PageSet set = lay_blocks({list});
  const model::TextRun& open = run_with(set, "☐");
  const model::TextRun& done = run_with(set, "☑");
  EXPECT_LT(open.x, run_with(set, "open").x);
  EXPECT_EQ(open.y, run_with(set, "open").y);
  EXPECT_EQ(done.y, run_with(set, "done").y);
}

}  // namespace
}  // namespace jianli::layout
