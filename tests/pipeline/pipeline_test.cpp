// The pipeline every front end runs: Markdown text in, a backend's bytes, the laid-out
// pages and the messages out.
#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include "model/error.h"
#include "pdf/pdf_writer.h"
#include "plaintext/text_backend.h"

namespace jianli::pipeline {
namespace {

const std::string kResume =
    "# Ada Lovelace\nada@example.com\n\n## Work\n\nWrote the first program.\n";

std::string seed(const std::string& name) {
  std::ifstream in(std::string(JIANLI_SOURCE_DIR) + "/" + name);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

class PipelineTest : public ::testing::Test {
 protected:
  Rendered text_of(const Job& job) {
    return pipeline_.render(job, plaintext::TextBackend(), messages_);
  }

  // The error a job stops with, or a failure when it renders.
  model::InputError error_of(const Job& job) {
    try {
      text_of(job);
    } catch (const model::InputError& e) {
      return e;
    }
    ADD_FAILURE() << job.path << " rendered";
    return model::InputError("no error");
  }

  Pipeline pipeline_;
  Messages messages_;
};

TEST_F(PipelineTest, TheBackendDrawsTheLaidOutPages) {
  Rendered r = pipeline_.render({seed("resume.md"), "resume.md"}, pdf::PdfBackend(), messages_);
  EXPECT_EQ(r.page_count(), 2);
  EXPECT_EQ(r.bytes, pdf::render_pdf(r.pages));
  EXPECT_TRUE(messages_.lines().empty());
}

TEST_F(PipelineTest, TheTextTwinHasEveryLineAndAFormFeedAPage) {
  Rendered r = text_of({seed("resume.en.md"), "resume.en.md"});
  EXPECT_TRUE(r.bytes.starts_with("Yulei Qian\nBorn 1990, Email: qianyulei@126.com\nSummary\n"))
      << r.bytes.substr(0, 200);
  EXPECT_EQ(std::count(r.bytes.begin(), r.bytes.end(), '\f'), r.page_count());
  EXPECT_TRUE(r.bytes.ends_with("Page 3 of 3\n\f")) << r.bytes.substr(r.bytes.size() - 200);
}

TEST_F(PipelineTest, TheReadersWarningsAreDiagnosticsAtTheirLine) {
  text_of({kResume + "\n<div><blink>块</blink></div>\n", "r.md"});
  ASSERT_EQ(messages_.diagnostics.all().size(), 1u);
  const model::Diagnostic& d = messages_.diagnostics.all()[0];
  EXPECT_EQ(d.file, "r.md");
  EXPECT_EQ(d.line, 8);
  EXPECT_EQ(d.message, "HTML element <blink> is not known; its text is shown without it");
  EXPECT_EQ(
      messages_.lines(),
      std::vector<std::string>{
          "r.md:8: warning: HTML element <blink> is not known; its text is shown without it"});
}

TEST_F(PipelineTest, FittingLeavesANoteOfWhatChanged) {
  Rendered r = text_of({kResume, "r.md", "", 1});
  EXPECT_EQ(r.page_count(), 1);
  ASSERT_EQ(messages_.diagnostics.all().size(), 1u);
  EXPECT_EQ(messages_.diagnostics.all()[0].severity, model::Diagnostic::Severity::Note);
  EXPECT_EQ(messages_.lines(),
            std::vector<std::string>{"r.md: note: fitted to 1 page(s): nothing needed changing"});
}

TEST_F(PipelineTest, TheLayoutsWarningsComeAfterTheReaders) {
  text_of({kResume + "\n<blink>粗</blink>\uE000\n", "r.md"});
  std::vector<std::string> lines = messages_.lines();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0],
            "r.md:8: warning: HTML element <blink> is not known; its text is shown without it");
  EXPECT_EQ(lines[1],
            "r.md:8: warning: no font of the layout has '\uE000' (U+E000); it is shown as a "
            "missing-glyph box");
}

TEST_F(PipelineTest, AnUnknownLayoutInTheFrontMatterIsReportedAtItsLine) {
  model::InputError e =
      error_of({"---\ntitle: CV\njianli: {layout: nosuch}\n---\n" + kResume, "r.md"});
  EXPECT_EQ(e.file(), "r.md");
  EXPECT_EQ(e.pos().line, 3);
  EXPECT_EQ(e.source_line(), "jianli: {layout: nosuch}");
  EXPECT_TRUE(std::string(e.what()).starts_with("unknown layout 'nosuch'")) << e.what();
}

TEST_F(PipelineTest, WarningsFoundBeforeAnErrorAreKept) {
  error_of({"---\njianli: {layout: nosuch}\n---\n" + kResume + "\n<blink>块</blink>\n", "r.md"});
  EXPECT_EQ(messages_.diagnostics.all().size(), 1u);
}

TEST_F(PipelineTest, PastTheMostPagesIsAnErrorThatSaysHowMany) {
  std::string pages;
  for (size_t i = 0; i <= Pipeline::kMaxPages; ++i) pages += "页\n\n<!-- pagebreak -->\n\n";
  model::InputError e = error_of({"# 钱\n\n" + pages, "r.md"});
  EXPECT_EQ(e.file(), "r.md");
  EXPECT_TRUE(
      std::string(e.what()).starts_with("the résumé runs to 10001 pages, past jianli's "
                                        "limit of 10000"))
      << e.what();
}

TEST_F(PipelineTest, TheJobsLayoutWinsOverTheFrontMatters) {
  Rendered r = text_of({"---\njianli: {layout: nosuch}\n---\n" + kResume, "r.md", "classic"});
  EXPECT_EQ(r.page_count(), 1);
}

TEST_F(PipelineTest, OnePipelineRendersJobAfterJobAlike) {
  const Job job{seed("resume.md"), "resume.md"};
  std::string first = text_of(job).bytes;
  text_of({"---\njianli: {paper: Letter}\n---\n" + kResume, "r.md"});
  Rendered again = text_of(job);
  EXPECT_EQ(again.bytes, first);
  EXPECT_NEAR(again.pages.width, 595.276, 0.01);  // A4 still: the other job's paper stayed its own
}

// A batch's workers share what does not depend on the document: one face per font file for
// all of them, drawn from at once, each worker's PDF the bytes a pipeline of its own makes.
TEST(SharedResourcesTest, PipelinesOnThreadsShareTheFacesAndRenderAlike) {
  auto shared = std::make_shared<Resources>();
  text::FontLibrary a(shared->faces), b(shared->faces);
  auto first = a.find("Noto Serif CJK SC", false), second = b.find("Noto Serif CJK SC", false);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->face, second->face);  // loaded once, the same object

  const Job zh{seed("resume.md"), "resume.md"}, en{seed("resume.en.md"), "resume.en.md", "sidebar"};
  Messages m;
  const std::string want_zh = Pipeline().render(zh, pdf::PdfBackend(), m).bytes;
  const std::string want_en = Pipeline().render(en, pdf::PdfBackend(), m).bytes;
  std::string got[2][3];
  auto worker = [&](int w) {
    Pipeline pipeline(shared);
    Messages messages;
    for (int i = 0; i < 3; ++i)
      got[w][i] = pipeline.render(i % 2 == w ? zh : en, pdf::PdfBackend(), messages).bytes;
  };
  std::thread one(worker, 0), two(worker, 1);
  one.join();
  two.join();
  for (int w = 0; w < 2; ++w)
    for (int i = 0; i < 3; ++i)
      EXPECT_TRUE(got[w][i] == (i % 2 == w ? want_zh : want_en)) << "worker " << w << " job " << i;
}

}  // namespace
}  // namespace jianli::pipeline
