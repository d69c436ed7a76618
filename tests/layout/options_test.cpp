// Every layout option reaches the page: a layout file that extends classic and
// changes one value, a small document laid out, and the PageSet read back.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "../throws.h"
#include "layout/engine.h"
#include "layout_fixture.h"
#include "model/error.h"
#include "parse/entries.h"

namespace jianli::layout {
namespace {
namespace fs = std::filesystem;

const double kMm = 72 / 25.4;

class OptionsTest : public LayoutTest {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("jianli-options-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Classic with `yaml` over it, read through the layout file parser.
  model::LayoutSpec with(const std::string& yaml, const std::string& lang = "") {
    std::string path = (dir_ / "option.yaml").string();
    std::ofstream(path) << "extends: " << JIANLI_SOURCE_DIR << "/layouts/classic.yaml\n" << yaml;
    return parse::load_layout(path, {std::string(JIANLI_SOURCE_DIR) + "/layouts"}, {}, lang);
  }

  model::Block heading(const std::string& text) {
    return {.kind = model::BlockKind::Heading, .level = 2, .inlines = plain(text)};
  }
  model::Block para(const std::string& text) {
    return {.kind = model::BlockKind::Paragraph, .inlines = plain(text)};
  }
  // A list of one item that is an entry: "2020年——2023年，北京大学，硕士".
  model::Block entry_list() {
    model::Block item = para("2020年——2023年，北京大学，硕士");
    item.entry = model::Entry{"2020年", "2023年", "", plain("北京大学，硕士")};
    model::Block list{.kind = model::BlockKind::List};
    list.items.push_back({{item}});
    return list;
  }
  model::Document doc() {
    model::Document d;
    d.name = plain("张三");
    d.contact = {plain("电话 12345，Email：zhang@example.com")};
    d.blocks = {heading("Work Experience"),
                para("负责大模型推理框架的总体设计，Speculative Decoding。"), heading("教育背景"),
                entry_list()};
    return d;
  }
  model::PageSet lay(const model::LayoutSpec& spec, const model::Document& d) {
    LayoutResult r = lay_out(d, spec, library_);
    diagnostics_ = r.diagnostics;
    return r.pages;
  }
  model::PageSet lay(const model::LayoutSpec& spec) { return lay(spec, doc()); }

  // The first run on page `page` whose text contains `text`.
  static const model::TextRun& run_with(const model::PageSet& set, const std::string& text,
                                        size_t page = 0) {
    for (const model::TextRun& run : set.pages.at(page).runs)
      if (run.text.find(text) != std::string::npos) return run;
    static model::TextRun none{.text = "(not found)"};
    ADD_FAILURE() << "no run with '" << text << "'";
    return none;
  }
  static std::string family(const model::PageSet& set, const model::TextRun& run) {
    return set.fonts.at(run.font).family;
  }

  fs::path dir_;
};

TEST_F(OptionsTest, PaperSetsThePageSize) {
  model::PageSet set = lay(with("paper: Letter\n"));
  EXPECT_EQ(set.width, 612);
  EXPECT_EQ(set.height, 792);
}

TEST_F(OptionsTest, MarginsMoveTheText) {
  model::PageSet set = lay(with("margins: {left: 30mm, top: 40mm}\n"));
  const model::TextRun& name = run_with(set, "张三");
  EXPECT_NEAR(name.x, 30 * kMm, 0.01);
  EXPECT_LT(name.y, set.height - 40 * kMm);
  EXPECT_GT(name.y, set.height - 40 * kMm - 40);
}

TEST_F(OptionsTest, FontsPerScript) {
  model::PageSet set = lay(with("fonts: {chinese: [WenQuanYi Zen Hei], latin: [Noto Sans]}\n"));
  EXPECT_EQ(family(set, run_with(set, "负责")), "WenQuanYi Zen Hei");
  EXPECT_EQ(family(set, run_with(set, "Speculative")), "Noto Sans");
}

TEST_F(OptionsTest, FontsPerRole) {
  model::PageSet set = lay(with("styles:\n  name: {chinese: [AR PL UMing CN]}\n"));
  EXPECT_EQ(family(set, run_with(set, "张三")), "AR PL UMing CN");
  EXPECT_EQ(family(set, run_with(set, "负责")), "Noto Serif CJK SC");
}

TEST_F(OptionsTest, SizesPerRole) {
  model::PageSet set = lay(with("styles:\n  body: {size: 12}\n  name: {size: 30}\n"));
  EXPECT_EQ(run_with(set, "负责").size, 12);
  EXPECT_EQ(run_with(set, "张三").size, 30);
}

TEST_F(OptionsTest, LeadingIsTheBaselineDistance) {
  model::Document d;
  std::string long_text;
  for (int i = 0; i < 120; ++i) long_text += "负";
  d.blocks = {para(long_text)};
  model::PageSet set = lay(with("styles:\n  body: {size: 10, leading: 2}\n"), d);
  std::vector<double> ys;
  for (const model::TextRun& run : set.pages[0].runs)
    if (run.size == 10) ys.push_back(run.y);
  std::sort(ys.rbegin(), ys.rend());
  ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
  ASSERT_GE(ys.size(), 2u);
  EXPECT_NEAR(ys[0] - ys[1], 20, 1e-6);
}

TEST_F(OptionsTest, ColoursAndTheAccent) {
  model::PageSet set = lay(with("accent: '#00FF00'\nstyles:\n  body: {color: '#FF0000'}\n"));
  EXPECT_NEAR(run_with(set, "负责").color.r, 1, 1e-9);
  EXPECT_NEAR(run_with(set, "教育背景").color.g, 1, 1e-9);  // classic's headings say accent
}

TEST_F(OptionsTest, SectionHeadingRuleGoesUnder) {
  model::LayoutSpec spec = with("rules: {header: {width: 0}}\n");
  model::PageSet set = lay(spec);
  const model::TextRun& title = run_with(set, "教育背景");
  bool found = false;
  for (const model::Box& box : set.pages[0].boxes)
    found = found ||
            (box.y < title.y && box.y > title.y - 15 && box.height == spec.section_rule.width &&
             std::abs(box.width - (set.width - spec.margin_left - spec.margin_right)) < 0.01);
  EXPECT_TRUE(found);
}

TEST_F(OptionsTest, SectionHeadingBarSitsAtTheLeft) {
  model::LayoutSpec spec = with(
      "rules: {header: {width: 0}}\nsection_heading: {style: bar, bar_width: 4pt, inset: 6pt}\n");
  model::PageSet set = lay(spec);
  const model::TextRun& title = run_with(set, "教育背景");
  EXPECT_NEAR(title.x, spec.margin_left + 10, 0.01);
  int bars = 0;
  for (const model::Box& box : set.pages[0].boxes) {
    EXPECT_EQ(box.width, 4);  // no rule under any heading
    bars += box.x == spec.margin_left && box.y < title.y && box.y + box.height > title.y;
  }
  EXPECT_EQ(bars, 1);
}

TEST_F(OptionsTest, SectionHeadingBandRunsBehindTheText) {
  model::LayoutSpec spec = with(
      "rules: {header: {width: 0}}\nsection_heading: {style: band, fill: '#EEEEEE', inset: 5pt}\n");
  model::PageSet set = lay(spec);
  const model::TextRun& title = run_with(set, "教育背景");
  EXPECT_NEAR(title.x, spec.margin_left + 5, 0.01);
  int bands = 0;
  for (const model::Box& box : set.pages[0].boxes) {
    bool behind = box.y < title.y && box.y + box.height > title.y + title.size * 0.7;
    bool across = std::abs(box.width - (set.width - spec.margin_left - spec.margin_right)) < 0.01;
    bands += behind && across && std::abs(box.color.r - 0xEE / 255.0) < 1e-9;
  }
  EXPECT_EQ(bands, 1);
}

TEST_F(OptionsTest, SectionHeadingPlainHasNoDecoration) {
  model::PageSet set = lay(with("rules: {header: {width: 0}}\nsection_heading: {style: plain}\n"));
  EXPECT_TRUE(set.pages[0].boxes.empty());
}

TEST_F(OptionsTest, SmallCapsAreTheFontsOwnGlyphsAndCopyAsTyped) {  // Noto Serif has smcp
  model::LayoutSpec spec = with("section_heading: {small_caps: true, letter_spacing: 0.05}\n");
  model::PageSet set = lay(spec);
  const model::TextRun& heading = run_with(set, "Work Experience");
  EXPECT_EQ(heading.size, spec.section_style.size);
  ASSERT_GE(heading.glyphs.size(), 2u);
  const text::Face& face = *library_.find("Noto Serif", true)->face;
  uint32_t small_o = heading.glyphs[1].id;
  EXPECT_NE(small_o, face.glyph(U'o'));  // neither the lower-case letter
  EXPECT_NE(small_o, face.glyph(U'O'));  // nor the capital
  EXPECT_EQ(heading.glyphs[0].id, face.glyph(U'W'));
  // The letter-spacing: the heading is wider than with none.
  model::PageSet plain_set = lay(with("section_heading: {small_caps: true, letter_spacing: 0}\n"));
  EXPECT_GT(heading.width, run_with(plain_set, "Work Experience").width + 1);
  EXPECT_EQ(run_with(set, "教育背景").size, spec.section_style.size);  // Chinese untouched
}

TEST_F(OptionsTest, SmallCapsOfAFaceWithoutThemAreSmallerCapitalsThatCopyAsTyped) {
  model::LayoutSpec spec = with(
      "fonts: {latin: [DejaVu Sans]}\n"  // no smcp in DejaVu Sans
      "section_heading: {small_caps: true, letter_spacing: 0.05}\n");
  model::PageSet set = lay(spec);
  const double size = spec.section_style.size;
  const model::TextRun& big = run_with(set, "W");
  const model::TextRun& small = run_with(set, "ork");  // the text as typed, not "ORK"
  EXPECT_EQ(big.size, size);
  EXPECT_NEAR(small.size, size * 0.8, 1e-9);
  const text::Face& face = *library_.find("DejaVu Sans", true)->face;
  ASSERT_FALSE(small.glyphs.empty());
  EXPECT_EQ(small.glyphs[0].id, face.glyph(U'O'));  // drawn as the capital
  ASSERT_GE(small.glyphs.size(), 2u);
  EXPECT_GT(small.glyphs[1].x - small.glyphs[0].x,
            face.glyph_advance(face.glyph(U'O')) * small.size);
}

TEST_F(OptionsTest, UppercaseSetsCapitalsAtFullSize) {
  model::LayoutSpec spec = with("section_heading: {uppercase: true}\n");
  model::PageSet set = lay(spec);
  const model::TextRun& heading = run_with(set, "Work Experience");  // copies as typed
  EXPECT_EQ(heading.size, spec.section_style.size);
  ASSERT_GE(heading.glyphs.size(), 2u);
  const text::Face& face = *library_.find("Noto Serif", true)->face;
  EXPECT_EQ(heading.glyphs[1].id, face.glyph(U'O'));  // drawn as the capital
}

TEST_F(OptionsTest, BulletStyleIsTheMarker) {
  model::PageSet set =
      lay(with("fonts: {latin: [Noto Serif, DejaVu Sans]}\nlists: {bullets: [▸]}\n"));
  const model::TextRun& marker = run_with(set, "▸");
  EXPECT_LT(marker.x, run_with(set, "北京大学").x);
  EXPECT_EQ(family(set, marker), "DejaVu Sans");
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(OptionsTest, DeepListIndentsStopShortOfTheMeasure) {  // issue 12 item 3
  // A 150 pt indent at four levels would leave the text no room in classic's measure.
  model::LayoutSpec spec = with("lists: {indent: 150pt}\n");
  model::Block list = para("浅");
  model::Block* inner = nullptr;
  for (int level = 0; level < 4; ++level) {
    model::Block next{.kind = model::BlockKind::List};
    next.items.push_back({{para(level == 3 ? "最深的一层文字" : "层")}});
    if (inner) {
      inner->items.back().blocks.push_back(next);
      inner = &inner->items.back().blocks.back();
    } else {
      list = next;
      inner = &list;
    }
  }
  model::Document d = doc();
  d.blocks = {list};
  model::PageSet set = lay(spec, d);
  double measure = spec.page_width - spec.margin_left - spec.margin_right;
  const model::TextRun& deepest = run_with(set, "最深");
  EXPECT_LE(deepest.x - spec.margin_left, 0.4 * measure + 0.01);
  EXPECT_LE(deepest.x + deepest.width, spec.page_width - spec.margin_right + 0.01);
}

TEST_F(OptionsTest, ABulletNoFontHasIsAWarning) {
  lay(with("lists: {bullets: [\"\\uE000\"]}\n"));
  ASSERT_EQ(diagnostics_.all().size(), 1u);
  EXPECT_EQ(diagnostics_.all()[0].message,
            "no font of the layout has '\uE000' (U+E000); it is shown as a missing-glyph box");
}

TEST_F(OptionsTest, EntryDatesRightInlineAndBelow) {
  model::LayoutSpec right = with("entries: {dates: right}\n");
  model::PageSet set = lay(right);
  const model::TextRun& dates = run_with(set, "2020");
  double right_edge = 0;
  for (const model::TextRun& run : set.pages[0].runs)
    if (std::abs(run.y - dates.y) < 0.01) right_edge = std::max(right_edge, run.x + run.width);
  EXPECT_NEAR(right_edge, set.width - right.margin_right, 0.01);
  EXPECT_EQ(dates.y, run_with(set, "北京大学").y);

  set = lay(with("entries: {dates: inline}\n"));
  EXPECT_LT(run_with(set, "2020").x, run_with(set, "北京大学").x);

  model::LayoutSpec below =
      with("entries: {dates: below, date_size: 0.8, date_color: '#777777'}\n");
  set = lay(below);
  const model::TextRun& under = run_with(set, "2020");
  EXPECT_LT(under.y, run_with(set, "北京大学").y);
  EXPECT_NEAR(under.size, below.body_style.size * 0.8, 1e-9);
  EXPECT_NEAR(under.color.r, 0x77 / 255.0, 1e-9);
}

// The text of the line on page 0 that holds a run containing `text`, runs in order.
std::string line_with(const model::PageSet& set, const std::string& text) {
  double baseline = -1;
  for (const model::TextRun& run : set.pages[0].runs)
    if (run.text.find(text) != std::string::npos) baseline = run.y;
  std::vector<const model::TextRun*> line;
  for (const model::TextRun& run : set.pages[0].runs)
    if (std::abs(run.y - baseline) < 0.01) line.push_back(&run);
  std::sort(line.begin(), line.end(), [](auto* a, auto* b) { return a->x < b->x; });
  std::string out;
  for (const model::TextRun* run : line) out += run->text;
  return out;
}

TEST_F(OptionsTest, ADateRangeWrittenWithAWordKeepsTheWord) {
  model::Document d = doc();
  d.blocks.back().items[0].blocks[0].entry->range_word = "至";
  model::PageSet set = lay(with("entries: {dates: right, dash: ' – '}\n"), d);
  std::string text = line_with(set, "至");
  EXPECT_NE(text.find("2020年至2023年"), std::string::npos) << text;
  EXPECT_EQ(text.find("–"), std::string::npos) << text;
}

// Issue 14 item 5: the layout prints every readable date in its form for the document's
// language, whatever form the résumé typed it in.
TEST_F(OptionsTest, DateFormPrintsDatesInTheDocumentsLanguage) {
  const std::string forms =
      "entries: {dash: ' – ', date_form: {zh: '{y}年{m}月', en: '{mon} {y}'},"
      " present: {zh: 至今, en: Present}}\n";
  struct Case {
    std::string typed, lang, printed;
  };
  for (const Case& c : std::vector<Case>{
           {"2020.09 - now，北京大学", "zh", "2020年9月 – 至今"},
           {"2020.09 - now，北京大学", "en", "Sep 2020 – Present"},
           {"2020年9月—至今，北京大学", "en", "Sep 2020 – Present"},
           {"February 2021 ~ 2023-11，北京大学", "zh", "2021年2月 – 2023年11月"},
           {"2021——2023，北京大学", "zh", "2021年 – 2023年"},  // the year form, derived
           {"2021年——2023年，北京大学", "en", "2021 – 2023"},
           {"2021/3至2023/11，北京大学", "en", "Mar 2021至Nov 2023"},   // a word stays
           {"2023-13 – 2024-01，北京大学", "en", "2023-13 – 2024-01"},  // not a date: as typed
           {"2020.09 - now，北京大学", "fr", "2020.09 – now"},          // no form for French
       }) {
    model::Document d = doc();
    d.blocks.back().items[0].blocks[0].entry = parse::find_entry(plain(c.typed));
    model::PageSet set = lay(with(forms, c.lang), d);
    EXPECT_NE(line_with(set, "北京大学").find(c.printed), std::string::npos)
        << c.typed << " in " << c.lang << ": " << line_with(set, "北京大学");
  }
}

TEST_F(OptionsTest, DateFormFieldsAndAnOwnYearForm) {
  const std::string forms =
      "entries: {dash: '/', date_form: '{mm}.{y} {month}', year_form: 'in {y}'}\n";
  model::Document d = doc();
  d.blocks.back().items[0].blocks[0].entry = parse::find_entry(plain("2019年7月-2021，北京大学"));
  model::PageSet set = lay(with(forms), d);
  EXPECT_NE(line_with(set, "北京大学").find("07.2019 July/in 2021"), std::string::npos)
      << line_with(set, "北京大学");
}

TEST_F(OptionsTest, ABadDateFormIsALocatedError) {
  EXPECT_TRUE(test::throws<model::InputError>([&] { with("entries: {date_form: '{y}年{d}日'}\n"); },
                                              "unknown date field '{d}'"));
  EXPECT_TRUE(test::throws<model::InputError>(
      [&] { with("entries: {date_form: {zh: '{m}月'}}\n"); }, "needs the year, {y}"));
  EXPECT_TRUE(test::throws<model::InputError>([&] { with("entries: {year_form: '{mon} {y}'}\n"); },
                                              "without a month"));
}

TEST_F(OptionsTest, HeaderArrangement) {
  model::LayoutSpec left = with("header_align: left\n");
  model::PageSet set = lay(left);
  EXPECT_NEAR(run_with(set, "张三").x, left.margin_left, 0.01);
  EXPECT_NEAR(run_with(set, "电话").x, left.margin_left, 0.01);

  set = lay(with("header_align: center\n"));
  const model::TextRun& name = run_with(set, "张三");
  EXPECT_NEAR(name.x + name.width / 2, set.width / 2, 0.5);

  model::LayoutSpec split = with("header_align: split\n");
  set = lay(split);
  EXPECT_NEAR(run_with(set, "张三").x, split.margin_left, 0.01);
  double contact_right = 0;
  const model::TextRun& phone = run_with(set, "电话");
  for (const model::TextRun& run : set.pages[0].runs)
    if (std::abs(run.y - phone.y) < 0.01)
      contact_right = std::max(contact_right, run.x + run.width);
  EXPECT_NEAR(contact_right, set.width - split.margin_right, 0.01);
  EXPECT_NEAR(phone.y, run_with(set, "张三").y, 0.01);  // beside the name, on its baseline
}

TEST_F(OptionsTest, PageNumberFormat) {
  model::PageSet set = lay(with("page_number: 'p. {page} of {pages}'\n"));
  std::string footer;
  for (const model::TextRun& run : set.pages[0].runs)
    if (run.y < 40) footer += run.text;
  EXPECT_EQ(footer, "p. 1 of 1");
  set = lay(with("page_number: ''\n"));
  for (const model::TextRun& run : set.pages[0].runs) EXPECT_GT(run.y, 40) << run.text;
}

TEST_F(OptionsTest, SidebarTakesTheContactAndTheNamedSections) {
  model::LayoutSpec spec = with(
      "sidebar: {side: left, width: 50mm, gap: 8mm, background: '#F3F5F8', headings: "
      "[教育背景]}\n");
  model::PageSet set = lay(spec);
  const double side_left = spec.margin_left, side_right = spec.margin_left + 50 * kMm;
  for (const char* text : {"电话", "教育背景", "北京", "2020"}) {
    const model::TextRun& run = run_with(set, text);
    EXPECT_GE(run.x, side_left - 15) << text;  // a hanging bullet may sit in the indent
    EXPECT_LE(run.x + run.width, side_right + 0.01) << text;
  }
  for (const char* text : {"张三", "Work", "负责"})
    EXPECT_GE(run_with(set, text).x, side_right + 8 * kMm - 0.01) << text;
  // The tint runs the page's height, from the paper's edge.
  const model::Box& tint = set.pages[0].boxes.front();
  EXPECT_EQ(tint.x, 0);
  EXPECT_EQ(tint.height, set.height);
  EXPECT_NEAR(tint.width, side_right + 4 * kMm, 0.01);
}

TEST_F(OptionsTest, SidebarOnTheRightAndOverflowingToPageTwo) {
  model::LayoutSpec spec = with("sidebar: {side: right, width: 50mm, headings: [教育背景]}\n");
  model::Document d = doc();
  for (int i = 0; i < 50; ++i) d.blocks.push_back(para("技能" + std::to_string(i)));
  model::PageSet set = lay(spec, d);
  ASSERT_GE(set.pages.size(), 2u);
  const double side_left = set.width - spec.margin_right - 50 * kMm;
  EXPECT_GE(run_with(set, "教育背景").x, side_left - 0.01);
  EXPECT_LT(run_with(set, "负责").x + run_with(set, "负责").width, side_left);
  EXPECT_GE(run_with(set, "49", 1).x, side_left - 0.01);  // the side column went on
}

TEST_F(OptionsTest, SideColumnIsRaggedRightUnlessAskedToJustify) {  // issue 11 item 1
  model::Document d = doc();
  d.blocks.push_back(heading("教育背景"));
  d.blocks.push_back(
      para("北京大学计算机科学与技术系硕士研究生，研究方向为分布式机器学习系统与"
           "大规模推荐模型的训练和推理优化，导师为某某教授。"));
  auto widest_line = [&](const std::string& yaml) {
    model::LayoutSpec spec = with(yaml);
    model::PageSet set = lay(spec, d);
    double right = 0;
    for (const model::TextRun& run : set.pages[0].runs)
      if (run.text.find("北京大学计算机") != std::string::npos) right = run.x + run.width;
    return right - spec.margin_left;
  };
  const std::string side = "sidebar: {width: 50mm, headings: [教育背景]";
  EXPECT_LT(widest_line(side + "}\n"), 50 * kMm - 1);  // ragged: the first line falls short
  EXPECT_NEAR(widest_line(side + ", justify: true}\n"), 50 * kMm, 0.05);
}

TEST_F(OptionsTest, JustifyLimitsAreLayoutKeys) {  // issue 11 item 1
  model::LayoutSpec spec = with("justify: {han: 0.1, space: 0.3, too_loose: paragraph}\n");
  EXPECT_EQ(spec.justify.han, 0.1);
  EXPECT_EQ(spec.justify.space, 0.3);
  EXPECT_EQ(spec.justify.too_loose, model::LooseLines::RaggedParagraph);
}

TEST_F(OptionsTest, HyphenatingCapitalisedWordsIsALayoutKey) {  // issue 11: names stay whole
  EXPECT_FALSE(with("").hyphenation.capitalised);
  EXPECT_TRUE(with("hyphenation: {capitalised: true}\n").hyphenation.capitalised);
}

}  // namespace
}  // namespace jianli::layout
