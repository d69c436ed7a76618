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
#include "cli/color.h"
#include "cli/manual.h"
#include "cli/new_resume.h"
#include "cli/output.h"
#include "cli/output_pattern.h"
#include "cli/progress.h"
#include "cli/render.h"
#include "cli/resume_versions.h"
#include "cli/versions.h"
#include "cli/watch.h"
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
  ColorMode color = ColorMode::Auto;
  bool help_man = false;
  StarterLanguage starter_language = StarterLanguage::Chinese;
  std::string starter_file = "resume.md";
  CLI::Option* output_option = nullptr;  // to tell `-o ''` from no -o
  CLI::Option* dpi_option = nullptr;     // --dpi and --long-image need --format png
  CLI::Option* long_image_option = nullptr;
  OutputFormat format = OutputFormat::Pdf;
  PageImages images;
  bool long_image = false;
  bool watch = false;
  size_t jobs = 0;  // --jobs: 0, one worker per core
  std::string text_output;
  bool check = false;
  bool attach_source = false;
  parse::Selection selection;  // --lang, --variant, --with
  VersionRequest versions;     // --all-langs, --all-variants
};

std::string output_for(const Options& opt, const std::string& input) {
  if (!opt.output.empty()) return opt.output;
  fs::path pdf = fs::path(input).filename().replace_extension(
      opt.format == OutputFormat::Pdf ? ".pdf" : ".png");
  fs::path dir = !opt.out_dir.empty() ? fs::path(opt.out_dir) : fs::path(input).parent_path();
  return (dir / pdf).string();
}

std::vector<RenderJob> jobs_for(const Options& opt) {
  std::vector<RenderJob> jobs;
  for (const std::string& input : opt.inputs) {
    RenderJob job{input,     output_for(opt, input),   opt.layout,   opt.fit_pages, opt.dump_layout,
                  opt.force, opt.allow_images_outside, opt.format,   opt.images,    opt.text_output,
                  opt.check, opt.attach_source,        opt.selection};
    for (RenderJob& version : expand_versions(job, opt.versions)) {
      if (is_output_pattern(opt.output))
        version.output = expand_output_pattern(opt.output, version);
      jobs.push_back(std::move(version));
    }
  }
  return jobs;
}

// The input, with the version it renders when there is one: "cv.md (variant ml, lang en)".
std::string job_named(const RenderJob& job) {
  std::string version;
  if (!job.selection.variant.empty()) version += "variant " + job.selection.variant;
  if (!job.selection.lang.empty())
    version += (version.empty() ? "lang " : ", lang ") + job.selection.lang;
  return version.empty() ? job.input : job.input + " (" + version + ")";
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
    fs::path folder = fs::path(job.output).parent_path();
    if (is_output_pattern(opt.output) && !folder.empty() && !fs::is_directory(folder, ec))
      throw CLI::ValidationError("--output", "gives '" + job.output + "', whose folder '" +
                                                 folder.string() +
                                                 "' is not there; jianli does not create "
                                                 "folders, make it first");
    fs::path key = fs::absolute(job.output, ec).lexically_normal();
    auto [seen, fresh] = by_output.emplace(key, &job);
    if (fresh) continue;
    const std::string both = "'" + job_named(*seen->second) + "' and '" + job_named(job) +
                             "' would both write '" + job.output + "'";
    if (is_output_pattern(opt.output))
      throw CLI::ValidationError("--output", both +
                                                 "; add {stem}, {dir}, {lang} or {variant} to "
                                                 "the pattern to tell them apart");
    throw CLI::ValidationError("INPUT", both + "; render them into different folders");
  }
}

std::string_view origin_name(pipeline::LayoutOrigin origin) {
  switch (origin) {
    case pipeline::LayoutOrigin::Resume:
      return "local";
    case pipeline::LayoutOrigin::User:
      return "user";
    case pipeline::LayoutOrigin::Shipped:
      break;
  }
  return "shipped";
}

// Each layout with where it comes from: `local` (layouts/ beside the résumé, or the current
// folder without one), `user` (the user's folder) or `shipped`.
int list_layouts(const Options& opt) {
  std::string folder =
      opt.inputs.empty() ? "." : fs::path(opt.inputs.front()).parent_path().string();
  std::vector<pipeline::LayoutDir> dirs = pipeline::layout_dirs(folder);
  for (const parse::LayoutInfo& info : parse::list_layouts(pipeline::paths_of(dirs))) {
    pipeline::LayoutOrigin origin = pipeline::LayoutOrigin::Shipped;
    std::error_code ec;
    for (const pipeline::LayoutDir& dir : dirs) {
      if (!fs::equivalent(fs::path(info.path).parent_path(), dir.path, ec)) continue;
      origin = dir.origin;
      break;
    }
    fmt::print("{:<12} {:<8} {}\n", info.name, origin_name(origin), info.description);
  }
  return 0;
}

