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

}  // namespace

int render(const RenderJob& job, pipeline::Messages& messages) {
  std::error_code ec;
  if (fs::exists(job.output, ec) && fs::equivalent(job.input, job.output, ec))
    throw model::InputError(job.output, {}, "the output would overwrite the input");
  pipeline::Job run{read_input(job.input), job.input, job.layout, job.fit_pages};
  // Its own pipeline (fonts and all): jobs on other threads share nothing with it.
  pipeline::Rendered rendered = pipeline::Pipeline().render(run, pdf::PdfBackend(), messages);
  if (!job.dump_layout.empty())
    write_atomically(job.dump_layout, layout::dump_json(rendered.pages));
  write_atomically(job.output, rendered.bytes);
  return rendered.page_count();
}

}  // namespace jianli::cli
