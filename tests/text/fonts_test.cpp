// Fonts as a user meets them: the family asked for is the family used, bold is bold
// (or visibly emboldened), a missing font says what to install, and mixed
// Chinese/English text is set in the right face character by character.
#include "text/fonts.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "../throws.h"
#include "model/error.h"

namespace jianli::text {

// For EXPECT_EQ on run lists; found by argument-dependent lookup.
bool operator==(const FontRun& a, const FontRun& b) {
  return a.begin == b.begin && a.end == b.end && a.font == b.font;
}
void PrintTo(const FontRun& run, std::ostream* out) {
  *out << "[" << run.begin << "," << run.end << ")->" << run.font;
}

namespace {

namespace fs = std::filesystem;
using test::throws;

const std::string kPackages = JIANLI_SOURCE_DIR "/fonts/packages.yaml";
const std::string kWenKaiRegular = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";

std::string file_name(const Face* face) { return fs::path(face->path()).filename().string(); }

// A fresh folder under the system temp dir, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    path_ =
        fs::temp_directory_path() /
        ("jianli-fonts-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

FontLibrary system_fonts() { return FontLibrary({}, kPackages); }

// Writes the smallest OpenType file fonts can be told apart by: a name table that
// names `family` and a CFF table instead of TrueType glyf outlines, like Noto CJK.
// A font whose only outlines are CFF2 (variable), which no PDF can embed.
void write_cff2_only_font(const fs::path& path, const std::string& family) {
  std::string out;
  auto u16 = [&](unsigned v) { out += static_cast<char>(v >> 8), out += static_cast<char>(v); };
  auto u32 = [&](unsigned v) { u16(v >> 16), u16(v & 0xFFFF); };
  const unsigned name_length = 18 + 2 * family.size();
  out += "OTTO";
  u16(2), u16(32), u16(1), u16(0);         // two tables
  out += "CFF2", u32(0), u32(44), u32(4);  // tag, checksum, offset, length
  out += "name", u32(0), u32(48), u32(name_length);
  out += std::string("\x02\x00\x05\x00", 4);                           // a CFF2 header, no glyphs
  u16(0), u16(1), u16(18);                                             // name: format 0, one record
  u16(3), u16(1), u16(0x409), u16(1), u16(2 * family.size()), u16(0);  // Windows, en, family
  for (char c : family) u16(static_cast<unsigned char>(c));            // UTF-16BE, ASCII only
  std::ofstream(path, std::ios::binary) << out;
}

TEST(FontLibrary, FindsLxgwWenKaiByFamilyName) {
  FontLibrary fonts = system_fonts();
  auto match = fonts.find("LXGW WenKai", false);
  ASSERT_TRUE(match);
  EXPECT_EQ(file_name(match->face), "LXGWWenKai-Regular.ttf");
  EXPECT_EQ(match->face->family(), "LXGW WenKai");
  EXPECT_FALSE(match->face->is_bold());
  EXPECT_FALSE(match->synthetic_bold);
}

TEST(FontLibrary, FindsLxgwWenKaiByItsChineseName) {
  FontLibrary fonts = system_fonts();
  auto chinese = fonts.find("霞鹜文楷", false);
  ASSERT_TRUE(chinese) << "fontconfig does not know the localized name";
  EXPECT_EQ(chinese->face, fonts.find("LXGW WenKai", false)->face);  // same file, loaded once
}

TEST(FontLibrary, FamilyNamesIgnoreCase) {
  FontLibrary fonts = system_fonts();
  auto match = fonts.find("lxgw wenkai", false);
  ASSERT_TRUE(match);
  EXPECT_EQ(file_name(match->face), "LXGWWenKai-Regular.ttf");
}

TEST(FontLibrary, BoldIsTheBoldFile) {
  FontLibrary fonts = system_fonts();
  auto regular = fonts.find("LXGW WenKai", false);
  auto bold = fonts.find("LXGW WenKai", true);
  ASSERT_TRUE(regular && bold);
  EXPECT_NE(regular->face->path(), bold->face->path());
  EXPECT_EQ(file_name(bold->face), "LXGWWenKai-Bold.ttf");
  EXPECT_TRUE(bold->face->is_bold());
  EXPECT_FALSE(bold->synthetic_bold);
}

TEST(FontLibrary, RegularOnlyFamilyGetsSyntheticBold) {
  // Noto Music (fonts-noto-core) ships a Regular face only.
  FontLibrary fonts = system_fonts();
  if (!fonts.find("Noto Music", false)) GTEST_SKIP() << "Noto Music is not installed";
  auto bold = fonts.find("Noto Music", true);
  ASSERT_TRUE(bold);
  EXPECT_EQ(bold->face, fonts.find("Noto Music", false)->face);
  EXPECT_FALSE(bold->face->is_bold());
  EXPECT_TRUE(bold->synthetic_bold);
}

TEST(FontLibrary, DoesNotSubstituteAnotherFamily) {
  FontLibrary fonts = system_fonts();
  EXPECT_FALSE(fonts.find("No Such Font", false));
  EXPECT_FALSE(fonts.find("No Such Font", true));
  // A prefix of an installed family is not that family.
  EXPECT_FALSE(fonts.find("LXGW", false));
}

TEST(FontLibrary, RequireOfUnknownFamilySaysWhatToDo) {
  FontLibrary fonts = system_fonts();
  try {
    fonts.require("No Such Font", false);
    FAIL() << "expected an InputError";
  } catch (const model::InputError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("\"No Such Font\""), std::string::npos) << message;
    EXPECT_NE(message.find("not installed"), std::string::npos) << message;
    EXPECT_NE(message.find(".ttf"), std::string::npos) << message;
  }
}

TEST(FontLibrary, RequireOfKnownButMissingFamilyNamesTheDebianPackage) {
  FontLibrary fonts = system_fonts();
  if (fonts.find("Droid Sans Fallback", false)) GTEST_SKIP() << "Droid Sans Fallback is installed";
  try {
    fonts.require("Droid Sans Fallback", true);
    FAIL() << "expected an InputError";
  } catch (const model::InputError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("\"Droid Sans Fallback\""), std::string::npos) << message;
    EXPECT_NE(message.find("apt-get install fonts-droid-fallback"), std::string::npos) << message;
  }
}

TEST(FontLibrary, RequireReturnsTheSameFaceAsFind) {
  FontLibrary fonts = system_fonts();
  EXPECT_EQ(fonts.require("LXGW WenKai", true).face, fonts.find("LXGW WenKai", true)->face);
}

TEST(FontLibrary, BrokenPackageListIsAnInputError) {
  TempDir dir;
  std::ofstream(dir.path() / "packages.yaml") << "- just\n- a list\n";
  EXPECT_TRUE(
      throws<model::InputError>([&] { FontLibrary({}, (dir.path() / "packages.yaml").string()); },
                                "expected a map of font family: Debian package"));
  EXPECT_TRUE(
      throws<model::InputError>([&] { FontLibrary({}, (dir.path() / "missing.yaml").string()); },
                                "cannot read the font package list: no such file"));
  EXPECT_NO_THROW(FontLibrary({}, ""));
}

TEST(FontLibrary, FontDirIsSearchedBeforeFontconfig) {
  TempDir dir;
  fs::copy_file(kWenKaiRegular, dir.path() / "my-copy.ttf");
  FontLibrary fonts({dir.path().string()}, kPackages);
  auto regular = fonts.find("LXGW WenKai", false);
  ASSERT_TRUE(regular);
  EXPECT_EQ(regular->face->path(), (dir.path() / "my-copy.ttf").string());
  // The folder holds the family's only face, so bold is that face emboldened, not
  // the system's bold file of a possibly different version.
  auto bold = fonts.find("LXGW WenKai", true);
  ASSERT_TRUE(bold);
  EXPECT_EQ(bold->face, regular->face);
  EXPECT_TRUE(bold->synthetic_bold);
  // Families not in the folder still come from fontconfig.
  EXPECT_TRUE(fonts.find("Noto Serif", false));
}

TEST(FontLibrary, FontDirSkipsFilesThatAreNotFonts) {
  TempDir dir;
  std::ofstream(dir.path() / "broken.ttf") << "not a font";
  std::ofstream(dir.path() / "empty.ttc");
  fs::create_directories(dir.path() / "sub");
  fs::copy_file(kWenKaiRegular, dir.path() / "sub" / "wenkai.ttf");
  FontLibrary fonts({dir.path().string(), (dir.path() / "no-such-dir").string()}, kPackages);
  auto match = fonts.find("LXGW WenKai", false);
  ASSERT_TRUE(match);
  EXPECT_EQ(match->face->path(), (dir.path() / "sub" / "wenkai.ttf").string());
}

TEST(FontLibrary, FontWithoutEmbeddableOutlinesIsSkippedAndExplained) {
  TempDir dir;
  write_cff2_only_font(dir.path() / "FakeCff2.otf", "Fake Cff Sans");
  FontLibrary fonts({dir.path().string()}, kPackages);
  EXPECT_FALSE(fonts.find("Fake Cff Sans", false));
  try {
    fonts.require("Fake Cff Sans", false);
    FAIL() << "expected an InputError";
  } catch (const model::InputError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("\"Fake Cff Sans\""), std::string::npos) << message;
    EXPECT_NE(message.find("without TrueType or CFF outlines"), std::string::npos) << message;
  }
}