// The values --format, --color and `new --lang` take, as their types.
const std::map<std::string, OutputFormat> kFormats = {{"pdf", OutputFormat::Pdf},
                                                      {"png", OutputFormat::Png}};
const std::map<std::string, ColorMode> kColorModes = {
    {"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}};
const std::map<std::string, StarterLanguage> kStarterLanguages = {{"zh", StarterLanguage::Chinese},
                                                                  {"en", StarterLanguage::English}};

// Every option of the command line, with the text --help and the man page print.
CLI::App* define_options(CLI::App& app, Options& opt) {
  app.add_option("INPUT", opt.inputs, "Markdown résumés (with YAML front matter) to render");
  opt.output_option =
      app.add_option("-o,--output", opt.output,
                     "the PDF to write (- for standard output), or a pattern for several: "
                     "{stem}, {dir}, {lang}, {variant} and {ext} are filled in "
                     "for each input and version")
          ->type_name("FILE");
  app.add_option("-d,--out-dir", opt.out_dir, "folder for the PDFs (default: beside each input)")
      ->type_name("FOLDER")
      ->excludes(opt.output_option);
  app.add_option("-l,--layout", opt.layout,
                 "layout name (see --list-layouts) or a YAML file; a name is looked up in "
                 "layouts/ beside the résumé, then in the user's folder "
                 "($XDG_CONFIG_HOME/jianli/layouts, default ~/.config/jianli/layouts), then "
                 "in jianli's own")
      ->type_name("NAME|FILE");
  app.add_flag("--list-layouts", opt.list_layouts,
               "list the layouts, each with where it comes from (local: layouts/ beside the "
               "résumé, or the current folder; user: the user's folder; shipped), and exit");
  app.add_option("--fit-pages", opt.fit_pages,
                 "tighten spacing, then line height, then size (within the layout's bounds) "
                 "until the résumé fits N pages; refuse if it cannot")
      ->type_name("N")
      ->check(CLI::Range(1, 100));
  app.add_option("--dump-layout", opt.dump_layout,
                 "also write every page's lines, baselines and runs as JSON (one input only)")
      ->type_name("FILE");

  app.add_option("-f,--format", opt.format,
                 "pdf, or png: pictures of the pages drawn from the PDF (NAME-1.png, "
                 "NAME-2.png … beside the input, or from -o's name)")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case));
  opt.dpi_option = app.add_option("--dpi", opt.images.dpi, "pixels per inch of the pictures (150)")
                       ->check(CLI::Range(18, 600));
  opt.long_image_option =
      app.add_flag("--long-image", opt.long_image,
                   "one tall picture of every page (NAME.png), for sharing on a phone");
  app.add_flag("-w,--watch", opt.watch,
               "render, then again on every save of the résumé, its layout and "
               "images, until Ctrl-C (one input only)");
  app.add_option("-j,--jobs", opt.jobs,
                 "render up to N inputs at once (default: one per core); the files are the "
                 "same whatever N")
      ->check(CLI::Range(1, 1024));
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
  app.add_option_function<std::string>(
         "--color", [&opt](const std::string& name) { opt.color = kColorModes.at(name); },
         "colour errors and warnings as compilers do: auto (the default) only when stderr is a "
         "terminal and NO_COLOR is not set, always, or never")
      ->type_name("auto|always|never")
      ->check(CLI::IsMember(kColorModes).description(""));
  app.set_version_flag("--version", version_text,
                       "print jianli's version and those of the libraries it uses, and exit");
  app.add_flag("--help-man", opt.help_man, "print the man page (roff) and exit")->group("");
  app.footer(
      "Subcommands: 'jianli check RESUME.md|RESUME.pdf' reads a PDF back and reports "
      "what an applicant-tracking system would lose; 'jianli extract CV.pdf [-d DIR]' "
      "writes back the files --attach-source embedded.\n"
      "Exit status: 0 done, 1 bad input (or --check found a loss), 2 bad usage.");

  CLI::App* starter = app.add_subcommand(
      "new",
      "write a starter résumé to FILE (default resume.md) to edit and render; never "
      "replaces a file");
  starter
      ->add_option_function<std::string>(
          "--lang",
          [&opt](const std::string& name) { opt.starter_language = kStarterLanguages.at(name); },
          "the résumé's language (default zh)")
      ->type_name("zh|en")
      ->check(CLI::IsMember(kStarterLanguages).description(""));
  starter->add_option("FILE", opt.starter_file, "the file to write (default resume.md)");
  return starter;
}

}  // namespace

