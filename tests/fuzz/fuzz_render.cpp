// libFuzzer target: any bytes as a résumé, rendered the whole way to a PDF in memory
// by the pipeline the command line runs. model::InputError is a user's message;
// anything else is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/error.h"
#include "pdf/pdf_writer.h"
#include "pipeline/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace jianli;
  // Made once: loading fonts through fontconfig is not what is being fuzzed, and per
  // input it would make each run many times slower. Never destroyed: no order-of-exit
  // surprises.
  static pipeline::Pipeline* const once = new pipeline::Pipeline();
  // The layout is named, so the front matter's `jianli: layout:` is ignored: it could
  // name any file on the machine, and the layout reader has its own tests. Its other
  // values (`jianli: {paper: …}`) are merged as for a user.
  pipeline::Job job{std::string(reinterpret_cast<const char*>(data), size), "fuzz.md", "default"};
  try {
    pipeline::Messages messages;
    std::string pdf = once->render(job, pdf::PdfBackend(), messages).bytes;
    if (pdf.compare(0, 5, "%PDF-") != 0) __builtin_trap();  // a PDF must come out
  } catch (const model::InputError&) {
  }
  return 0;
}
