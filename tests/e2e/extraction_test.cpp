// What text extractors give back from jianli's PDFs (docs/extraction.md): the text as typed.
#include <gtest/gtest.h>

#include <regex>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

const std::string kSource = JIANLI_SOURCE_DIR;

class ExtractionTest : public ScratchDirTest {
 protected:
  std::string render(const std::string& file, const std::string& layout) {
    const std::string pdf = path(layout + ".pdf");
    SplitResult r =
        run_split(jianli() + " " + kSource + "/" + file + " -l " + layout + " -o " + pdf);
    EXPECT_EQ(r.status, 0) << r.err;
    return pdf;
  }
};

// The quarter em between Han and Latin is positioning: an ActualText span over it gives poppler
// the text as typed, "1990年", where it read "1990 年".
TEST_F(ExtractionTest, TheHanLatinGapIsNoSpaceForPoppler) {
  for (const char* layout : {"classic", "sidebar"}) {
    const std::string pdf = render("resume.md", layout);
    for (const char* options : {"", "-raw "}) {
      const std::string text = run(std::string("pdftotext -enc UTF-8 ") + options + pdf + " -").out;
      EXPECT_NE(text.find("1990年"), std::string::npos) << layout << " " << options << text;
      EXPECT_EQ(text.find("1990 年"), std::string::npos) << layout << " " << options;
      EXPECT_NE(text.find("大模型infra"), std::string::npos) << layout << " " << options;
    }
  }
}

// MuPDF and pypdf take a gap for a space from the pen, not from ActualText: the gap is carried
// by a copy of the Latin glyph beside it whose advance holds it (src/pdf/gap_carriers.h), so
// they too read the text as typed. Before, mutool read 95 and pypdf 85 such spaces in the seed.
// kai draws Han and Latin with one font, the others with two.
TEST_F(ExtractionTest, TheHanLatinGapIsNoSpaceForMuPdfOrPypdf) {
  for (const char* layout : {"classic", "sidebar", "kai"}) {
    const std::string pdf = render("resume.md", layout);
    const std::string mutool = run("mutool draw -q -F txt " + pdf).out;
    const std::string pypdf =
        run("/usr/bin/python3 -c \"import pypdf,sys; "
            "print('\\n'.join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))\" " +
            pdf)
            .out;
    for (const std::string* text : {&mutool, &pypdf}) {
      for (const char* typed :
           {"1990年", "大模型infra", "MoE加速", "GPU训练框架", "基于Lambda架构"})
        EXPECT_NE(text->find(typed), std::string::npos) << layout << ": " << typed << "\n" << *text;
      EXPECT_EQ(text->find("1990 年"), std::string::npos) << layout;
    }
  }
}

// pypdf 3 reads a TJ adjustment of half a space either way as a space, and starts a line only
// where the text moves down; pdftotext -raw starts a word where a glyph is drawn back over the
// one before. Compressed punctuation, a justified line between Han characters and the side
// column drawn after the main one read as typed (docs/extraction.md).
TEST_F(ExtractionTest, PunctuationJustificationAndColumnsReadAsTypedByPypdfAndRawPoppler) {
  const std::string pypdf_script =
      "/usr/bin/python3 -c \"import pypdf,sys; "
      "print('\\n'.join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))\" ";
  const std::string classic = render("resume.md", "classic");
  const std::string sidebar = render("resume.md", "sidebar");
  for (const std::string* pdf : {&classic, &sidebar}) {
    const std::string pypdf = run(pypdf_script + *pdf).out;
    const std::string raw = run("pdftotext -raw -enc UTF-8 " + *pdf + " -").out;
    for (const std::string* text : {&pypdf, &raw}) {
      EXPECT_NE(text->find("（H20/昇腾）。"), std::string::npos) << *pdf << "\n" << *text;
      EXPECT_NE(text->find("EPS-MoE）、量化压缩"), std::string::npos) << *pdf;
    }
  }
  const std::string pypdf = run(pypdf_script + sidebar).out;
  EXPECT_NE(pypdf.find("文本大模型方向：模型Efficient方向，通过算法-工程协同设计"),
            std::string::npos)
      << pypdf;
  EXPECT_EQ(pypdf.find("。1990年"), std::string::npos);  // the side column on a line of its own
}

