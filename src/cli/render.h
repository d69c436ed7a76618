// One résumé from Markdown file to PDF file: read it, run the pipeline, write the PDF.
#pragma once

#include <string>

#include "pipeline/pipeline.h"

namespace jianli::cli {

struct RenderJob {
  std::string input;
  std::string output;
  std::string layout;       // from the command line; empty: the front matter's, else "default"
  int fit_pages = 0;        // --fit-pages: tighten the layout until it fits; 0: off
  std::string dump_layout;  // --dump-layout: also write the layout as JSON here
  bool force = false;       // --force: replace read-only outputs
  bool allow_images_outside = false;  // --allow-images-outside
  parse::Selection selection;         // --lang, --variant, --with
};

// Renders one job and returns its number of pages; throws model::InputError for bad
// input. Warnings and notes go to `messages`, those found before an error too. Uses
// no state shared with other calls but fontconfig's configuration, so jobs may run
// on several threads at once.
int render(const RenderJob& job, pipeline::Messages& messages);

}  // namespace jianli::cli