int run(int argc, char** argv) {
  // `check` and `extract` have options of their own, parsed by their own commands; a
  // résumé named "check" is rendered as ./check.
  if (argc > 1 && std::string_view(argv[1]) == "check") return run_check(argc - 1, argv + 1);
  if (argc > 1 && std::string_view(argv[1]) == "extract") return run_extract(argc - 1, argv + 1);
  CLI::App app{"jianli (简历): typesets a résumé written in Markdown into a PDF", "jianli"};
  Options opt;
  CLI::App* starter = define_options(app, opt);
  std::vector<RenderJob> jobs;
  try {
    app.parse(argc, argv);
    if (opt.help_man) {
      fmt::print("{}", man_page(app, JIANLI_VERSION));
      return 0;
    }
    if (std::string problem = pipeline::data_dir_problem(); !problem.empty()) {
      fmt::print(stderr, "jianli: error: {}\n", problem);
      return 2;
    }
    if (starter->parsed())
      return write_starter(opt.starter_language, opt.starter_file, pipeline::data_dir());
    if (opt.list_layouts) return list_layouts(opt);
    if (opt.inputs.empty()) throw CLI::RequiredError("INPUT");
    if (opt.output_option->count() > 0 && opt.output.empty())
      throw CLI::ValidationError("--output",
                                 "is empty; give a file name, or - for standard output");
    const bool one_output = !opt.output.empty() && !is_output_pattern(opt.output);
    if (one_output && opt.inputs.size() > 1)
      throw CLI::ValidationError("--output",
                                 "takes one input; use --out-dir, or a pattern such as "
                                 "'{stem}.pdf', for several");
    if (!opt.dump_layout.empty() && opt.inputs.size() > 1)
      throw CLI::ValidationError("--dump-layout", "takes one input");
    if (opt.format != OutputFormat::Png &&
        (opt.dpi_option->count() > 0 || opt.long_image_option->count() > 0))
      throw CLI::ValidationError(opt.dpi_option->count() > 0 ? "--dpi" : "--long-image",
                                 "draws pictures; add --format png");
    if (opt.long_image) opt.images.arrangement = raster::Arrangement::LongImage;
    if (opt.watch && opt.inputs.size() > 1)
      throw CLI::ValidationError("--watch", "takes one input");
    if (opt.watch && opt.output == "-")
      throw CLI::ValidationError("--watch", "writes a file each time; give -o a file name");
    if (!opt.text_output.empty() && opt.inputs.size() > 1)
      throw CLI::ValidationError("--text", "takes one input");
    if (opt.versions.wanted() &&
        (one_output || !opt.dump_layout.empty() || !opt.text_output.empty()))
      throw CLI::ValidationError(one_output                 ? "--output"
                                 : !opt.dump_layout.empty() ? "--dump-layout"
                                                            : "--text",
                                 "writes one file, and --all-langs/--all-variants several; use "
                                 "--out-dir, or an -o pattern such as '{stem}.{lang}.pdf'");
    if (opt.watch && opt.versions.wanted())
      throw CLI::ValidationError("--watch", "renders one version; use --lang or --variant");
    jobs = jobs_for(opt);
    check_jobs(opt, jobs);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }

  if (opt.watch) return watch(jobs.front(), opt.quiet);
  remove_temporaries_on_signals();
  bool progress = progress_wanted(opt.quiet);
  bool color = color_wanted(opt.color);
  std::vector<JobReport> reports = render_all(
      jobs,
      [&](const RenderJob& job, const JobReport& report, size_t done) {
        print_block(job_summary(job, report, done, jobs.size(), progress, color));
      },
      opt.jobs);
  bool all_ok = std::all_of(reports.begin(), reports.end(),
                            [](const JobReport& report) { return report.ok; });
  return all_ok ? 0 : 1;
}

}  // namespace jianli::cli
