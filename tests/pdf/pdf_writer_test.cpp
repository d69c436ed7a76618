// Renders a hand-built page set and checks the PDF from the outside, as a reader would:
// poppler (pdftotext, pdffonts, pdfinfo, pdftoppm), qpdf --check and pypdf.
#include "pdf/pdf_writer.h"

#include <gtest/gtest.h>
#include <hb.h>

#include <chrono>
#include <map>
#include <regex>

#include "../throws.h"
#include "pdf_test_support.h"

namespace jianli::pdf {
namespace {

using namespace testing;
using test::throws;

class RenderedSample : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto start = std::chrono::steady_clock::now();
    bytes_ = new std::string(render_pdf(sample_pages()));
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now() - start)
                  .count();
    std::printf("render_pdf(sample_pages()): %lld ms, %zu bytes\n", static_cast<long long>(ms),
                bytes_->size());
    pdf_ = new TempPdf(*bytes_);
  }
  static void TearDownTestSuite() {
    delete pdf_;
    delete bytes_;
  }
  static const std::string& path() { return pdf_->path(); }

  static std::string* bytes_;
  static TempPdf* pdf_;
};
std::string* RenderedSample::bytes_ = nullptr;
TempPdf* RenderedSample::pdf_ = nullptr;

TEST_F(RenderedSample, TextExtractsWithoutWarnings) {
  SplitResult text = run_split("pdftotext -enc UTF-8 '" + path() + "' -");
  ASSERT_EQ(text.status, 0) << text.err;
  // libharu's own ToUnicode CMap makes poppler warn "Invalid 'begincidrange' operator".
  EXPECT_EQ(text.err, "");
  for (size_t i = 0; i < kHanParagraph.size(); i += 3) {
    std::string han = kHanParagraph.substr(i, 3);
    EXPECT_NE(text.out.find(han), std::string::npos) << "missing " << han;
  }
  EXPECT_NE(text.out.find(kHanParagraph.substr(0, 120)), std::string::npos);
  EXPECT_NE(text.out.find("Café Zürich Ça"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Software engineer, mailto link"), std::string::npos);
  EXPECT_NE(text.out.find("软件工程师，负责开发。"), std::string::npos);
  EXPECT_NE(text.out.find("工作经历"), std::string::npos);
  EXPECT_NE(text.out.find("思源宋体的简历。"), std::string::npos);  // the CFF face
}

TEST_F(RenderedSample, FontsAreEmbeddedSubsetsWithUnicodeMaps) {
  SplitResult fonts = run_split("pdffonts '" + path() + "'");
  ASSERT_EQ(fonts.status, 0) << fonts.err;
  EXPECT_EQ(fonts.err, "");
  std::istringstream lines(fonts.out);
  std::string line;
  std::getline(lines, line);  // header
  std::getline(lines, line);  // ----
  std::regex row(
      R"(^[A-Z]{6}\+(\S+)\s+(CID TrueType|CID Type 0C)\s+Identity-H\s+yes\s+yes\s+yes\s+\d+\s+0\s*$)");
  std::map<std::string, std::string> types;
  while (std::getline(lines, line)) {
    std::smatch m;
    if (std::regex_match(line, m, row))
      types[m[1]] = m[2];
    else
      ADD_FAILURE() << line;
  }
  // WenKai Regular (also drawn as synthetic bold: one font), WenKai Bold, Noto Serif, and
  // Noto Serif CJK SC as CFF.
  EXPECT_EQ(types, (std::map<std::string, std::string>{{"LXGWWenKai-Bold", "CID TrueType"},
                                                       {"LXGWWenKai-Regular", "CID TrueType"},
                                                       {"NotoSerif-Regular", "CID TrueType"},
                                                       {"NotoSerifCJKsc-Regular", "CID Type 0C"}}))
      << fonts.out;
}

TEST_F(RenderedSample, QpdfCheckPasses) {
  SplitResult check = run_split("qpdf --check '" + path() + "'");
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("No syntax or stream encoding errors"), std::string::npos);
  EXPECT_EQ(check.out.find("WARNING"), std::string::npos) << check.out;
  EXPECT_EQ(check.err, "");
}

TEST_F(RenderedSample, InfoTitleAuthorAndPageSizes) {
  SplitResult info = run_split("pdfinfo -f 1 -l 2 '" + path() + "'");
  ASSERT_EQ(info.status, 0) << info.err;
  EXPECT_EQ(info.err, "");
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Title: +简历 — 张三\n"))) << info.out;
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Author: +张三\n"))) << info.out;
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Subject: +求职\n"))) << info.out;
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Creator: +jianli\n"))) << info.out;
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Pages: +2\n"))) << info.out;
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Page +1 size: +595\\.27\\d* x 841\\.89")));
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Page +2 size: +595\\.27\\d* x 841\\.89")));
  // No creation or modification date: they would break byte-identical output.
  EXPECT_EQ(info.out.find("CreationDate"), std::string::npos);
  EXPECT_EQ(info.out.find("ModDate"), std::string::npos);
}

// pypdf reads the structures poppler's tools do not print. Debian's python3-pypdf lives with
// /usr/bin/python3, which a python3 earlier on PATH (pyenv) may not see.
std::string pypdf(const std::string& path, const std::string& script) {
  SplitResult r =
      run_split("/usr/bin/python3 -c 'import sys, pypdf\nr = pypdf.PdfReader(sys.argv[1])\n" +
                script + "' '" + path + "'");
  EXPECT_EQ(r.status, 0) << r.err;
  return r.out;
}

TEST_F(RenderedSample, MailtoLinkWithoutBorder) {
  std::string out = pypdf(path(),
                          "for p in r.pages:\n"
                          "  for a in p.get(\"/Annots\") or []:\n"
                          "    a = a.get_object()\n"
                          "    print(a[\"/Subtype\"], a[\"/A\"][\"/S\"], a[\"/A\"][\"/URI\"], "
                          "list(a[\"/Border\"]))");
  EXPECT_EQ(out, "/Link /URI mailto:zhangsan@example.com [0, 0, 0]\n");
}

TEST_F(RenderedSample, OutlineHasBothSectionsAndOpensThePanel) {
  std::string out =
      pypdf(path(),
            "for o in r.outline:\n"
            "  print(o.title, r.get_destination_page_number(o))\n"
            "print(r.trailer[\"/Root\"][\"/PageMode\"], r.trailer[\"/Root\"][\"/Lang\"])");
  EXPECT_EQ(out, "简历 0\n工作经历 1\n/UseOutlines zh-CN\n");
}

TEST_F(RenderedSample, EachPageNamesTheFontsItsTextUsesOnce) {
  std::string out = pypdf(path(),
                          "for p in r.pages:\n"
                          "  f = p[\"/Resources\"][\"/Font\"]\n"
                          "  print(sorted(str(f[k][\"/BaseFont\"])[8:] for k in f))");
  // Page 1: WenKai Regular (also as synthetic bold), WenKai Bold, Noto Serif; page 2: WenKai
  // Bold and Regular, and the CFF face.
  EXPECT_EQ(out,
            "['LXGWWenKai-Bold', 'LXGWWenKai-Regular', 'NotoSerif-Regular']\n"
            "['LXGWWenKai-Bold', 'LXGWWenKai-Regular', 'NotoSerifCJKsc-Regular']\n");
}

TEST_F(RenderedSample, SameInputGivesIdenticalBytes) {
  EXPECT_EQ(render_pdf(sample_pages()), *bytes_);
}

TEST_F(RenderedSample, SubsettingKeepsTheFileSmall) {
  // 200 distinct Han characters, three fonts: without hb-subset this is several hundred KB.
  EXPECT_LT(bytes_->size(), 150u * 1024u);
}

TEST_F(RenderedSample, BigGlyphsHaveInk) {
  GreyImage page = render_page(path(), 1);
  ASSERT_EQ(page.width, 596);  // 595.276 pt, rounded up
  // A 40 pt 国 with its baseline at y = 700: the square 102..138 x 700..734.
  EXPECT_GT(page.dark_pixels(102, 700, 138, 734), 150) << "regular 国";
  int fake_bold = page.dark_pixels(202, 700, 238, 734);
  EXPECT_GT(fake_bold, page.dark_pixels(102, 700, 138, 734)) << "synthetic bold should be darker";
  EXPECT_GT(page.dark_pixels(302, 700, 338, 734), 150) << "bold 国";
  // Nothing drawn between the glyphs.
  EXPECT_EQ(page.dark_pixels(150, 690, 190, 750), 0);
}

TEST_F(RenderedSample, CompositeAccentsKeepTheirParts) {
  // "Café Zürich Ça" at 40 pt from x = 100 on the baseline y = 620. Each accented letter is a
  // composite glyph; a dropped part shows as a missing accent or cedilla, not a blank.
  GreyImage page = render_page(path(), 1);
  // Accents sit above the x-height (about 21 pt); capitals C, Z reach 28 pt, so look only
  // where é and ü are: find the columns from text positions measured with pdftotext -bbox.
  SplitResult bbox = run_split("pdftotext -bbox -f 1 -l 1 '" + path() + "' -");
  std::map<std::string, std::array<double, 4>> box;  // xMin, yMin, xMax, yMax of each word
  for (const std::string word : {"Café", "Zürich", "Ça"}) {
    std::smatch m;
    std::regex re("xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">" +
                  word + "<");
    ASSERT_TRUE(std::regex_search(bbox.out, m, re)) << word << " in\n" << bbox.out;
    box[word] = {std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])};
  }
  const auto& cafe = box["Café"];
  // The last quarter of "Café" is é: ink above the x-height (y > 620 + 22) is the acute.
  double e_left = cafe[2] - (cafe[2] - cafe[0]) / 4.5;
  EXPECT_GT(page.dark_pixels(e_left, 620 + 23, cafe[2], 620 + 38), 10) << "acute of é";
  const auto& zurich = box["Zürich"];
  double u_left = zurich[0] + (zurich[2] - zurich[0]) * 0.2, u_right = u_left + 20;
  EXPECT_GT(page.dark_pixels(u_left, 620 + 23, u_right, 620 + 34), 10) << "dieresis of ü";
  const auto& ca = box["Ça"];
  double c_right = ca[0] + (ca[2] - ca[0]) * 0.55;
  EXPECT_GT(page.dark_pixels(ca[0], 620 - 12, c_right, 620 - 2), 10) << "cedilla of Ç";
}