// A line broken after the hard hyphen of a compound ("end-|to-end", in sidebar's narrow
// column: the line breaker avoids such breaks but has no better way there) keeps it whole:
// pdftotext's default mode drops a hyphen that ends a line and joins the lines ("endto-end"),
// so the hyphen's ActualText reads the whole rest of the word and the rest on the next line
// reads nothing (pdf/actual_text.h). mutool and pypdf, which read the glyphs as drawn, keep
// the hyphen at the line's end.
TEST_F(ExtractionTest, AHardHyphenAtABreakIsKept) {
  const std::string pdf = render("resume.en.md", "sidebar");  // breaks after "end-"
  const std::string mutool = run("mutool draw -q -F txt " + pdf).out;
  ASSERT_NE(mutool.find(" end-\nto-end "), std::string::npos) << mutool;  // broken there
  for (const char* options : {"", "-raw "}) {
    const std::string text = run(std::string("pdftotext -enc UTF-8 ") + options + pdf + " -").out;
    EXPECT_NE(text.find(" end-to-end\n"), std::string::npos) << options << text;
    EXPECT_NE(text.find(" omni-modal"), std::string::npos) << options;
    EXPECT_EQ(text.find("endto-end"), std::string::npos) << options;
    EXPECT_EQ(text.find("\nto-end"), std::string::npos) << options;  // not read twice
  }
  for (const std::string* text : {&mutool}) {
    EXPECT_EQ(text->find(" endto-end"), std::string::npos);
    EXPECT_EQ(text->find("EPSMoE"), std::string::npos);
  }
}

// Small capitals drawn with the font's smcp glyphs copy as the letters typed.
TEST_F(ExtractionTest, SmallCapitalsExtractAsTyped) {
  const std::string pdf = render("resume.en.md", "compact");  // small_caps: true
  const std::string text = run("pdftotext -enc UTF-8 " + pdf + " -").out;
  for (const char* heading : {"\nSummary\n", "\nEducation\n"})
    EXPECT_NE(text.find(heading), std::string::npos) << text;
  EXPECT_EQ(text.find("S UMMARY"), std::string::npos);
}

// A page number of single letters and typed spaces ("1 / 2") reads to poppler as letter-spaced
// text, whose spaces it drops ("1/2"); an ActualText span over it gives the spaces back.
TEST_F(ExtractionTest, PageNumbersKeepTheirSpaces) {
  const struct {
    const char* layout;
    const char* number;
  } cases[] = {{"default", "第 1 页 / 共 2 页"}, {"modern", "1 / 2"}, {"kai", "— 1 —"}};
  for (const auto& c : cases) {
    const std::string pdf = render("resume.md", c.layout);
    const std::string text = run("pdftotext -enc UTF-8 " + pdf + " -").out;
    EXPECT_NE(text.find(c.number), std::string::npos) << c.layout << "\n" << text;
  }
}

// kai sets its headings' small capitals at 0.8 of the size, without the font's smcp glyphs;
// poppler starts a word where the size changes and read "E ducation". An ActualText span
// over the heading reads it as typed.
TEST_F(ExtractionTest, SmallCapitalsOfAnotherSizeExtractAsTyped) {
  const std::string pdf = render("resume.en.md", "kai");
  const std::string text = run("pdftotext -enc UTF-8 " + pdf + " -").out;
  for (const char* heading : {"\nEducation\n", "\nExperience\n", "\nPublications\n"})
    EXPECT_NE(text.find(heading), std::string::npos) << heading << text;
}

// Same input, same bytes, tags and spans included.
TEST_F(ExtractionTest, TaggedOutputIsByteDeterministic) {
  const std::string first = slurp(render("resume.md", "classic"));
  const std::string again = slurp(render("resume.md", "classic"));
  EXPECT_EQ(first, again);
  EXPECT_LE(first.size(), 125000u);  // the seed's budget with tags
}

}  // namespace
}  // namespace jianli::test
