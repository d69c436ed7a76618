#include "cli/app.h"

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/render.h"
#include "model/error.h"
#include "parse/layout_file.h"

namespace jianli::cli {
namespace fs = std::filesystem;
namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string output;
  std::string out_dir;
  std::string layout;
  bool list_layouts = false;
};

std::string output_for(const Options& opt, const std::string& input) {
  if (!opt.output.empty()) return opt.output;
  fs::path pdf = fs::path(input).filename().replace_extension(".pdf");
  fs::path dir = !opt.out_dir.empty() ? fs::path(opt.out_dir) : fs::path(input).parent_path();
  return (dir / pdf).string();
}

int list_layouts() {
  for (const parse::LayoutInfo& info : parse::list_layouts(layout_dirs()))
    fmt::print("{:<12} {}\n", info.name, info.description);
  return 0;
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"jianli (简历): typesets a résumé written in Markdown into a PDF", "jianli"};
  Options opt;
  app.add_option("INPUT", opt.inputs, "Markdown résumés (with YAML front matter) to render");
  auto* output = app.add_option("-o,--output", opt.output, "the PDF to write (one input only)");
  app.add_option("-d,--out-dir", opt.out_dir, "folder for the PDFs (default: beside each input)")
      ->excludes(output);
  app.add_option("-l,--layout", opt.layout, "layout name (see --list-layouts) or a YAML file");
  app.add_flag("--list-layouts", opt.list_layouts, "list the layouts and exit");
  app.set_version_flag("--version", std::string("jianli ") + JIANLI_VERSION);
  app.footer("Exit status: 0 done, 1 bad input, 2 bad usage.");
  try {
    app.parse(argc, argv);
    if (opt.list_layouts) return list_layouts();
    if (opt.inputs.empty()) throw CLI::RequiredError("INPUT");
    if (!opt.output.empty() && opt.inputs.size() > 1)
      throw CLI::ValidationError("--output", "takes one input; use --out-dir for several");
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }

  int status = 0;
  for (const std::string& input : opt.inputs) {
    std::vector<std::string> warnings;
    try {
      render({input, output_for(opt, input), opt.layout}, warnings);
    } catch (const model::InputError& e) {
      status = 1;
      std::string message = e.file().empty() ? input + ": " + e.format() : e.format();
      fmt::print(stderr, "{}\n", message);
    } catch (const std::exception& e) {
      status = 1;
      fmt::print(stderr, "{}: error: {}\n", input, e.what());
    }
    for (const std::string& w : warnings) fmt::print(stderr, "{}\n", w);
  }
  return status;
}

}  // namespace jianli::cli
