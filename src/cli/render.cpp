#include "cli/render.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "check/check.h"
#include "cli/output.h"
#include "cli/page_outputs.h"
#include "cli/same_file.h"
#include "layout/dump.h"
#include "model/error.h"
#include "pdf/pdf_writer.h"
#include "pipeline/pipeline.h"
#include "plaintext/portal_text.h"

namespace jianli::cli {
namespace fs = std::filesystem;

std::string read_input(const std::string& path, const std::string& kind) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw model::InputError(path, {}, "is a folder; give " + kind);
  // A pipe or device would block or never end; a résumé is a file.
  if (fs::exists(path, ec) && !fs::is_regular_file(path, ec))
    throw model::InputError(path, {}, "is not a regular file; give " + kind);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw model::InputError(path, {}, "cannot read the file (missing or not readable)");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

namespace {

// Every extra output of a job (the layout dump, the plain text) resolved under the output
// policy: never the input, never the PDF, never each other.
OutputTarget extra_output(const RenderJob& job, const OutputTarget& pdf, const std::string& named,
                          const std::string& what, const std::vector<OutputTarget>& others) {
  OutputTarget target = resolve_output(named, what, job.force);
  if (same_file(job.input, target.path))
    throw model::InputError(named, {}, what + " would overwrite the input");
  if (target.to_stdout() ? pdf.to_stdout() : same_file(target.path, pdf.path))
    throw model::InputError(named, {}, what + " would overwrite the PDF");
  for (const OutputTarget& other : others)
    if (target.to_stdout() ? other.to_stdout() : same_file(target.path, other.path))
      throw model::InputError(named, {}, what + " would overwrite " + other.what);
  return target;
}

}  // namespace

RenderOutcome render(const RenderJob& job, pipeline::Messages& messages) {
  // Its own pipeline (fonts and all): jobs on other threads share nothing with it.
  pipeline::Pipeline own;
  return render(job, own, messages);
}

RenderOutcome render(const RenderJob& job, pipeline::Pipeline& pipeline,
                     pipeline::Messages& messages) {
  // Where the outputs go, checked before any work (output.h's policy).
  // For pictures, their folder is checked now and each picture's name once they are drawn.
  const OutputTarget pdf = resolve_output(
      job.output, job.format == OutputFormat::Pdf ? "the PDF" : "the pictures", job.force);
  if (same_file(job.input, pdf.path))
    throw model::InputError(job.output, {}, "the output would overwrite the input");
  std::vector<OutputTarget> extras;
  if (!job.dump_layout.empty())
    extras.push_back(extra_output(job, pdf, job.dump_layout, "the layout dump", extras));
  if (!job.text_output.empty())
    extras.push_back(extra_output(job, pdf, job.text_output, "the plain text", extras));
  pipeline::Job run{read_input(job.input),    job.input,         job.layout,   job.fit_pages,
                    job.allow_images_outside, job.attach_source, job.selection};
  pipeline::Rendered rendered = pipeline.render(run, pdf::PdfBackend(), messages);
  std::vector<std::pair<OutputTarget, std::string>> outputs;
  size_t extra = 0;
  if (!job.dump_layout.empty())
    outputs.emplace_back(extras[extra++], layout::dump_json(rendered.pages));
  if (!job.text_output.empty())
    outputs.emplace_back(extras[extra++], plaintext::portal_text(rendered.pages));
  if (job.format == OutputFormat::Pdf) {
    outputs.emplace_back(pdf, rendered.bytes);
  } else {
    // The pictures are drawn from the bytes a PDF run writes, so they show that very file.
    for (auto& image :
         page_image_outputs(rendered.bytes, job.output, job.input, job.images, job.force))
      outputs.push_back(std::move(image));
  }
  write_outputs(outputs);  // all or none
  RenderOutcome outcome{rendered.page_count(), std::move(rendered.files_read)};
  if (job.check) {
    check::Report report = check::check_pdf(rendered.bytes, &rendered.pages);
    outcome.check_lines = check::report_lines(report, job.output);
    outcome.check_passed = report.passed();
  }
  return outcome;
}

}  // namespace jianli::cli