TEST(FontLibrary, FindsTheScFaceOfTheOpenTypeCffCollection) {  // Noto Serif CJK: CFF in a .ttc
  FontLibrary fonts = system_fonts();
  auto serif = fonts.find("Noto Serif CJK SC", false);
  ASSERT_TRUE(serif);
  EXPECT_EQ(file_name(serif->face), "NotoSerifCJK-Regular.ttc");
  EXPECT_EQ(serif->face->index(), 2);  // JP, KR, SC, TC, HK
  auto bold = fonts.find("Noto Serif CJK SC", true);
  ASSERT_TRUE(bold);
  EXPECT_EQ(file_name(bold->face), "NotoSerifCJK-Bold.ttc");
  EXPECT_FALSE(bold->synthetic_bold);
}

TEST(FontFace, UnreadableFileIsAnInputErrorNamingIt) {
  try {
    Face face("/no/such/font.ttf", 0);
    FAIL() << "expected an InputError";
  } catch (const model::InputError& e) {
    EXPECT_EQ(e.file(), "/no/such/font.ttf");
    EXPECT_NE(std::string(e.what()).find("cannot read font"), std::string::npos);
  }
  EXPECT_TRUE(throws<model::InputError>([] { Face(kWenKaiRegular, 1); },  // a .ttf has one face
                                        "cannot read font: "));
}

