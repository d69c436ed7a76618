// Unit tests for the PDF backend's parts: UTF-8 decoding, font planning, URI encoding,
// ToUnicode CMaps, hb-subset and libharu error messages.
#include <gtest/gtest.h>
#include <unistd.h>

#include <stdexcept>

#include "model/error.h"
#include "pdf/font_subset.h"
#include "pdf/font_usage.h"
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

TEST(ToUnicodeCmap, MapsEachCodeToItselfWithRangesAndChars) {
  std::string cmap = to_unicode_cmap({u' ', u'A', u'B', u'C', u'国'});
  EXPECT_NE(cmap.find("1 beginbfrange\n<0041> <0043> <0041>\nendbfrange\n"), std::string::npos)
      << cmap;
  EXPECT_NE(cmap.find("2 beginbfchar\n<0020> <0020>\n<56FD> <56FD>\nendbfchar\n"),
            std::string::npos)
      << cmap;
  EXPECT_EQ(cmap.find("cidrange"), std::string::npos);
  EXPECT_NE(cmap.find("/Ordering (UCS)"), std::string::npos);
}

TEST(ToUnicodeCmap, RangesStopAtHighByteAndBlocksAtHundredEntries) {
  EXPECT_NE(to_unicode_cmap({0x00FE, 0x00FF, 0x0100, 0x0101})
                .find("<00FE> <00FF> <00FE>\n<0100> <0101> <0100>"),
            std::string::npos);
  std::set<char16_t> spaced;
  for (char16_t c = 0x4E00; c < 0x4E00 + 2 * 250; c += 2) spaced.insert(c);  // 250 singles
  std::string cmap = to_unicode_cmap(spaced);
  EXPECT_NE(cmap.find("100 beginbfchar"), std::string::npos);
  EXPECT_NE(cmap.find("50 beginbfchar"), std::string::npos);
  EXPECT_EQ(cmap.find("101 beginbfchar"), std::string::npos);
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

TEST(TemporaryFile, HoldsTheBytesAndIsRemovedAfterwards) {
  std::string path;
  {
    TemporaryFile file("hello");
    path = file.path();
    EXPECT_EQ(read_file(path), "hello");
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
