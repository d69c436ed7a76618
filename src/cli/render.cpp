#include "cli/render.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/output.h"
#include "cli/page_outputs.h"
#include "cli/same_file.h"
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
  // Its own pipeline (fonts and all): jobs on other threads share nothing with it.
  pipeline::Pipeline own;
  return render(job, own, messages).pages;
}

RenderResult render(const RenderJob& job, pipeline::Pipeline& pipeline,
                    pipeline::Messages& messages) {
  // Where the outputs go, checked before any work (output.h's policy).
  // For pictures, their folder is checked now and each picture's name once they are drawn.
  const OutputTarget pdf = resolve_output(
      job.output, job.format == OutputFormat::Pdf ? "the PDF" : "the pictures", job.force);
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
  pipeline::Job run{read_input(job.input), job.input, job.layout, job.fit_pages,
                    job.allow_images_outside};
  pipeline::Rendered rendered = pipeline.render(run, pdf::PdfBackend(), messages);
  std::vector<std::pair<OutputTarget, std::string>> outputs;
  if (!job.dump_layout.empty()) outputs.emplace_back(dump, layout::dump_json(rendered.pages));
  if (job.format == OutputFormat::Pdf) {
    outputs.emplace_back(pdf, rendered.bytes);
  } else {
    // The pictures are drawn from the bytes a PDF run writes, so they show that very file.
    for (auto& image :
         page_image_outputs(rendered.bytes, job.output, job.input, job.images, job.force))
      outputs.push_back(std::move(image));
  }
  write_outputs(outputs);  // all or none
  return {rendered.page_count(), std::move(rendered.files_read)};
}

}  // namespace jianli::cli
