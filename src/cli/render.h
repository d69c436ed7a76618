// One résumé from Markdown file to PDF file: parse, lay out, draw, write.
#pragma once

#include <string>
#include <vector>

namespace jianli::cli {

struct RenderJob {
  std::string input;
  std::string output;
  std::string layout;       // from the command line; empty: the front matter's, else "default"
  int fit_pages = 0;        // --fit-pages: tighten the layout until it fits; 0: off
  std::string dump_layout;  // --dump-layout: also write the layout as JSON here
};

// Where jianli finds its own layouts/ and fonts/: $JIANLI_DATA_DIR, else the
// source tree it was built from.
std::string data_dir();
std::vector<std::string> layout_dirs();

// Renders one job and returns its number of pages; throws model::InputError for bad
// input. Warnings go to `warnings`. Uses no state shared with other calls but
// fontconfig's configuration, so jobs may run on several threads at once.
int render(const RenderJob& job, std::vector<std::string>& warnings);

}  // namespace jianli::cli
