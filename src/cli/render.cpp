#include "cli/render.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/output.h"
#include "layout/dump.h"
#include "layout/engine.h"
#include "layout/fit.h"
#include "model/error.h"
#include "parse/document_reader.h"
#include "parse/layout_file.h"
#include "pdf/pdf_writer.h"
#include "text/fonts.h"

namespace jianli::cli {
namespace fs = std::filesystem;

std::string data_dir() {
  const char* env = std::getenv("JIANLI_DATA_DIR");
  return env && *env ? env : JIANLI_DATA_DIR;
}

std::vector<std::string> layout_dirs() { return {data_dir() + "/layouts"}; }

namespace {

std::string format_pt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// The text of a 1-based line, for messages.
std::string line_of(const std::string& source, int line) {
  size_t start = 0;
  for (int i = 1; i < line && start != std::string::npos; ++i) {
    start = source.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos || line <= 0) return {};
  std::string text = source.substr(start, source.find('\n', start) - start);
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

std::string read_input(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw model::InputError(path, {}, "is a folder; give a Markdown file");
  // A pipe or device would block or never end; a résumé is a file.
  if (fs::exists(path, ec) && !fs::is_regular_file(path, ec))
    throw model::InputError(path, {}, "is not a regular file; give a Markdown file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw model::InputError(path, {}, "cannot read the file (missing or not readable)");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Lays out within --fit-pages, saying what was tightened; refuses when it cannot.
layout::LayoutResult fit(const RenderJob& job, const model::Document& doc,
                         const model::LayoutSpec& spec, text::FontLibrary& fonts,
                         std::vector<std::string>& notes) {
  layout::FitResult fitted = layout::fit_pages(doc, spec, fonts, job.fit_pages);
  if (!fitted.laid) {
    throw model::InputError(job.input, {},
                            "cannot fit " + std::to_string(job.fit_pages) +
                                " page(s): at the tightest the layout " + "allows (body " +
                                format_pt(spec.fit_min_body_size) + " pt, line height " +
                                format_pt(spec.fit_min_leading) + ") it still takes " +
                                std::to_string(fitted.pages) + "; no PDF written");
  }
  std::string changes;
  for (const std::string& change : fitted.changes)
    changes += (changes.empty() ? "" : ", ") + change;
  notes.push_back(job.input + ": note: fitted to " + std::to_string(job.fit_pages) +
                  " page(s): " + (changes.empty() ? "nothing needed changing" : changes));
  return std::move(*fitted.laid);
}

}  // namespace

int render(const RenderJob& job, std::vector<std::string>& warnings) {
  std::error_code ec;
  if (fs::exists(job.output, ec) && fs::equivalent(job.input, job.output, ec))
    throw model::InputError(job.output, {}, "the output would overwrite the input");
  const std::string source = read_input(job.input);
  model::Document doc = parse::read_document(source, job.input);
  warnings.insert(warnings.end(), doc.warnings.begin(), doc.warnings.end());
  std::string layout_name = !job.layout.empty()        ? job.layout
                            : !doc.meta.layout.empty() ? doc.meta.layout
                                                       : "default";
  model::LayoutSpec spec;
  try {
    // The language picks the layout's labels ("Page 1 of 2" or "第 1 页 / 共 2 页").
    spec = parse::load_layout(layout_name, layout_dirs(), doc.meta.layout_overrides,
                              layout::document_language(doc));
  } catch (model::InputError& e) {
    // An unknown layout named in the front matter points at that line.
    if (job.layout.empty() && !doc.meta.layout.empty() && e.file().empty())
      throw model::InputError(job.input, doc.meta.layout_pos, e.what(),
                              line_of(source, doc.meta.layout_pos.line));
    throw;
  }
  text::FontLibrary fonts({data_dir() + "/fonts"}, data_dir() + "/fonts/packages.yaml");
  layout::LayoutResult laid;
  try {
    laid = job.fit_pages > 0 ? fit(job, doc, spec, fonts, warnings)
                             : layout::lay_out(doc, spec, fonts);
  } catch (const model::InputError& e) {
    if (!e.file().empty()) throw;
    // A missing font: the layout names it, so the layout file is where to look.
    throw model::InputError(spec.source_path, {}, e.what());
  }
  warnings.insert(warnings.end(), laid.warnings.begin(), laid.warnings.end());
  if (!job.dump_layout.empty()) write_atomically(job.dump_layout, layout::dump_json(laid.pages));
  write_atomically(job.output, pdf::render_pdf(laid.pages));
  return static_cast<int>(laid.pages.pages.size());
}

}  // namespace jianli::cli
