// One résumé from Markdown file to PDF file: read it, run the pipeline, write the PDF.
#pragma once

#include <string>
#include <vector>

#include "cli/page_outputs.h"
#include "pipeline/pipeline.h"

namespace jianli::cli {

enum class OutputFormat { Pdf, Png };

struct RenderJob {
  std::string input;
  std::string output;
  std::string layout;       // from the command line; empty: the front matter's, else "default"
  int fit_pages = 0;        // --fit-pages: tighten the layout until it fits; 0: off
  std::string dump_layout;  // --dump-layout: also write the layout as JSON here
  bool force = false;       // --force: replace read-only outputs
  bool allow_images_outside = false;        // --allow-images-outside
  OutputFormat format = OutputFormat::Pdf;  // --format
  PageImages images;                        // --dpi, --long-image: for OutputFormat::Png
  std::string text_output;                  // --text: also write the plain-text twin here
  bool check = false;                       // --check: read the PDF back and compare (check/)
  bool attach_source = false;               // --attach-source: carry the Markdown in the PDF
  parse::Selection selection;               // --lang, --variant, --with
};

struct RenderOutcome {
  int pages = 0;
  // The files it read besides the résumé (pipeline::Rendered::files_read), for --watch.
  std::vector<std::string> files_read;
  // --check's report (findings, then the summary line) and whether it passed.
  std::vector<std::string> check_lines;
  bool check_passed = true;
};

// Renders one job; throws model::InputError for bad input. Warnings and notes go to
// `messages`, those found before an error too. Uses no state shared with other calls but
// fontconfig's configuration, so jobs may run on several threads at once.
RenderOutcome render(const RenderJob& job, pipeline::Messages& messages);

// A résumé's bytes; throws model::InputError naming the file when it cannot be read.
std::string read_input(const std::string& path, const std::string& kind = "a Markdown file");

// The same on `pipeline`, kept from call to call (--watch: fonts and layouts stay loaded).
RenderOutcome render(const RenderJob& job, pipeline::Pipeline& pipeline,
                     pipeline::Messages& messages);

}  // namespace jianli::cli
