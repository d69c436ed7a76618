// Paragraph breaking on the seed résumé's paragraphs and on a 10,000-character
// paragraph, total fit against first fit. Run: build/bench/linebreak_bench
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "layout/collect.h"
#include "layout/font_table.h"
#include "layout/linebreak.h"
#include "layout/prepare.h"
#include "parse/document_reader.h"
#include "parse/layout_file.h"
#include "text/fonts.h"
#include "text/utf8.h"

namespace jianli::layout {
namespace {

struct Fixture {
  text::FontLibrary library{{std::string(JIANLI_SOURCE_DIR) + "/fonts"},
                            std::string(JIANLI_SOURCE_DIR) + "/fonts/packages.yaml"};
  model::LayoutSpec spec =
      parse::load_layout("default", {std::string(JIANLI_SOURCE_DIR) + "/layouts"});
  FontTable fonts{library};
  MissingCharacters missing;
  UriTable uris;
  std::vector<Paragraph> seed;  // every paragraph and list item of the seed
  Paragraph long_paragraph;     // 10,000 characters of mixed text

  Fixture() {
    std::ifstream in(std::string(JIANLI_SOURCE_DIR) + "/resume.md");
    std::stringstream bytes;
    bytes << in.rdbuf();
    model::Document doc = parse::read_document(bytes.str(), "resume.md");
    std::string all;
    auto add = [&](const model::Inlines& inlines) {
      seed.push_back(prepare_inlines(inlines));
      all += model::plain_text(inlines);
    };
    std::vector<const model::Block*> todo;
    for (const model::Block& b : doc.blocks) todo.push_back(&b);
    while (!todo.empty()) {
      const model::Block* b = todo.back();
      todo.pop_back();
      if (!b->inlines.empty()) add(b->inlines);
      for (const model::ListItem& item : b->items)
        for (const model::Block& child : item.blocks) todo.push_back(&child);
    }
    std::string text;
    while (text::to_utf32(text).size() < 10000) text += all;
    long_paragraph = prepare_inlines({model::Span{.text = text}});
  }

  Paragraph prepare_inlines(const model::Inlines& inlines) {
    PrepareContext ctx{fonts, {}, true, missing, uris, "bench", {1, 0}};
    return prepare(collect(inlines), spec.body_style, ctx);
  }

  double width() const { return spec.page_width - spec.margin_left - spec.margin_right; }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void BM_SeedParagraphs(benchmark::State& state, LineBreaking how) {
  Fixture& f = fixture();
  for (auto _ : state)
    for (const Paragraph& p : f.seed) benchmark::DoNotOptimize(break_lines(p, f.width(), how));
}

void BM_LongParagraph(benchmark::State& state, LineBreaking how) {
  Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(break_lines(f.long_paragraph, f.width(), how));
  state.SetItemsProcessed(state.iterations() * f.long_paragraph.glyphs.size());
}

BENCHMARK_CAPTURE(BM_SeedParagraphs, total_fit, LineBreaking::TotalFit);
BENCHMARK_CAPTURE(BM_SeedParagraphs, first_fit, LineBreaking::FirstFit);
BENCHMARK_CAPTURE(BM_LongParagraph, total_fit, LineBreaking::TotalFit);
BENCHMARK_CAPTURE(BM_LongParagraph, first_fit, LineBreaking::FirstFit);

}  // namespace
}  // namespace jianli::layout

BENCHMARK_MAIN();
