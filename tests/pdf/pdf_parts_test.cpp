// Unit tests for the PDF backend's parts: UTF-8 decoding, font planning, URI encoding,
// ToUnicode CMaps, hb-subset and libharu error messages.
#include <gtest/gtest.h>
#include <hb.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <unistd.h>

#include <stdexcept>

#include "model/error.h"
#include "pdf/embedded_font.h"
#include "pdf/font_subset.h"
#include "pdf/font_usage.h"
#include "pdf/haru_cmap.h"
#include "pdf/haru_document.h"
#include "pdf/link_uri.h"
#include "pdf/tounicode.h"
#include "pdf_test_support.h"

namespace jianli::pdf {
namespace {

using namespace testing;

TEST(DecodeBmpUtf8, DecodesAsciiHanAndAccents) {
  EXPECT_EQ(decode_bmp_utf8("A国é"), (std::vector<char16_t>{u'A', u'国', u'é'}));
  EXPECT_TRUE(decode_bmp_utf8("").empty());
  EXPECT_EQ(decode_bmp_utf8("\xEF\xBF\xBD"), (std::vector<char16_t>{0xFFFD}));
}

TEST(DecodeBmpUtf8, RejectsCharactersAboveTheBmp) {
  try {
    decode_bmp_utf8("ok 😀");
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("U+1F600"), std::string::npos) << e.what();
  }
}

TEST(DecodeBmpUtf8, RejectsMalformedUtf8) {
  EXPECT_THROW(decode_bmp_utf8("\xE5\x9B"), std::runtime_error);      // truncated
  EXPECT_THROW(decode_bmp_utf8("\xC0\xAF"), std::runtime_error);      // overlong
  EXPECT_THROW(decode_bmp_utf8("\xED\xA0\x80"), std::runtime_error);  // surrogate
  EXPECT_THROW(decode_bmp_utf8("a\x80"), std::runtime_error);         // stray continuation
  EXPECT_THROW(decode_bmp_utf8("\xE5\x41\x41"), std::runtime_error);  // bad continuation
}

TEST(PlanFonts, SharesOneEmbeddedFontPerFileAndCollectsCharacters) {
  FontPlan plan = plan_fonts(sample_pages());
  ASSERT_EQ(plan.embedded.size(), 3u);
  EXPECT_EQ(plan.embedded_of_font, (std::vector<int>{0, 1, 2, 0}));  // fake bold shares Regular
  EXPECT_TRUE(plan.embedded[0].code_points.count(u'国'));
  EXPECT_TRUE(plan.embedded[0].code_points.count(u'的'));
  EXPECT_TRUE(plan.embedded[2].code_points.count(u'Ç'));
  EXPECT_FALSE(plan.embedded[2].code_points.count(u'国'));
}

TEST(PercentEncodeUri, EncodesNonAsciiAndSpacesOnly) {
  EXPECT_EQ(percent_encode_uri("mailto:zhangsan@example.com"), "mailto:zhangsan@example.com");
  EXPECT_EQ(percent_encode_uri("https://example.com/简历 v2?a=1&b=%20#x"),
            "https://example.com/%E7%AE%80%E5%8E%86%20v2?a=1&b=%20#x");
  EXPECT_EQ(percent_encode_uri("a\"b<c>"), "a%22b%3Cc%3E");
}

TEST(ToUnicodeCmap, MapsEveryRowThatHoldsACodeToItself) {
  std::string cmap = to_unicode_cmap({u' ', u'A', u'B', u'C', u'国'});
  EXPECT_NE(cmap.find("2 beginbfrange\n<0000> <00FF> <0000>\n<5600> <56FF> <5600>\nendbfrange\n"),
            std::string::npos)
      << cmap;
  EXPECT_EQ(cmap.find("bfchar"), std::string::npos);
  EXPECT_EQ(cmap.find("cidrange"), std::string::npos);
  EXPECT_NE(cmap.find("/Ordering (UCS)"), std::string::npos);
  EXPECT_NE(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange"),
            std::string::npos);
}

TEST(ToUnicodeCmap, RangesStayInsideARowAndBlocksHoldAHundred) {
  // A bfrange may only vary the last byte: 00FF and 0100 are in different rows.
  EXPECT_NE(to_unicode_cmap({0x00FE, 0x00FF, 0x0100, 0x0101})
                .find("<0000> <00FF> <0000>\n<0100> <01FF> <0100>"),
            std::string::npos);
  std::set<char16_t> rows;
  for (unsigned row = 0x20; row < 0x20 + 150; ++row)
    rows.insert(static_cast<char16_t>(row << 8 | 7));
  std::string cmap = to_unicode_cmap(rows);
  EXPECT_NE(cmap.find("100 beginbfrange"), std::string::npos);
  EXPECT_NE(cmap.find("50 beginbfrange"), std::string::npos);
  EXPECT_EQ(cmap.find("101 beginbfrange"), std::string::npos);
}

TEST(ToUnicodeCmap, TheSameCodesGiveTheSameBytes) {
  EXPECT_EQ(to_unicode_cmap({u'简', u'历'}), to_unicode_cmap({u'历', u'简'}));
}

TEST(SubsetFont, IsSmallAndStillATrueTypeFont) {
  std::string subset = subset_font(kWenKai, 0, {u'国', u'简', u'历'});
  EXPECT_LT(subset.size(), 20u * 1024u);  // the whole font is about 15 MB
  EXPECT_EQ(subset.substr(0, 4), std::string("\0\1\0\0", 4));
  EXPECT_EQ(subset_font(kWenKai, 0, {u'国', u'简', u'历'}), subset);  // deterministic
}

TEST(SubsetFont, UnreadableOrWrongFontsAreInputErrors) {
  EXPECT_THROW(subset_font("/nonexistent/font.ttf", 0, {u'a'}), model::InputError);
  EXPECT_THROW(subset_font("/etc/hostname", 0, {u'a'}), model::InputError);
  EXPECT_THROW(subset_font(kNotoSerif, 3, {u'a'}), model::InputError);  // no face 3
}

// Every code point of the BMP as libharu maps it in a font loaded from `path`, with or without
// index_cmap_for_haru.
std::vector<HPDF_UINT16> haru_glyphs(const std::string& path, bool indexed) {
  HaruDocument doc;
  const char* name = doc.check(HPDF_LoadTTFontFromFile(doc.get(), path.c_str(), HPDF_TRUE),
                               "HPDF_LoadTTFontFromFile");
  if (indexed) EXPECT_TRUE(index_cmap_for_haru(doc.get(), name));
  HPDF_FontDef def = HPDF_GetFontDef(doc.get(), name);
  std::vector<HPDF_UINT16> glyphs;
  for (unsigned code = 0; code <= 0xFFFF; ++code)
    glyphs.push_back(HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(code)));
  return glyphs;
}

