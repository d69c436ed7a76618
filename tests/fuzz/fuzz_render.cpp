// libFuzzer target: any bytes as a résumé, rendered the whole way to a PDF in memory
// (parse, the default layout, lay_out, render_pdf), as src/cli/render.cpp does but
// without the file system. model::InputError is a user's message; anything else is a bug.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "cli/render.h"
#include "layout/engine.h"
#include "model/error.h"
#include "parse/document_reader.h"
#include "parse/layout_file.h"
#include "pdf/pdf_writer.h"
#include "text/fonts.h"

namespace {

using namespace jianli;

// Loaded once: fontconfig and the layout files are not what is being fuzzed, and
// loading them per input would make each run many times slower.
struct Setup {
  std::map<std::string, model::LayoutSpec> layouts;  // the default layout, by language
  text::FontLibrary fonts{{cli::data_dir() + "/fonts"}, cli::data_dir() + "/fonts/packages.yaml"};

  // As src/cli/render.cpp loads it: the language picks the labels, and the front
  // matter's layout values (`jianli: {paper: …}`) are merged over it.
  model::LayoutSpec layout_for(const model::Document& doc) {
    std::string lang = layout::document_language(doc);
    const model::LayoutOverrides& overrides = doc.meta.layout_overrides;
    if (!overrides.yaml.empty())
      return parse::load_layout("default", cli::layout_dirs(), overrides, lang);
    auto found = layouts.find(lang);
    if (found == layouts.end())
      found =
          layouts.emplace(lang, parse::load_layout("default", cli::layout_dirs(), {}, lang)).first;
    return found->second;
  }
};

Setup& setup() {
  static Setup* once = new Setup();  // never destroyed: no order-of-exit surprises
  return *once;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Setup& s = setup();
  try {
    // The front matter's `jianli: layout:` is ignored on purpose: it could name any
    // file on the machine, and the layout reader has its own tests.
    model::Document doc = parse::read_document(bytes, "fuzz.md");
    layout::LayoutResult laid = layout::lay_out(doc, s.layout_for(doc), s.fonts);
    std::string pdf = pdf::render_pdf(laid.pages);
    if (pdf.compare(0, 5, "%PDF-") != 0) __builtin_trap();  // a PDF must come out
  } catch (const model::InputError&) {
  }
  return 0;
}
