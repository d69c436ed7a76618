// One résumé from Markdown text to an output's bytes, the way every front end runs it
// (the command line, the fuzzers, the benchmarks):
//   parse::read_document -> parse::load_layout (the front matter's values, the
//   document's language) -> layout::lay_out or fit_pages -> a model::Backend.
// It reads no file but layouts, fonts and the résumé's images (image::load_images, from
// the résumé's folder) and writes none: where the Markdown comes from and where the
// bytes go is the caller's business.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/backend.h"
#include "model/diagnostic.h"
#include "model/document.h"
#include "model/page.h"
#include "model/style.h"
#include "parse/section_roles.h"
#include "parse/selection.h"
#include "pipeline/layout_cache.h"
#include "text/fonts.h"

namespace jianli::pipeline {

// Where jianli finds its own layouts/, fonts/ and data/: $JIANLI_DATA_DIR, else
// ../share/jianli from the program when installed, else the source tree it was built from.
std::string data_dir();

// Where a layout name is looked up, the first found winning: `layouts/` beside the résumé
// (its folder given), the user's own, then jianli's.
enum class LayoutOrigin { Resume, User, Shipped };
struct LayoutDir {
  std::string path;
  LayoutOrigin origin;
};
// $XDG_CONFIG_HOME/jianli/layouts, else ~/.config/jianli/layouts; empty without either.
std::string user_layout_dir();
std::vector<LayoutDir> layout_dirs(const std::string& resume_folder,
                                   const std::string& data_dir = pipeline::data_dir());
std::vector<std::string> paths_of(const std::vector<LayoutDir>& dirs);
// Why the data folder cannot serve (missing, or no layouts in it); empty when it can.
std::string data_dir_problem();
// The headings that name section roles (parse/section_roles.h): DATA_DIR/data/sections.yaml.
std::string section_roles_path(const std::string& data_dir = pipeline::data_dir());

struct Job {
  std::string source;  // the Markdown file's bytes
  std::string path;    // its name, for messages
  std::string layout;  // a layout name or YAML file; empty: the front matter's, else "default"
  int fit_pages = 0;   // tighten the layout until the résumé fits this many pages; 0: off
  // Read images outside the résumé's folder too (--allow-images-outside); else such an
  // image is an error.
  bool allow_images_outside = false;
  // Carry the Markdown and the layout file it used inside the output (--attach-source).
  bool attach_source = false;
  parse::Selection selection;  // language, variant, private values
};

// What a run tells the user besides an error.
struct Messages {
  // The reader's warnings, the note of what fitting changed, then the layout's warnings
  // (characters no font has).
  model::Diagnostics diagnostics;

  // Every message as the user reads it, one per line.
  std::vector<std::string> lines() const;
};

struct Rendered {
  std::string bytes;     // the backend's output
  model::PageSet pages;  // the laid-out pages it drew
  // The files it read besides the résumé: the layout's files and the images (those named
  // but missing or unreadable too), for --watch.
  std::vector<std::string> files_read;
  int page_count() const { return static_cast<int>(pages.pages.size()); }
};

// What does not depend on the document, loaded once and shared by every Pipeline of a run
// (a batch's worker threads): the faces found so far, the layouts read and the section roles.
// Safe from several threads at once.
struct Resources {
  // Throws model::InputError when the data folder's section roles or font package list are
  // malformed.
  explicit Resources(const std::string& data_dir = pipeline::data_dir());

  const std::string data_dir;
  const parse::SectionRoles section_roles;
  const std::shared_ptr<text::FaceStore> faces;
  LayoutCache layouts;
};

// Renders jobs, keeping what they share (Resources, its own or another pipeline's) and the
// runs it has shaped (text::FontLibrary::shapes). Not for several threads at once; one
// Pipeline per thread is, sharing one Resources.
class Pipeline {
 public:
  // More pages than a résumé ever has, well under the ~30,000 at which libharu fails
  // (error 0x1001, measured): a runaway input gets a sentence, not a libharu code.
  static constexpr size_t kMaxPages = 10000;

  explicit Pipeline(const std::string& data_dir = pipeline::data_dir());
  explicit Pipeline(std::shared_ptr<Resources> shared);

  // Throws model::InputError for bad input (a malformed file, an unknown layout, a
  // missing font, a résumé too long for fit_pages or kMaxPages); what was found before the error
  // stays in `messages`.
  // With fit_pages (the job's or its variant's), parts marked optional are dropped, lowest
  // priority first, only while the résumé cannot fit by tightening; a note names them.
  Rendered render(const Job& job, const model::Backend& backend, Messages& messages);

 private:
  // The layout name or file the job uses: the command line's, the front matter's (a file
  // relative to the résumé), else "default".
  std::string layout_name(const Job& job, const model::Document& doc) const;
  Rendered render_once(const Job& job, const model::Backend& backend, Messages& messages);
  model::LayoutSpec layout_for(const Job& job, const model::Document& doc);

  std::shared_ptr<Resources> shared_;
  text::FontLibrary fonts_;  // the shared faces, with this pipeline's shaped runs
};

}  // namespace jianli::pipeline