// Noto Serif's ½ is a composite whose numerator and denominator are composites themselves;
// libharu follows one level only, and without flattening ½ prints as a lone fraction slash.
TEST(RenderPdf, NestedCompositeGlyphsKeepAllParts) {
  model::PageSet set;
  set.fonts = {{kNotoSerif, 0, "Noto Serif", false}};
  set.pages.resize(1);
  set.pages[0].runs.push_back(run(100, 600, "½", 0, 100));
  set.pages[0].runs.push_back(run(300, 600, "⁄", 0, 100));  // U+2044, the slash alone
  set.pages[0].runs.push_back(run(100, 400, "Ḉ", 0, 100));  // C + cedilla + acute, nested
  set.pages[0].runs.push_back(run(300, 400, "C", 0, 100));
  TempPdf pdf(render_pdf(set));
  GreyImage page = render_page(pdf.path(), 1);
  int fraction = page.dark_pixels(90, 560, 200, 700);
  int slash = page.dark_pixels(290, 560, 400, 700);
  EXPECT_GT(slash, 50);
  EXPECT_GT(fraction, 3 * slash) << "½ lost its digits";
  int c_with_marks = page.dark_pixels(90, 360, 200, 520);
  int plain_c = page.dark_pixels(290, 360, 400, 520);
  EXPECT_GT(c_with_marks, plain_c + 100) << "Ḉ lost its cedilla or acute";
  std::string text = run_split("pdftotext '" + pdf.path() + "' -").out;
  for (const char* ch : {"½", "⁄", "Ḉ"}) EXPECT_NE(text.find(ch), std::string::npos) << ch;
}

