// The whole pipeline in one process, on the seed résumés: parse, layout, lay out and
// a backend, without the process start, fontconfig's set-up and the file writes that
// bench/render.sh also times. Run: build/bench/render_bench
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "pdf/pdf_writer.h"
#include "pipeline/pipeline.h"
#include "plaintext/text_backend.h"

namespace jianli::pipeline {
namespace {

Job seed(const std::string& name) {
  std::ifstream in(std::string(JIANLI_SOURCE_DIR) + "/" + name);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return {bytes.str(), name};
}

void BM_Render(benchmark::State& state, const std::string& name, const model::Backend& backend) {
  Pipeline pipeline;  // fonts are loaded once, as a long-lived caller would keep them
  const Job job = seed(name);
  for (auto _ : state) {
    Messages messages;
    benchmark::DoNotOptimize(pipeline.render(job, backend, messages));
  }
}

const pdf::PdfBackend pdf_backend;
const plaintext::TextBackend text_backend;

BENCHMARK_CAPTURE(BM_Render, zh_pdf, "resume.md", pdf_backend)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, zh_text, "resume.md", text_backend)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, en_pdf, "resume.en.md", pdf_backend)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace jianli::pipeline

BENCHMARK_MAIN();
