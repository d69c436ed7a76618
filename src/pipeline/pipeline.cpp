#include "pipeline/pipeline.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "image/catalog.h"
#include "layout/engine.h"
#include "layout/fit.h"
#include "model/error.h"
#include "parse/document_reader.h"
#include "parse/layout_file.h"

namespace jianli::pipeline {
namespace fs = std::filesystem;

namespace {

// An installed jianli keeps its data in PREFIX/share/jianli beside PREFIX/bin/jianli
// (`cmake --install`), so the install can be moved as a whole; found from the running
// program's own path.
std::string installed_data_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  fs::path dir = exe.parent_path().parent_path() / "share" / "jianli";
  return fs::is_directory(dir / "layouts", ec) ? dir.string() : std::string();
}

}  // namespace

std::string data_dir() {
  const char* env = std::getenv("JIANLI_DATA_DIR");
  if (env && *env) return env;
  // Once per process: the answer cannot change while it runs.
  static const std::string installed = installed_data_dir();
  return installed.empty() ? JIANLI_DATA_DIR : installed;
}

std::string user_layout_dir() {
  // The XDG Base Directory rule: a relative XDG_CONFIG_HOME is invalid and ignored.
  const char* config = std::getenv("XDG_CONFIG_HOME");
  if (config && *config && fs::path(config).is_absolute())
    return (fs::path(config) / "jianli" / "layouts").string();
  const char* home = std::getenv("HOME");
  if (home && *home) return (fs::path(home) / ".config" / "jianli" / "layouts").string();
  return {};
}

std::vector<LayoutDir> layout_dirs(const std::string& resume_folder, const std::string& data_dir) {
  std::string shipped = data_dir + "/layouts";
  fs::path folder = resume_folder.empty() ? fs::path(".") : fs::path(resume_folder);
  std::vector<LayoutDir> dirs;
  // The seed résumés of the source tree have jianli's own layouts/ beside them: those
  // stay `shipped`.
  std::error_code ec;
  for (const LayoutDir& dir : {LayoutDir{(folder / "layouts").string(), LayoutOrigin::Resume},
                               LayoutDir{user_layout_dir(), LayoutOrigin::User}}) {
    if (!dir.path.empty() && !fs::equivalent(dir.path, shipped, ec)) dirs.push_back(dir);
  }
  dirs.push_back({shipped, LayoutOrigin::Shipped});
  return dirs;
}

std::vector<std::string> paths_of(const std::vector<LayoutDir>& dirs) {
  std::vector<std::string> paths;
  for (const LayoutDir& dir : dirs) paths.push_back(dir.path);
  return paths;
}

std::string data_dir_problem() {
  const char* env = std::getenv("JIANLI_DATA_DIR");
  std::string dir = data_dir();
  std::string named =
      env && *env ? "JIANLI_DATA_DIR '" + dir + "'" : "the data folder '" + dir + "'";
  std::string way_out = env && *env ? "; point it at jianli's folder (the one holding layouts/ "
                                      "and fonts/), or unset it"
                                    : "; set JIANLI_DATA_DIR to jianli's folder (the one holding "
                                      "layouts/ and fonts/)";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return named + " is not a folder" + way_out;
  for (const auto& entry : fs::directory_iterator(dir + "/layouts", ec))
    if (entry.path().extension() == ".yaml") return {};
  return named + " holds no layouts (layouts/*.yaml)" + way_out;
}

std::string section_roles_path(const std::string& data_dir) {
  return data_dir + "/data/sections.yaml";
}

std::vector<std::string> Messages::lines() const {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : diagnostics.all()) out.push_back(model::format(d));
  return out;
}

