// Unit tests for the PDF backend's parts: font planning, URI encoding, ToUnicode CMaps,
// hb-subset (TrueType and CFF) and libharu error messages.
#include <gtest/gtest.h>
#include <hb.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>

#include "../throws.h"
#include "model/error.h"
#include "pdf/embedded_font.h"
#include "pdf/font_objects.h"
#include "pdf/font_subset.h"
#include "pdf/font_usage.h"
#include "pdf/haru_document.h"
#include "pdf/link_uri.h"
#include "pdf/mend_pdf.h"
#include "pdf_test_support.h"

namespace jianli::pdf {
namespace {

using namespace testing;
using test::throws;

TEST(PlanFonts, SharesOneEmbeddedFontPerFileAndCollectsGlyphsWithTheirText) {
  FontPlan plan = plan_fonts(sample_pages());
  ASSERT_EQ(plan.embedded.size(), 4u);
  EXPECT_EQ(plan.embedded_of_font, (std::vector<int>{0, 1, 2, 0, 3}));  // fake bold shares Regular
  auto uses = [&](int e, char32_t c, int font) {
    GlyphUse use{face_of(font).glyph(c), text::to_utf8(std::u32string(1, c))};
    const auto& all = plan.embedded[e].uses;
    return std::count(all.begin(), all.end(), use);
  };
  EXPECT_EQ(uses(0, U'国', kRegular), 1);  // once, though drawn many times
  EXPECT_EQ(uses(0, U'的', kRegular), 1);
  EXPECT_EQ(uses(2, U'Ç', kLatin), 1);
  EXPECT_EQ(uses(2, U'国', kLatin), 0);
  EXPECT_EQ(uses(3, U'简', kCff), 1);
}

TEST(PlanFonts, AGlyphPointingPastItsRunsTextThrows) {
  model::PageSet set = sample_pages();
  set.pages[0].runs[0].glyphs[0].text_size = 40;
  EXPECT_TRUE(throws<std::runtime_error>([&] { plan_fonts(set); }, "points past the run's text"));
}

TEST(PercentEncodeUri, EncodesNonAsciiAndSpacesOnly) {
  EXPECT_EQ(percent_encode_uri("mailto:zhangsan@example.com"), "mailto:zhangsan@example.com");
  EXPECT_EQ(percent_encode_uri("https://example.com/简历 v2?a=1&b=%20#x"),
            "https://example.com/%E7%AE%80%E5%8E%86%20v2?a=1&b=%20#x");
  EXPECT_EQ(percent_encode_uri("a\"b<c>"), "a%22b%3Cc%3E");
}

std::vector<FontCode> codes(std::initializer_list<std::pair<uint16_t, std::string>> list) {
  std::vector<FontCode> out;
  for (const auto& [code, text] : list) out.push_back({code, code, 500, text});
  return out;
}

TEST(ToUnicodeCmap, MapsEachCodeToItsTextInUtf16) {
  std::string cmap = to_unicode_cmap(codes({{1, "国"}, {5, "fi"}, {6, "𠀀"}, {9, ""}}));
  EXPECT_NE(cmap.find("3 beginbfchar\n<0001> <56FD>\n<0005> <00660069>\n<0006> <D840DC00>\n"
                      "endbfchar\n"),
            std::string::npos)
      << cmap;
  EXPECT_EQ(cmap.find("<0009>"), std::string::npos);  // no text: no entry
  EXPECT_NE(cmap.find("/Ordering (UCS)"), std::string::npos);
  EXPECT_NE(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange"),
            std::string::npos);
}

TEST(ToUnicodeCmap, FoldsConsecutiveCodesAndCharactersIntoRangesWithinARow) {
  std::string cmap = to_unicode_cmap(codes({{0x10, "a"}, {0x11, "b"}, {0x12, "c"}, {0x13, "x"}}));
  EXPECT_NE(cmap.find("1 beginbfrange\n<0010> <0012> <0061>\nendbfrange"), std::string::npos)
      << cmap;
  EXPECT_NE(cmap.find("<0013> <0078>"), std::string::npos) << cmap;
  // A bfrange may only vary the last byte: 00FF and 0100 are in different rows.
  cmap = to_unicode_cmap(codes({{0xFF, "a"}, {0x100, "b"}}));
  EXPECT_EQ(cmap.find("bfrange"), std::string::npos) << cmap;
}

TEST(ToUnicodeCmap, BlocksHoldAtMostAHundredEntries) {
  std::vector<FontCode> many;
  for (uint16_t code = 1; code <= 150; ++code)
    many.push_back({code, code, 500, code % 2 ? "甲" : "乙"});
  std::string cmap = to_unicode_cmap(many);
  EXPECT_NE(cmap.find("100 beginbfchar"), std::string::npos);
  EXPECT_NE(cmap.find("50 beginbfchar"), std::string::npos);
  EXPECT_EQ(cmap.find("101 beginbfchar"), std::string::npos);
}

std::vector<GlyphUse> uses_of(const std::u32string& text, int font) {
  std::vector<GlyphUse> uses;
  for (char32_t c : text)
    uses.push_back({face_of(font).glyph(c), text::to_utf8(std::u32string(1, c))});
  return uses;
}

TEST(SubsetFont, TrueTypeIsSmallDeterministicAndGivesEachUseACode) {
  std::vector<GlyphUse> uses = uses_of(U"国简历", kRegular);
  uses.push_back({uses[0].id, "國"});  // the same glyph standing for another character
  SubsetFont subset = subset_font(kWenKai, 0, uses);
  EXPECT_EQ(subset.outlines, Outlines::TrueType);
  EXPECT_LT(subset.program.size(), 20u * 1024u);  // the whole font is about 15 MB
  EXPECT_EQ(subset.program.substr(0, 4), std::string("\0\1\0\0", 4));
  ASSERT_EQ(subset.codes.size(), 4u);
  EXPECT_NE(subset.code_of.at(uses[0]), subset.code_of.at(uses[3]));
  EXPECT_EQ(subset.codes[subset.code_of.at(uses[0]) - 1].glyph,
            subset.codes[subset.code_of.at(uses[3]) - 1].glyph);
  EXPECT_EQ(subset.postscript_name, "LXGWWenKai-Regular");
  EXPECT_EQ(subset_font(kWenKai, 0, uses).program, subset.program);  // deterministic
}

TEST(SubsetFont, CffKeepsTheBareCffProgramAndDrawsByCid) {
  std::vector<GlyphUse> uses = uses_of(U"简历。", kCff);
  SubsetFont subset = subset_font(kNotoSerifCjk, kNotoSerifCjkSc, uses);
  EXPECT_EQ(subset.outlines, Outlines::Cff);
  ASSERT_GE(subset.program.size(), 4u);
  EXPECT_EQ(subset.program[0], 1);  // CFF major version 1, not an OpenType file
  EXPECT_LT(subset.program.size(), 10u * 1024u);
  // Noto CJK is CID-keyed with CID = glyph id: the code is the original glyph's CID.
  for (const GlyphUse& use : uses) EXPECT_EQ(subset.code_of.at(use), use.id);
  EXPECT_EQ(subset.postscript_name, "NotoSerifCJKsc-Regular");
  EXPECT_GT(subset.width_of(subset.code_of.at(uses[0])), 900);  // a full-width Han character
}

TEST(SubsetFont, UnreadableOrWrongFontsAreInputErrors) {
  EXPECT_TRUE(throws<model::InputError>([] { subset_font("/nonexistent/font.ttf", 0, {}); },
                                        "cannot read font file /nonexistent/font.ttf"));
  EXPECT_TRUE(throws<model::InputError>([] { subset_font("/etc/hostname", 0, {}); },
                                        "font file /etc/hostname has no face number 0"));
  EXPECT_TRUE(
      throws<model::InputError>([] { subset_font(kNotoSerif, 3, {}); }, "has no face number 3"));
}

std::set<std::string> table_tags(const std::string& font) {
  hb_blob_t* blob = hb_blob_create(font.data(), static_cast<unsigned>(font.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_tag_t tags[64];
  unsigned count = 64;
  hb_face_get_table_tags(face, 0, &count, tags);
  std::set<std::string> names;
  for (unsigned i = 0; i < count; ++i) {
    char name[5] = {};
    hb_tag_to_string(tags[i], name);
    names.insert(name);
  }
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return names;
}

TEST(StripForEmbedding, KeepsOnlyWhatACidFontType2Needs) {
  std::string font = slurp(kNotoSerif);  // a whole TrueType font, cmap, name and all
  ASSERT_TRUE(table_tags(font).count("cmap"));
  std::string stripped = strip_for_embedding(font);
  std::set<std::string> tags = table_tags(stripped);
  for (const char* needed : {"head", "hhea", "loca", "maxp", "glyf", "hmtx"})
    EXPECT_TRUE(tags.count(needed)) << needed;
  for (const char* dropped : {"cmap", "name", "post", "OS/2"})
    EXPECT_FALSE(tags.count(dropped)) << dropped;
  EXPECT_LT(stripped.size(), font.size());
  EXPECT_EQ(stripped.substr(0, 4), std::string("\0\1\0\0", 4));
  EXPECT_TRUE(throws<std::runtime_error>([] { strip_for_embedding("not a font"); },
                                         "an embedded font program is not a TrueType font"));
}

TEST(HaruDocument, ErrorsNameTheCallAndCodeInHex) {
  HaruDocument doc;
  try {
    doc.check(HPDF_LoadTTFontFromFile(doc.get(), "/nonexistent.ttf", HPDF_TRUE),
              "HPDF_LoadTTFontFromFile");
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("HPDF_LoadTTFontFromFile"), std::string::npos) << message;
    EXPECT_NE(message.find("0x1017"), std::string::npos) << message;
  }
  // After an error the document works again.
  EXPECT_NE(doc.check(HPDF_AddPage(doc.get()), "HPDF_AddPage"), nullptr);
}

TEST(MendPdf, RejectsBytesThatAreNotAPdf) {
  // qpdf names the input as mend_pdf tells it to and finds no PDF in it.
  EXPECT_TRUE(throws<std::runtime_error>([] { mend_pdf("not a pdf", {}); },
                                         "libharu output: unable to find trailer dictionary"));
}

}  // namespace
}  // namespace jianli::pdf
