#include "cli/check_command.h"

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <filesystem>

#include "check/check.h"
#include "cli/render.h"
#include "model/error.h"
#include "pdf/pdf_writer.h"
#include "pipeline/pipeline.h"
#include "text/error_format.h"

namespace jianli::cli {
namespace fs = std::filesystem;
namespace {

struct CheckOptions {
  std::string input;
  std::string layout;
  std::string pdf;
  int fit_pages = 0;
  bool allow_images_outside = false;
};

bool is_pdf(const std::string& path, const std::string& bytes) {
  return bytes.starts_with("%PDF-") || fs::path(path).extension() == ".pdf";
}

int check_input(const CheckOptions& opt) {
  std::string bytes = read_input(opt.input, "a Markdown résumé or a PDF");
  if (is_pdf(opt.input, bytes)) {
    // No source: what the PDF alone shows.
    check::Report report = check::check_pdf(bytes, nullptr);
    fmt::print("{}", check::format_report(report, opt.input));
    return report.passed() ? 0 : 1;
  }
  pipeline::Messages messages;
  pipeline::Job job{bytes, opt.input, opt.layout, opt.fit_pages, opt.allow_images_outside};
  pipeline::Rendered rendered = pipeline::Pipeline().render(job, pdf::PdfBackend(), messages);
  for (const std::string& line : messages.lines()) fmt::print(stderr, "{}\n", line);
  // With --pdf, a PDF written before (perhaps by another jianli, perhaps edited since) is
  // compared with the résumé as laid out now.
  std::string pdf = opt.pdf.empty() ? rendered.bytes : read_input(opt.pdf, "a PDF");
  const std::string& named = opt.pdf.empty() ? opt.input : opt.pdf;
  check::Report report = check::check_pdf(pdf, &rendered.pages);
  fmt::print("{}", check::format_report(report, named));
  return report.passed() ? 0 : 1;
}

}  // namespace

int run_check(int argc, char** argv) {
  CLI::App app{
      "jianli check: reads the PDF back as an applicant-tracking system would and "
      "compares it with the résumé (docs/check.md)",
      "jianli check"};
  CheckOptions opt;
  app.add_option("INPUT", opt.input, "a Markdown résumé (rendered in memory and checked) or a PDF")
      ->required();
  app.add_option("-l,--layout", opt.layout, "layout name or YAML file, as when rendering");
  app.add_option("--pdf", opt.pdf,
                 "check this PDF against the Markdown INPUT instead of "
                 "rendering it again");
  app.add_option("--fit-pages", opt.fit_pages, "as when rendering")->check(CLI::Range(1, 100));
  app.add_flag("--allow-images-outside", opt.allow_images_outside, "as when rendering");
  app.footer("Exit status: 0 nothing lost, 1 any finding or bad input, 2 bad usage.");
  try {
    app.parse(argc, argv);
    if (!opt.pdf.empty() && is_pdf(opt.input, ""))
      throw CLI::ValidationError("--pdf", "compares a PDF with its Markdown; INPUT is a PDF");
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  try {
    return check_input(opt);
  } catch (const model::InputError& e) {
    std::string message = text::format_error(e);
    fmt::print(stderr, "{}\n", e.file().empty() ? opt.input + ": " + message : message);
  } catch (const std::exception& e) {
    fmt::print(stderr, "{}: error: {}\n", opt.pdf.empty() ? opt.input : opt.pdf, e.what());
  }
  return 1;
}

}  // namespace jianli::cli