TEST(IndexCmapForHaru, GivesLibharuTheSameGlyphForEveryCodePoint) {
  std::set<char16_t> text;
  for (char16_t c : std::u16string(u"简历 Résumé 2024年，北京大学（硕士）—“引号”・½"))
    text.insert(c);
  for (const std::string& source : {kWenKai, kNotoSerif}) {
    TemporaryFile subset(subset_font(source, 0, text));
    std::vector<HPDF_UINT16> before = haru_glyphs(subset.path(), false);
    EXPECT_EQ(haru_glyphs(subset.path(), true), before) << source;
    EXPECT_NE(before[u'简'] + before[u'R'], 0) << source;  // the fonts do map something
  }
}

TEST(IndexCmapForHaru, LeavesUnknownFontsAlone) {
  HaruDocument doc;
  EXPECT_FALSE(index_cmap_for_haru(doc.get(), "NoSuchFont"));
  doc.check("after index_cmap_for_haru");
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
  std::string subset = subset_font(kWenKai, 0, {u'国', u'简', u'历'});
  ASSERT_TRUE(table_tags(subset).count("cmap"));
  std::string stripped = strip_for_embedding(subset);
  std::set<std::string> tags = table_tags(stripped);
  for (const char* needed : {"head", "hhea", "loca", "maxp", "glyf", "hmtx"})
    EXPECT_TRUE(tags.count(needed)) << needed;
  for (const char* dropped : {"cmap", "name", "post", "OS/2"})
    EXPECT_FALSE(tags.count(dropped)) << dropped;
  EXPECT_LT(stripped.size(), subset.size());
  EXPECT_EQ(stripped.substr(0, 4), std::string("\0\1\0\0", 4));
  EXPECT_THROW(strip_for_embedding("not a font"), std::runtime_error);
}

TEST(TemporaryFile, HoldsTheBytesAndIsRemovedAfterwards) {
  std::string path;
  {
    TemporaryFile file("hello");
    path = file.path();
    EXPECT_EQ(slurp(path), "hello");
  }
  EXPECT_NE(access(path.c_str(), F_OK), 0);
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

TEST(MendPdf, RejectsBytesThatAreNotAPdf) { EXPECT_ANY_THROW(mend_pdf("not a pdf", {})); }

}  // namespace
}  // namespace jianli::pdf