namespace {

std::string format_pt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// A résumé that does not fit job.fit_pages even at the tightest: the one error after
// which dropping an optional part may help.
class CannotFit : public model::InputError {
  using model::InputError::InputError;
};

// Lays out within job.fit_pages, noting what was tightened; refuses when it cannot.
layout::LayoutResult fit(const Job& job, const model::Document& doc, const model::LayoutSpec& spec,
                         text::FontLibrary& fonts, const image::Catalog& images,
                         model::Diagnostics& diagnostics) {
  layout::FitResult fitted = layout::fit_pages(doc, spec, fonts, job.fit_pages, images);
  if (!fitted.laid) {
    throw CannotFit(job.path, {},
                    "cannot fit " + std::to_string(job.fit_pages) +
                        " page(s): at the tightest the layout " + "allows (body " +
                        format_pt(spec.fit_min_body_size) + " pt, line height " +
                        format_pt(spec.fit_min_leading) + ") it still takes " +
                        std::to_string(fitted.pages) + "; no PDF written");
  }
  std::string changes;
  for (const std::string& change : fitted.changes)
    changes += (changes.empty() ? "" : ", ") + change;
  diagnostics.add({.file = job.path,
                   .message = "fitted to " + std::to_string(job.fit_pages) + " page(s): " +
                              (changes.empty() ? "nothing needed changing" : changes),
                   .severity = model::Diagnostic::Severity::Note});
  return std::move(*fitted.laid);
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The Markdown as it was read, and the layout file when the résumé names one of its own
// (a shipped layout is named in the Markdown and comes with jianli).
std::vector<model::AttachedFile> source_files(const Job& job, const std::string& layout) {
  std::string name = fs::path(job.path).filename().string();
  std::vector<model::AttachedFile> files{
      {name.empty() ? "resume.md" : name, job.source, "text/markdown", "the résumé's Markdown"}};
  if (parse::is_layout_path(layout)) {
    std::string layout_file = fs::path(layout).filename().string();
    if (layout_file == files.front().name) layout_file = "layout-" + layout_file;
    files.push_back({layout_file, file_bytes(layout), "application/yaml", "the layout it used"});
  }
  return files;
}

}  // namespace

Resources::Resources(const std::string& data_dir)
    : data_dir(data_dir),
      section_roles(parse::load_section_roles(section_roles_path(data_dir))),
      faces(std::make_shared<text::FaceStore>(std::vector<std::string>{data_dir + "/fonts"},
                                              data_dir + "/fonts/packages.yaml")) {}

Pipeline::Pipeline(const std::string& data_dir) : Pipeline(std::make_shared<Resources>(data_dir)) {}

Pipeline::Pipeline(std::shared_ptr<Resources> shared)
    : shared_(std::move(shared)), fonts_(shared_->faces) {}

std::string Pipeline::layout_name(const Job& job, const model::Document& doc) const {
  std::string name = !job.layout.empty()        ? job.layout
                     : !doc.meta.layout.empty() ? doc.meta.layout
                                                : "default";
  // A layout file the front matter names lives with the résumé, wherever jianli runs from.
  if (job.layout.empty() && parse::is_layout_path(name) && fs::path(name).is_relative())
    name = (fs::path(job.path).parent_path() / name).string();
  return name;
}

model::LayoutSpec Pipeline::layout_for(const Job& job, const model::Document& doc) {
  std::string name = layout_name(job, doc);
  try {
    // The language picks the layout's labels ("Page 1 of 2" or "第 1 页 / 共 2 页").
    std::vector<std::string> dirs =
        paths_of(layout_dirs(fs::path(job.path).parent_path(), shared_->data_dir));
    return shared_->layouts.load(name, dirs, doc.meta.layout_overrides,
                                 layout::document_language(doc));
  } catch (model::InputError& e) {
    // An unknown layout named in the front matter points at that line.
    if (job.layout.empty() && !doc.meta.layout.empty() && e.file().empty())
      throw model::InputError(job.path, doc.meta.layout_pos, e.what(),
                              model::line_of(job.source, doc.meta.layout_pos.line));
    throw;
  }
}

Rendered Pipeline::render(const Job& job, const model::Backend& backend, Messages& messages) {
  // --fit-pages wins over a variant's fit_pages.
  Job attempt = job;
  if (attempt.fit_pages == 0)
    attempt.fit_pages = parse::variant_fit_pages(job.source, job.path, job.selection);
  if (attempt.fit_pages == 0) return render_once(attempt, backend, messages);
  // Optional parts go one at a time, lowest priority first, only while the rest cannot fit.
  const std::vector<std::string> droppable =
      parse::optional_parts(job.source, job.path, job.selection);
  for (size_t dropped = 0;; ++dropped) {
    attempt.selection.drop_optional = dropped;
    Messages tried;
    try {
      Rendered rendered = render_once(attempt, backend, tried);
      messages.diagnostics.add(tried.diagnostics);
      if (dropped > 0) {
        std::string parts;
        for (size_t i = 0; i < dropped; ++i) parts += (i ? "; " : "") + droppable[i];
        messages.diagnostics.add(
            {.file = job.path,
             .message = "dropped " + std::to_string(dropped) + " optional part(s) to fit " +
                        std::to_string(attempt.fit_pages) + " page(s): " + parts,
             .severity = model::Diagnostic::Severity::Note});
      }
      return rendered;
    } catch (const CannotFit&) {
      if (dropped < droppable.size()) continue;
      messages.diagnostics.add(tried.diagnostics);
      throw;
    }
  }
}

Rendered Pipeline::render_once(const Job& job, const model::Backend& backend, Messages& messages) {
  model::Document doc =
      parse::read_document(job.source, job.path, shared_->section_roles, job.selection);
  messages.diagnostics.add(doc.diagnostics);
  image::LoadOptions image_options{.folder = fs::path(job.path).parent_path(),
                                   .allow_outside = job.allow_images_outside};
  image::Catalog images = image::load_images(doc, job.source, image_options, messages.diagnostics);
  model::LayoutSpec spec = layout_for(job, doc);
  // A font family that is not installed is reported where it was named (FontTable).
  layout::LayoutResult laid = job.fit_pages > 0
                                  ? fit(job, doc, spec, fonts_, images, messages.diagnostics)
                                  : layout::lay_out(doc, spec, fonts_, images);
  messages.diagnostics.add(laid.diagnostics);
  if (laid.pages.pages.size() > kMaxPages) {
    throw model::InputError(job.path, {},
                            "the résumé runs to " + std::to_string(laid.pages.pages.size()) +
                                " pages, past jianli's limit of " + std::to_string(kMaxPages) +
                                " (libharu fails near 30,000); split it into several files");
  }
  std::vector<std::string> files_read = spec.files;
  for (std::string& path : images.paths()) files_read.push_back(std::move(path));
  // A photo not there yet is watched for too: saving it renders again.
  for (const std::string& path : images.unread_paths()) files_read.push_back(path);
  if (job.attach_source) laid.pages.attachments = source_files(job, layout_name(job, doc));
  std::string bytes = backend.render(laid.pages);
  return {std::move(bytes), std::move(laid.pages), std::move(files_read)};
}

}  // namespace jianli::pipeline