// A one-page set of single runs, each in its own font file.
model::PageSet runs_in(const std::vector<std::pair<std::string, model::TextRun>>& runs) {
  model::PageSet set;
  set.pages.resize(1);
  for (const auto& [path, r] : runs) {
    set.fonts.push_back({path, 0, path, false});
    set.pages[0].runs.push_back(r);
    set.pages[0].runs.back().font = static_cast<int>(set.fonts.size()) - 1;
  }
  return set;
}

model::TextRun glyph_run(double x, double y, const text::Face& face, char32_t c, double size) {
  std::string bytes = text::to_utf8(std::u32string(1, c));
  model::TextRun r{x, y, 0, bytes, {{face.glyph(c), 0, 0, 0, static_cast<uint32_t>(bytes.size())}}};
  r.size = size;
  return r;
}

TEST(RenderPdf, CharactersBeyondTheBmpAreDrawnAndExtract) {
  const char* hana = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf";
  const char* symbola = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf";
  text::Face ext_b(hana, 0), symbols(symbola, 0);
  ASSERT_NE(ext_b.glyph(U'𠀀'), 0u);
  model::PageSet set = runs_in({{hana, glyph_run(100, 600, ext_b, U'𠀀', 60)},
                                {symbola, glyph_run(300, 600, symbols, U'✉', 60)},
                                {symbola, glyph_run(100, 400, symbols, U'😀', 60)}});
  TempPdf pdf(render_pdf(set));
  GreyImage page = render_page(pdf.path(), 1);
  EXPECT_GT(page.dark_pixels(95, 590, 170, 670), 100) << "𠀀";
  EXPECT_GT(page.dark_pixels(295, 590, 370, 670), 100) << "✉";
  EXPECT_GT(page.dark_pixels(95, 390, 170, 470), 100) << "😀";
  std::string text = run_split("pdftotext '" + pdf.path() + "' -").out;
  for (const char* ch : {"𠀀", "✉", "😀"}) EXPECT_NE(text.find(ch), std::string::npos) << ch;
}

