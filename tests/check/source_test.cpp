// --attach-source and `jianli extract`: a PDF that carries its own source, written back
// byte for byte and never over a file; XMP metadata that agrees with the Info dictionary.
#include <gtest/gtest.h>

#include <filesystem>

#include "../e2e/process.h"
#include "../e2e/scratch_dir.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

class SourceTest : public ScratchDirTest {};

// Bytes a round trip could spoil: CRLF, no final newline, a BOM-less UTF-8 mix.
const std::string kResume =
    "---\ntitle: 简历\nauthor: Zhang San\nkeywords: [C++, LLM]\nlang: en\n"
    "jianli:\n  layout: mine.yaml\n---\r\n# Zhang San\r\n\r\n## Work\r\n\r\n美团 Staff Engineer";
const std::string kLayout = "extends: classic\npaper: Letter\n";

TEST_F(SourceTest, ExtractGivesBackTheMarkdownAndLayoutByteForByte) {
  write("cv/r.md", kResume);
  write("cv/mine.yaml", kLayout);
  Result r = run(jianli() + " -q --attach-source " + path("cv/r.md") + " -o " + path("r.pdf"));
  ASSERT_EQ(r.status, 0) << r.out;
  fs::create_directory(path("out"));
  r = run(jianli() + " extract " + path("r.pdf") + " -d " + path("out"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(slurp(path("out/r.md")), kResume);
  EXPECT_EQ(slurp(path("out/mine.yaml")), kLayout);
  // Associated files, as PDF 2.0 and PDF/A-3 name them, with their media type.
  Result dump = run("qpdf --qdf --object-streams=disable " + path("r.pdf") + " -");
  EXPECT_NE(dump.out.find("/AFRelationship /Source"), std::string::npos);
  EXPECT_NE(dump.out.find("/Subtype /text#2fmarkdown"), std::string::npos);
}

TEST_F(SourceTest, ExtractNeverReplacesAFileAndWritesNoneThen) {
  write("r.md", kResume);
  write("mine.yaml", kLayout);
  ASSERT_EQ(run(jianli() + " -q --attach-source " + path("r.md")).status, 0);
  fs::create_directory(path("out"));
  write("out/mine.yaml", "mine, keep me\n");
  Result r = run(jianli() + " extract " + path("r.pdf") + " -d " + path("out"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(path("out/mine.yaml") + ": error: already exists; jianli extract never "
                                               "replaces a file"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(slurp(path("out/mine.yaml")), "mine, keep me\n");
  EXPECT_FALSE(fs::exists(path("out/r.md")));
}

TEST_F(SourceTest, APdfWithoutSourcesSaysHowToMakeOne) {
  write("r.md", "# Zhang San\n\nHello.\n");
  ASSERT_EQ(run(jianli() + " -q " + path("r.md")).status, 0);
  Result r = run(jianli() + " extract " + path("r.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("--attach-source"), std::string::npos) << r.out;
}

TEST_F(SourceTest, XmpAgreesWithTheInfoDictionaryAndHasNoDate) {
  write("r.md", "---\ntitle: 简历 & CV\nkeywords: [C++, LLM]\nlang: en\n---\n# Zhang San\n\nHi.\n");
  ASSERT_EQ(run(jianli() + " -q " + path("r.md")).status, 0);
  Result xmp =
      run("/usr/bin/python3 -c \"import pypdf,sys; r=pypdf.PdfReader(sys.argv[1]); "
          "m=r.xmp_metadata; i=r.metadata; "
          "print(m.dc_title['x-default']==i.title, m.dc_creator==[i.author], "
          "m.pdf_keywords==i['/Keywords'], m.xmp_creator_tool==i.creator, "
          "m.dc_language, m.xmp_create_date)\" " +
          path("r.pdf"));
  EXPECT_EQ(xmp.out, "True True True True ['en'] None\n");
  std::string first = slurp(path("r.pdf"));
  ASSERT_EQ(run(jianli() + " -q " + path("r.md")).status, 0);
  EXPECT_EQ(slurp(path("r.pdf")), first);  // the same bytes: no clock in the metadata
}

}  // namespace
}  // namespace jianli::test
