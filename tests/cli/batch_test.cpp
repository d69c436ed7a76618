// Several résumés in one run: all rendered, a bad one does not stop the others, the
// exit status tells, and stderr carries progress only on a terminal.
#include <gtest/gtest.h>

#include "cli_fixture.h"

namespace jianli::test {
namespace {

TEST_F(CliTest, TwoInputsRenderBothBesideThem) {
  resume("a.md");
  resume("b.md");
  Result r = jianli_in_dir("a.md b.md");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(page_count(path("a.pdf")), 1);
  EXPECT_EQ(page_count(path("b.pdf")), 1);
}

TEST_F(CliTest, AFailingInputDoesNotStopTheOthersAndTheStatusSaysSo) {
  resume("good1.md");
  write("bad.md", "---\ntitle: [CV\n---\n# Ada\n");
  resume("good2.md");
  Result r = jianli_in_dir("good1.md bad.md good2.md");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(fs::exists(path("good1.pdf")));
  EXPECT_TRUE(fs::exists(path("good2.pdf")));
  EXPECT_FALSE(fs::exists(path("bad.pdf")));
  EXPECT_NE(r.out.find("bad.md:"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("good1.md"), std::string::npos) << "only the failure is reported";
}

TEST_F(CliTest, AMissingInputFailsAloneToo) {
  resume("good.md");
  Result r = jianli_in_dir("nope.md good.md");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("nope.md"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(path("good.pdf")));
}

TEST_F(CliTest, OutDirPutsEveryPdfThere) {
  resume("a.md");
  resume("sub/b.md");
  fs::create_directories(path("out"));
  Result r = jianli_in_dir("a.md sub/b.md -d out");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(fs::exists(path("out/a.pdf")));
  EXPECT_TRUE(fs::exists(path("out/b.pdf")));
  EXPECT_FALSE(fs::exists(path("a.pdf")));
  EXPECT_FALSE(fs::exists(path("sub/b.pdf")));
}

TEST_F(CliTest, AMissingOutDirIsAUsageErrorNamingIt) {
  resume("a.md");
  Result r = jianli_in_dir("a.md -d no-such-folder");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("'no-such-folder' does not exist"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(path("no-such-folder")));
  EXPECT_FALSE(fs::exists(path("a.pdf")));
}

TEST_F(CliTest, TwoInputsWithTheSameOutputAreAUsageErrorNamingBoth) {
  resume("x/resume.md");
  resume("y/resume.md");
  fs::create_directories(path("out"));
  Result r = jianli_in_dir("x/resume.md y/resume.md -d out");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("'x/resume.md' and 'y/resume.md' would both write 'out/resume.pdf'"),
            std::string::npos)
      << r.out;
  EXPECT_FALSE(fs::exists(path("out/resume.pdf"))) << "nothing is rendered";
}

TEST_F(CliTest, NoProgressWhenStderrIsNotATerminal) {
  resume("a.md");
  resume("b.md");
  Result r = jianli_in_dir("a.md b.md");  // stderr is a pipe here
  ASSERT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "");
}

TEST_F(CliTest, OneProgressLinePerFileOnATerminal) {
  resume("a.md");
  resume("b.md");
  Result r = jianli_on_terminal("a.md b.md");
  ASSERT_EQ(r.status, 0) << r.out;
  std::regex line(R"(\[[12]/2\] ([ab])\.md → \1\.pdf \(1 page, \d+\.\d\d s\))");
  auto lines =
      std::distance(std::sregex_iterator(r.out.begin(), r.out.end(), line), std::sregex_iterator());
  EXPECT_EQ(lines, 2) << r.out;
  EXPECT_NE(r.out.find("[1/2]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[2/2]"), std::string::npos) << r.out;
}

TEST_F(CliTest, QuietSilencesProgressButNotErrors) {
  resume("a.md");
  write("bad.md", "---\njianli: {papr: A4}\n---\n# Ada\n");
  Result r = jianli_on_terminal("-q --color never a.md bad.md");  // the text, uncoloured
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_EQ(r.out.find("[1/2]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bad.md:2:10: error: unknown setting 'papr'"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(path("a.pdf")));
}

TEST_F(CliTest, BothShippedResumesRenderInOneRunByteForByteAsAlone) {
  // Rendered side by side on threads, each PDF must be what a run of its own writes.
  fs::copy_file(kSource + "/resume.md", path("resume.md"));
  fs::copy_file(kSource + "/resume.en.md", path("resume.en.md"));
  fs::create_directories(path("together"));
  fs::create_directories(path("alone"));
  Result r = jianli_in_dir("resume.md resume.en.md -d together");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const std::string input : {"resume.md", "resume.en.md"}) {
    r = jianli_in_dir(input + " -d alone");
    ASSERT_EQ(r.status, 0) << r.out;
  }
  for (const std::string pdf : {"resume.pdf", "resume.en.pdf"}) {
    std::string together = slurp(path("together/" + pdf)), alone = slurp(path("alone/" + pdf));
    EXPECT_GE(page_count(path("alone/" + pdf)), 2) << pdf;
    EXPECT_FALSE(alone.empty()) << pdf;
    EXPECT_TRUE(together == alone)
        << pdf << ": " << together.size() << " bytes in the batch, " << alone.size() << " alone";
  }
}

TEST_F(CliTest, JobsGiveTheSameFilesAsOneAtATime) {
  fs::copy_file(kSource + "/resume.md", path("resume.md"));
  fs::copy_file(kSource + "/resume.en.md", path("resume.en.md"));
  resume("short.md");
  const std::string inputs = "resume.md resume.en.md short.md";
  fs::create_directories(path("serial"));
  fs::create_directories(path("parallel"));
  ASSERT_EQ(jianli_in_dir(inputs + " --jobs 1 -d serial").status, 0);
  Result r = jianli_in_dir(inputs + " -j 3 -d parallel");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const std::string pdf : {"resume.pdf", "resume.en.pdf", "short.pdf"}) {
    std::string serial = slurp(path("serial/" + pdf));
    EXPECT_FALSE(serial.empty()) << pdf;
    EXPECT_TRUE(serial == slurp(path("parallel/" + pdf))) << pdf;
  }
  EXPECT_EQ(jianli_in_dir(inputs + " --jobs 0").status, 2);
}