TEST(RenderPdf, ALigatureCopiesAsItsLettersAndOneGlyphAsTwoTexts) {
  const text::Face& serif = face_of(kLatin);
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_add_utf8(buffer, "fi", -1, 0, -1);
  hb_buffer_guess_segment_properties(buffer);
  hb_shape(serif.hb(), buffer, nullptr, 0);
  ASSERT_EQ(hb_buffer_get_length(buffer), 1u) << "Noto Serif sets fi as one glyph";
  uint32_t fi = hb_buffer_get_glyph_infos(buffer, nullptr)[0].codepoint;
  hb_buffer_destroy(buffer);
  // "fi" as the ligature, then the capital O twice: once for "O", once for a typed "o".
  model::TextRun r{100, 600, 0, "fiOo", {}, 0, 40};
  const float o = static_cast<float>(serif.glyph_advance(fi) * 40);
  const float o2 = o + static_cast<float>(serif.glyph_advance(serif.glyph(U'O')) * 40);
  r.glyphs = {{fi, 0, 0, 0, 2}, {serif.glyph(U'O'), o, 0, 2, 1}, {serif.glyph(U'O'), o2, 0, 3, 1}};
  model::PageSet set = runs_in({{kNotoSerif, r}});
  TempPdf pdf(render_pdf(set));
  std::string text = run_split("pdftotext '" + pdf.path() + "' -").out;
  EXPECT_EQ(text.substr(0, 4), "fiOo") << text;
  GreyImage page = render_page(pdf.path(), 1);
  // The capital drawn where "o" was typed: as tall as the first O.
  EXPECT_GT(page.dark_pixels(100 + o2, 620, 100 + o2 + 25, 628), 20);
}

TEST(RenderPdf, UnknownFontIndexThrows) {
  model::PageSet set = sample_pages();
  set.pages[0].runs.push_back(run(56, 700, "x", 9, 11));
  EXPECT_TRUE(throws<std::runtime_error>([&] { render_pdf(set); },
                                         "names font 9, but only 5 fonts are listed"));
}

TEST(RenderPdf, MissingFontFileThrowsNamingIt) {
  model::PageSet set = sample_pages();
  set.fonts[kLatin].path = "/nonexistent/NoSuchFont.ttf";
  try {
    render_pdf(set);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/NoSuchFont.ttf"), std::string::npos);
  }
}

TEST(RenderPdf, EmptyPageSetStillMakesAValidPdf) {
  model::PageSet set;
  set.pages.resize(1);
  TempPdf pdf(render_pdf(set));
  SplitResult check = run_split("qpdf --check '" + pdf.path() + "'");
  EXPECT_EQ(check.status, 0) << check.out << check.err;
}

}  // namespace
}  // namespace jianli::pdf
