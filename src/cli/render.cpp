#include "cli/render.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/output.h"
#include "layout/dump.h"
#include "model/error.h"
#include "pdf/pdf_writer.h"
#include "pipeline/pipeline.h"

namespace jianli::cli {
namespace fs = std::filesystem;
namespace {

std::string read_input(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw model::InputError(path, {}, "is a folder; give a Markdown file");
  // A pipe or device would block or never end; a résumé is a file.
  if (fs::exists(path, ec) && !fs::is_regular_file(path, ec))
    throw model::InputError(path, {}, "is not a regular file; give a Markdown file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw model::InputError(path, {}, "cannot read the file (missing or not readable)");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The same file under two names (a symlink, "./a" and "a"), or the same name.
bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (a.empty() || b.empty()) return false;
  if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
  return fs::absolute(a, ec).lexically_normal() == fs::absolute(b, ec).lexically_normal();
}

}  // namespace

int render(const RenderJob& job, pipeline::Messages& messages) {
  // Where the outputs go, checked before any work (output.h's policy).
  const OutputTarget pdf = resolve_output(job.output, "the PDF", job.force);
  if (same_file(job.input, pdf.path))
    throw model::InputError(job.output, {}, "the output would overwrite the input");
  OutputTarget dump;
  if (!job.dump_layout.empty()) {
    dump = resolve_output(job.dump_layout, "the layout dump", job.force);
    if (same_file(job.input, dump.path))
      throw model::InputError(job.dump_layout, {}, "the layout dump would overwrite the input");
    if (dump.to_stdout() ? pdf.to_stdout() : same_file(dump.path, pdf.path))
      throw model::InputError(job.dump_layout, {}, "the layout dump would overwrite the PDF");
  }
  pipeline::Job run{read_input(job.input),    job.input,    job.layout, job.fit_pages,
                    job.allow_images_outside, job.selection};
  // Its own pipeline (fonts and all): jobs on other threads share nothing with it.
  pipeline::Rendered rendered = pipeline::Pipeline().render(run, pdf::PdfBackend(), messages);
  std::vector<std::pair<OutputTarget, std::string>> outputs;
  if (!job.dump_layout.empty()) outputs.emplace_back(dump, layout::dump_json(rendered.pages));
  outputs.emplace_back(pdf, rendered.bytes);
  write_outputs(outputs);  // both or neither
  return rendered.page_count();
}

}  // namespace jianli::cli