TEST(FontFace, HanIsOneEmInWenKai) {
  Face face(kWenKaiRegular, 0);
  EXPECT_TRUE(face.has_glyph(U'汉'));
  EXPECT_NEAR(face.advance(U'汉'), 1.0, 0.02);
  EXPECT_NEAR(face.advance(U'，'), 1.0, 0.02);  // full-width comma
}

TEST(FontFace, LatinAdvancesInNotoSerif) {
  FontLibrary fonts = system_fonts();
  auto serif = fonts.find("Noto Serif", false);
  ASSERT_TRUE(serif);
  const Face& face = *serif->face;
  EXPECT_LT(face.advance(U'i'), face.advance(U'M'));
  EXPECT_GT(face.advance(U'i'), 0.15);
  EXPECT_LT(face.advance(U'M'), 1.0);
  EXPECT_GT(face.advance(U' '), 0.15);
}

TEST(FontFace, MissingGlyphIsReportedAndHasNoAdvance) {
  FontLibrary fonts = system_fonts();
  const Face& serif = *fonts.require("Noto Serif", false).face;
  EXPECT_TRUE(serif.has_glyph(U'A'));
  EXPECT_FALSE(serif.has_glyph(U'\U0001F600'));  // 😀
  EXPECT_FALSE(serif.has_glyph(U'汉'));
  EXPECT_EQ(serif.advance(U'汉'), 0);
}

