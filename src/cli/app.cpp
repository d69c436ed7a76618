#include "cli/app.h"

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "cli/render.h"
#include "cli/versions.h"
#include "parse/lang_blocks.h"
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
  parse::Selection selection;  // --lang, --variant, --with
  VersionRequest versions;     // --all-langs, --all-variants
};

std::string output_for(const Options& opt, const std::string& input) {
  if (!opt.output.empty()) return opt.output;
  fs::path pdf = fs::path(input).filename().replace_extension(".pdf");
  fs::path dir = !opt.out_dir.empty() ? fs::path(opt.out_dir) : fs::path(input).parent_path();
  return (dir / pdf).string();
}

std::vector<RenderJob> jobs_for(const Options& opt) {
  std::vector<RenderJob> jobs;
  for (const std::string& input : opt.inputs) {
    RenderJob job{input,     output_for(opt, input),   opt.layout,   opt.fit_pages, opt.dump_layout,
                  opt.force, opt.allow_images_outside, opt.selection};
    for (RenderJob& version : expand_versions(job, opt.versions))
      jobs.push_back(std::move(version));
  }
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
  app.add_flag("--force", opt.force, "replace outputs that are read-only");
  app.add_flag("--allow-images-outside", opt.allow_images_outside,
               "also read images outside the résumé's folder (an absolute path, or one with "
               "'..' or a symlink leading out); without it such an image is an error");
  auto* lang = app.add_option("--lang", opt.selection.lang,
                              "render this language's blocks (<!-- lang: en -->…<!-- /lang -->)")
                   ->check(CLI::IsMember(parse::known_languages()));
  app.add_flag("--all-langs", opt.versions.all_langs,
               "render every language of each input, to NAME.zh.pdf, NAME.en.pdf …")
      ->excludes(lang);
  auto* variant = app.add_option("--variant", opt.selection.variant,
                                 "render this variant of the front matter's 'variants'");
  app.add_flag("--all-variants", opt.versions.all_variants,
               "render every variant of each input, to NAME.VARIANT.pdf")
      ->excludes(variant);
  app.add_option("--with", opt.selection.private_path,
                 "merge this YAML file's values (phone, photo, address) over the front matter");
  app.add_flag("-q,--quiet", opt.quiet,
               "no progress lines (they are printed only when stderr is a terminal); "
               "errors and warnings are always printed");
  app.set_version_flag("--version", std::string("jianli ") + JIANLI_VERSION);
  app.footer("Exit status: 0 done, 1 bad input, 2 bad usage.");
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
    if (opt.versions.wanted() && (!opt.output.empty() || !opt.dump_layout.empty()))
      throw CLI::ValidationError(opt.output.empty() ? "--dump-layout" : "--output",
                                 "writes one file, and --all-langs/--all-variants several; use "
                                 "--out-dir");
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