TEST_F(CliTest, OneWorkerKeepingItsFontsWritesEachFileAsARunOfItsOwn) {
  // --jobs 1: one worker renders every input in turn on the same loaded fonts and layouts.
  // Whatever came before (another layout, language, a failed input), each PDF is what it
  // alone gives.
  fs::copy_file(kSource + "/resume.md", path("resume.md"));
  fs::copy_file(kSource + "/resume.en.md", path("resume.en.md"));
  std::string inputs = "resume.md resume.en.md bad.md";
  write("bad.md", "---\njianli: {papr: A4}\n---\n# Ada\n");
  for (const std::string layout : {"classic", "kai", "sidebar", "compact", "modern"}) {
    resume(layout + ".md", "jianli: {layout: " + layout + "}\n");
    inputs += " " + layout + ".md";
  }
  // The seed again, last: its layout kept from the first job (pipeline/layout_cache.h).
  fs::copy_file(kSource + "/resume.md", path("resume-again.md"));
  inputs += " resume-again.md";
  fs::create_directories(path("batch"));
  fs::create_directories(path("alone"));
  Result r = jianli_in_dir(inputs + " --jobs 1 -d batch");
  EXPECT_EQ(r.status, 1) << "bad.md fails alone: " << r.out;
  for (const std::string input : {"resume.md", "resume.en.md", "classic.md", "kai.md", "sidebar.md",
                                  "compact.md", "modern.md", "resume-again.md"}) {
    ASSERT_EQ(jianli_in_dir(input + " -d alone").status, 0) << input;
    std::string pdf = fs::path(input).replace_extension(".pdf").string();
    std::string alone = slurp(path("alone/" + pdf));
    EXPECT_FALSE(alone.empty()) << pdf;
    EXPECT_TRUE(slurp(path("batch/" + pdf)) == alone) << pdf << " differs after other inputs";
  }
}

}  // namespace
}  // namespace jianli::test
