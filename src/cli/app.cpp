#include "cli/app.h"

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/check_command.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "cli/render.h"
#include "parse/layout_file.h"
#include "pipeline/pipeline.h"

namespace jianli::cli {
namespace fs = std::filesystem;
namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string output;
  std::string out_dir;
  std::string layout;
  bool list_layouts = false;
  bool quiet = false;
  int fit_pages = 0;
  std::string dump_layout;
  bool force = false;
  bool allow_images_outside = false;
  std::string text_output;
  bool check = false;
  bool attach_source = false;
};

std::string output_for(const Options& opt, const std::string& input) {
  if (!opt.output.empty()) return opt.output;
  fs::path pdf = fs::path(input).filename().replace_extension(".pdf");
  fs::path dir = !opt.out_dir.empty() ? fs::path(opt.out_dir) : fs::path(input).parent_path();
  return (dir / pdf).string();
}

std::vector<RenderJob> jobs_for(const Options& opt) {
  std::vector<RenderJob> jobs;
  for (const std::string& input : opt.inputs)
    jobs.push_back({input, output_for(opt, input), opt.layout, opt.fit_pages, opt.dump_layout,
                    opt.force, opt.allow_images_outside, opt.text_output, opt.check,
                    opt.attach_source});
  return jobs;
}

// Checks what can be checked before any rendering: a mistake here is the command
// line's, so nothing is written and the exit status is 2.
void check_jobs(const Options& opt, const std::vector<RenderJob>& jobs) {
  std::error_code ec;
  if (!opt.out_dir.empty() && !fs::is_directory(opt.out_dir, ec)) {
    std::string problem = fs::exists(opt.out_dir, ec) ? "is not a folder" : "does not exist";
    throw CLI::ValidationError("--out-dir", "'" + opt.out_dir + "' " + problem +
                                                "; jianli does not create folders, make it first");
  }
  // Two inputs of the same name into one folder would overwrite each other's PDF.
  std::map<fs::path, const RenderJob*> by_output;
  for (const RenderJob& job : jobs) {
    fs::path key = fs::absolute(job.output, ec).lexically_normal();
    auto [seen, fresh] = by_output.emplace(key, &job);
    if (fresh) continue;
    throw CLI::ValidationError("INPUT", "'" + seen->second->input + "' and '" + job.input +
                                            "' would both write '" + job.output +
                                            "'; render them into different folders");
  }
}

int list_layouts() {
  for (const parse::LayoutInfo& info : parse::list_layouts(pipeline::layout_dirs()))
    fmt::print("{:<12} {}\n", info.name, info.description);
  return 0;
}

}  // namespace

int run(int argc, char** argv) {
  // Subcommands come first, as words (`jianli check cv.md`); a résumé named "check" is
  // rendered as ./check.
  if (argc > 1 && std::string_view(argv[1]) == "check") return run_check(argc - 1, argv + 1);
  if (argc > 1 && std::string_view(argv[1]) == "extract") return run_extract(argc - 1, argv + 1);
  CLI::App app{"jianli (简历): typesets a résumé written in Markdown into a PDF", "jianli"};
  Options opt;
  app.add_option("INPUT", opt.inputs, "Markdown résumés (with YAML front matter) to render");
  auto* output = app.add_option("-o,--output", opt.output,
                                "the PDF to write (one input only; - for standard output)");
  app.add_option("-d,--out-dir", opt.out_dir, "folder for the PDFs (default: beside each input)")
      ->excludes(output);
  app.add_option("-l,--layout", opt.layout, "layout name (see --list-layouts) or a YAML file");
  app.add_flag("--list-layouts", opt.list_layouts, "list the layouts and exit");
  app.add_option("--fit-pages", opt.fit_pages,
                 "tighten spacing, then line height, then size (within the layout's bounds) "
                 "until the résumé fits N pages; refuse if it cannot")
      ->check(CLI::Range(1, 100));
  app.add_option("--dump-layout", opt.dump_layout,
                 "also write every page's lines, baselines and runs as JSON (one input only)");
  app.add_option("--text", opt.text_output,
                 "also write the résumé as plain text in reading order, for job portals "
                 "(one input only)");
  app.add_flag("--check", opt.check,
               "read the written PDF back as an applicant-tracking system would and compare "
               "it with the résumé (see 'jianli check'); exit 1 on any loss");
  app.add_flag("--attach-source", opt.attach_source,
               "carry the Markdown (and a layout file of its own) inside the PDF; "
               "'jianli extract' writes them back");
  app.add_flag("--force", opt.force, "replace outputs that are read-only");
  app.add_flag("--allow-images-outside", opt.allow_images_outside,
               "also read images outside the résumé's folder (an absolute path, or one with "
               "'..' or a symlink leading out); without it such an image is an error");
  app.add_flag("-q,--quiet", opt.quiet,
               "no progress lines (they are printed only when stderr is a terminal); "
               "errors and warnings are always printed");
  app.set_version_flag("--version", std::string("jianli ") + JIANLI_VERSION);
  app.footer("Subcommands: 'jianli check RESUME.md|RESUME.pdf' reads a PDF back and reports "
             "what an applicant-tracking system would lose; 'jianli extract CV.pdf [-d DIR]' "
             "writes back the files --attach-source embedded.\n"
             "Exit status: 0 done, 1 bad input (or --check found a loss), 2 bad usage.");
  std::vector<RenderJob> jobs;
  try {
    app.parse(argc, argv);
    if (std::string problem = pipeline::data_dir_problem(); !problem.empty()) {
      fmt::print(stderr, "jianli: error: {}\n", problem);
      return 2;
    }
    if (opt.list_layouts) return list_layouts();
    if (opt.inputs.empty()) throw CLI::RequiredError("INPUT");
    if (output->count() > 0 && opt.output.empty())
      throw CLI::ValidationError("--output",
                                 "is empty; give a file name, or - for standard output");
    if (!opt.output.empty() && opt.inputs.size() > 1)
      throw CLI::ValidationError("--output", "takes one input; use --out-dir for several");
    if (!opt.dump_layout.empty() && opt.inputs.size() > 1)
      throw CLI::ValidationError("--dump-layout", "takes one input");
    if (!opt.text_output.empty() && opt.inputs.size() > 1)
      throw CLI::ValidationError("--text", "takes one input");
    jobs = jobs_for(opt);
    check_jobs(opt, jobs);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }

  remove_temporaries_on_signals();
  bool progress = progress_wanted(opt.quiet);
  std::vector<JobReport> reports =
      render_all(jobs, [&](const RenderJob& job, const JobReport& report, size_t done) {
        print_block(job_summary(job, report, done, jobs.size(), progress));
      });
  bool all_ok = std::all_of(reports.begin(), reports.end(),
                            [](const JobReport& report) { return report.ok; });
  return all_ok ? 0 : 1;
}

}  // namespace jianli::cli
