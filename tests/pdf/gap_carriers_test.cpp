// The gap between Han and Latin carried by a glyph (src/pdf/gap_carriers.h): which glyph
// carries it, and the copies of glyphs added to a TrueType subset to do it.
#include "pdf/gap_carriers.h"

#include <gtest/gtest.h>
#include <hb.h>

#include <map>
#include <stdexcept>

#include "../throws.h"
#include "pdf/font_subset.h"
#include "pdf/glyph_copies.h"
#include "pdf_test_support.h"

namespace jianli::pdf {
namespace {

using namespace testing;
using test::throws;

// Every glyph 500 thousandths wide; fonts listed in `copyable` are TrueType.
class FixedFacts : public FontFacts {
 public:
  explicit FixedFacts(std::set<int> copyable) : copyable_(std::move(copyable)) {}
  int advance(int, uint32_t) override { return 500; }
  bool copyable(int font) override { return copyable_.count(font) > 0; }

 private:
  std::set<int> copyable_;
};

constexpr int kHan = 0, kLatinFont = 1;

// The elements the runs below belong to: 0 a paragraph, 1 and 2 a list item's label and
// body, 3 a link in the paragraph, 4 a link in the body.
const std::vector<model::StructureElement> kStructure = {
    {.type = model::StructureType::P},
    {.type = model::StructureType::Lbl},
    {.type = model::StructureType::LBody},
    {.type = model::StructureType::Link, .parent = 0},
    {.type = model::StructureType::Link, .parent = 2}};

// A run of `text` at `x` on baseline `y`, each glyph 500 thousandths of 10 pt apart.
model::TextRun fixed_run(double x, const std::string& text, int font, int element = 0,
                         double y = 700) {
  model::TextRun r;
  r.x = x, r.y = y, r.text = text, r.font = font, r.size = 10, r.element = element;
  uint32_t byte = 0;
  float pen = 0;
  for (char32_t c : text::to_utf32(text)) {
    std::string bytes;
    text::append_utf8(bytes, c);
    r.glyphs.push_back({static_cast<uint32_t>(c), pen, 0, byte, uint32_t(bytes.size())});
    pen += 5;
    byte += uint32_t(bytes.size());
  }
  return r;
}

TEST(GapCarriers, TheLatinGlyphBesideAHanOneCarriesTheQuarterEm) {
  FixedFacts facts({kLatinFont});
  // 年 ends at 105; a quarter em (2.5 pt) later "1990" starts, and 2.5 pt after it 年 again.
  std::vector<model::TextRun> runs = {
      fixed_run(100, "年", kHan), fixed_run(107.5, "1990", kLatinFont), fixed_run(130, "年", kHan)};
  std::vector<GapCarrier> c = gap_carriers(runs, kStructure, facts);
  ASSERT_EQ(c.size(), 6u);
  EXPECT_EQ(c[0], GapCarrier::None);     // 年: CFF, cannot be copied
  EXPECT_EQ(c[1], GapCarrier::Leading);  // 1: carries the gap before it
  EXPECT_EQ(c[2], GapCarrier::None);
  EXPECT_EQ(c[4], GapCarrier::Trailing);  // 0: carries the gap after it
  EXPECT_EQ(c[5], GapCarrier::None);
}

TEST(GapCarriers, ALetterAloneBetweenHanCarriesBothGaps) {
  FixedFacts facts({kLatinFont});
  std::vector<model::TextRun> runs = {fixed_run(100, "大", kHan), fixed_run(107.5, "A", kLatinFont),
                                      fixed_run(115, "模", kHan)};
  EXPECT_EQ(gap_carriers(runs, kStructure, facts)[1], GapCarrier::Both);
}

TEST(GapCarriers, TypedSpacesOtherElementsWideGapsAndCffPairsCarryNothing) {
  FixedFacts all({kHan, kLatinFont}), none({});
  auto carried = [](std::vector<model::TextRun> runs, FontFacts& facts) {
    for (GapCarrier c : gap_carriers(runs, kStructure, facts))
      if (c != GapCarrier::None) return true;
    return false;
  };
  // The pair itself carries.
  EXPECT_TRUE(carried({fixed_run(100, "年", kHan), fixed_run(107.5, "1", kLatinFont)}, all));
  // A space was typed: the gap is that space.
  EXPECT_FALSE(carried({fixed_run(100, "年 ", kHan), fixed_run(112.5, "1", kLatinFont)}, all));
  // A bullet and its text are two elements: a real gap.
  EXPECT_FALSE(carried({fixed_run(100, "•", kHan, 1), fixed_run(107.5, "1", kLatinFont, 2)}, all));
  // A link is its paragraph's text, not another element's: "邮箱" then "s@x.cn".
  EXPECT_TRUE(carried({fixed_run(100, "箱", kHan, 0), fixed_run(107.5, "s", kLatinFont, 3)}, all));
  EXPECT_FALSE(carried({fixed_run(100, "•", kHan, 1), fixed_run(107.5, "s", kLatinFont, 4)}, all));
  // Dates set at the right: far more than a quarter em.
  EXPECT_FALSE(carried({fixed_run(100, "年", kHan), fixed_run(140, "2020", kLatinFont)}, all));
  // Another line.
  EXPECT_FALSE(
      carried({fixed_run(100, "年", kHan), fixed_run(107.5, "1", kLatinFont, 0, 680)}, all));
  // Two glyphs no font can copy.
  EXPECT_FALSE(carried({fixed_run(100, "年", kHan), fixed_run(107.5, "1", kLatinFont)}, none));
  // Glyphs that touch.
  EXPECT_FALSE(carried({fixed_run(100, "年", kHan), fixed_run(105, "1", kLatinFont)}, all));
}

// hb's view of glyph `g` of a font program: advance and left edge, font units.
struct Metrics {
  int advance, left, width;
};
Metrics metrics_of(const std::string& program, unsigned g, unsigned* glyphs = nullptr) {
  hb_blob_t* blob = hb_blob_create(program.data(), unsigned(program.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);
  hb_glyph_extents_t e{};
  hb_font_get_glyph_extents(font, g, &e);
  Metrics m{hb_font_get_glyph_h_advance(font, g), e.x_bearing, e.width};
  if (glyphs) *glyphs = hb_face_get_glyph_count(face);
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return m;
}

TEST(SubsetFont, AGlyphThatCarriesAGapIsACopyWithTheGapInItsAdvance) {
  const uint32_t a = face_of(kLatin).glyph(U'A');
  std::vector<GlyphUse> uses = {{a, "A"},
                                {a, "A", GapCarrier::Leading},
                                {a, "A", GapCarrier::Trailing},
                                {a, "A", GapCarrier::Both},
                                {a, "Ａ", GapCarrier::Leading}};  // another text, same copy
  SubsetFont subset = subset_font(kNotoSerif, 0, uses);           // 1,000 units to the em
  auto code = [&](size_t i) { return subset.code_of.at(uses[i]); };
  auto glyph = [&](size_t i) { return subset.codes[code(i) - 1].glyph; };
  const int width = subset.width_of(code(0));
  EXPECT_EQ(subset.width_of(code(1)), width + 250);
  EXPECT_EQ(subset.width_of(code(2)), width + 250);
  EXPECT_EQ(subset.width_of(code(3)), width + 500);
  EXPECT_EQ(glyph(1), glyph(4));
  unsigned glyphs = 0;
  const Metrics base = metrics_of(subset.program, glyph(0), &glyphs);
  EXPECT_EQ(glyphs, 2u + 3u);  // .notdef, A and three copies
  const Metrics leading = metrics_of(subset.program, glyph(1)),
                trailing = metrics_of(subset.program, glyph(2)),
                both = metrics_of(subset.program, glyph(3));
  // The font program says what /W says: MuPDF reads the advance there.
  EXPECT_EQ(leading.advance, base.advance + 250);
  EXPECT_EQ(both.advance, base.advance + 500);
  EXPECT_EQ(leading.left, base.left + 250);  // the outline moved right past the gap
  EXPECT_EQ(both.left, base.left + 250);
  EXPECT_EQ(trailing.left, base.left);  // the gap after the outline
  EXPECT_EQ(leading.width, base.width);
}

TEST(SubsetFont, ACffGlyphCannotCarryAGap) {
  const uint32_t han = face_of(kCff).glyph(U'简');
  EXPECT_TRUE(throws<std::logic_error>(
      [&] {
        subset_font(kNotoSerifCjk, kNotoSerifCjkSc, {{han, "简", GapCarrier::Leading}});
      },
      "a CFF glyph cannot carry a gap"));
}

TEST(AddGlyphCopies, RefusesWhatIsNoTrueTypeProgram) {
  EXPECT_TRUE(throws<std::runtime_error>(
      [] {
        add_glyph_copies(std::string(64, '\0'), {{0, 0, 0}});
      },
      "an embedded font program lacks head, hhea or maxp"));
  EXPECT_EQ(add_glyph_copies("unchanged", {}), "unchanged");
}

}  // namespace
}  // namespace jianli::pdf