TEST(FontFace, VerticalMetricsAreSane) {
  Face face(kWenKaiRegular, 0);
  EXPECT_GT(face.ascender(), 0.5);
  EXPECT_LT(face.descender(), 0);
  EXPECT_GT(face.ascender() - face.descender(), 0.9);
  EXPECT_LT(face.ascender() - face.descender(), 1.6);
}

TEST(FontLibrary, RequireIsFastCold) {
  auto start = std::chrono::steady_clock::now();
  FontLibrary fonts = system_fonts();
  fonts.require("LXGW WenKai", false);
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
  RecordProperty("require_ms", std::to_string(ms.count()));
  EXPECT_LT(ms.count(), 500) << "finding one font took " << ms.count() << " ms";
}

// ---------------------------------------------------------------------------

class Itemize : public ::testing::Test {
 protected:
  void SetUp() override {
    auto serif = fonts_.find("Noto Serif", false);
    auto wenkai = fonts_.find("LXGW WenKai", false);
    ASSERT_TRUE(serif && wenkai);
    chain_ = {*serif, *wenkai};
  }
  std::vector<FontRun> runs(std::u32string_view text) { return itemize(text, chain_); }

  FontLibrary fonts_ = system_fonts();
  std::vector<FontMatch> chain_;
};

constexpr int kSerif = 0, kWenKai = 1;

TEST_F(Itemize, HanGoesToWenKaiLatinToSerifSpacesStayInTheirRun) {
  // 大模型 | infra_&_ | 分布式   (the spaces stay in the Latin run before them)
  std::vector<FontRun> expected = {{0, 3, kWenKai}, {3, 11, kSerif}, {11, 14, kWenKai}};
  EXPECT_EQ(runs(U"大模型infra & 分布式"), expected);
}

TEST_F(Itemize, SpaceBetweenHanStaysInTheHanRun) {
  std::vector<FontRun> expected = {{0, 5, kWenKai}};
  EXPECT_EQ(runs(U"中文 中文"), expected);
}

TEST_F(Itemize, LeadingSpaceJoinsTheFirstRun) {
  std::vector<FontRun> expected = {{0, 3, kWenKai}};
  EXPECT_EQ(runs(U"  中"), expected);
}

TEST_F(Itemize, CharacterNoFontHasIsMinusOne) {
  std::vector<FontRun> expected = {{0, 1, kSerif}, {1, 3, -1}, {3, 4, kSerif}};
  EXPECT_EQ(runs(U"a\U0010FFFD\U0010FFFCb"), expected);
}

TEST_F(Itemize, InvisibleCharactersStayInTheRun) {
  // Zero-width space, a variation selector and a combining acute accent.
  EXPECT_EQ(runs(U"ab\u200Bc\uFE0Fe\u0301"), std::vector<FontRun>({{0, 7, kSerif}}));
  EXPECT_EQ(runs(U"中\u200B文"), std::vector<FontRun>({{0, 3, kWenKai}}));
}

TEST_F(Itemize, PunctuationFollowsCoverageNotTheNeighbour) {
  // The full-width comma is only in WenKai; the ASCII period is in the first face.
  std::vector<FontRun> expected = {{0, 1, kSerif}, {1, 3, kWenKai}, {3, 4, kSerif}};
  EXPECT_EQ(runs(U"A，中."), expected);
}

TEST_F(Itemize, EmptyTextHasNoRuns) { EXPECT_TRUE(runs(U"").empty()); }

}  // namespace
}  // namespace jianli::text
