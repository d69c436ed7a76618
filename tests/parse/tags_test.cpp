// Tags and variants: one file, versions for several kinds of job (docs/variants.md).
#include <gtest/gtest.h>

#include "parse_helpers.h"

namespace jianli::parse::testing {
namespace {

const std::string kFrontMatter =
    "---\n"
    "variants:\n"
    "  ml: {tags: [ml], lang: en, layout: modern, fit_pages: 1}\n"
    "  web: {tags: [web]}\n"
    "---\n";

const std::string kBody =
    "# Ada\nada@example.com\n\n"
    "## Projects\n\n"
    "### Inference engine <!-- tags: ml -->\n\n"
    "Served LLMs.\n\n"
    "### Shop front <!-- tags: web -->\n\n"
    "Built a shop.\n\n"
    "## Skills\n\n"
    "- Python\n"
    "- CUDA <!-- tags: ml -->\n"
    "  - Triton kernels\n"
    "- React <!-- tags: web -->\n"
    "- Writing\n\n"
    "Likes chess. <!-- tags: web -->\n"
    "Plays online.\n\n"
    "<!-- tags: ml -->\n"
    "Reads papers.\n\n"
    "Always here.\n";

model::Document variant(const std::string& name, const std::string& source = kFrontMatter + kBody) {
  return read_document(source, "test.md", shipped_roles(), Selection{.variant = name});
}

std::string error_in(const std::string& source, const std::string& name = "") {
  try {
    variant(name, source);
  } catch (const model::InputError& e) {
    return text::format_error(e);
  }
  return "";
}

// Every text of the body, blocks and list items, in order.
std::string all_text(const model::Document& doc) {
  std::string text;
  std::vector<const model::Block*> pending;
  for (auto it = doc.blocks.rbegin(); it != doc.blocks.rend(); ++it) pending.push_back(&*it);
  while (!pending.empty()) {
    const model::Block* block = pending.back();
    pending.pop_back();
    std::string line = model::plain_text(block->inlines);
    if (!line.empty()) text += line + "|";
    for (auto item = block->items.rbegin(); item != block->items.rend(); ++item)
      for (auto child = item->blocks.rbegin(); child != item->blocks.rend(); ++child)
        pending.push_back(&*child);
    for (auto child = block->children.rbegin(); child != block->children.rend(); ++child)
      pending.push_back(&*child);
  }
  return text;
}

TEST(Tags, AVariantKeepsItsPartsAndTheUntaggedOnes) {
  EXPECT_EQ(all_text(variant("ml")),
            "Projects|Inference engine|Served LLMs.|Skills|Python|CUDA|Triton kernels|Writing|"
            "Reads papers.|Always here.|");
  EXPECT_EQ(all_text(variant("web")),
            "Projects|Shop front|Built a shop.|Skills|Python|React|Writing|"
            "Likes chess. Plays online.|Always here.|");
}

TEST(Tags, WithoutAVariantEverythingIsKeptAndNoMarkerShows) {
  std::string text = all_text(variant(""));
  for (const char* part :
       {"Served LLMs.", "Built a shop.", "CUDA", "React", "Likes chess.", "Reads papers."})
    EXPECT_NE(text.find(part), std::string::npos) << part;
  EXPECT_EQ(text.find("tags"), std::string::npos) << text;
}

TEST(Tags, TheVariantsLayoutAndLanguageApply) {
  model::Document doc = variant("ml");
  EXPECT_EQ(doc.meta.layout, "modern");
  EXPECT_EQ(doc.meta.layout_pos.line, 3);
  EXPECT_EQ(doc.meta.lang, "en");
  EXPECT_EQ(variant_fit_pages(kFrontMatter + kBody, "test.md", {.variant = "ml"}), 1);
}

TEST(Tags, AnUnknownVariantSuggestsTheNearest) {
  std::string message = error_in(kFrontMatter + kBody, "mll");
  EXPECT_NE(message.find("unknown variant 'mll'; did you mean 'ml'?"), std::string::npos)
      << message;
}

TEST(Tags, ATagNoVariantNamesIsAnErrorAtItsMarker) {
  std::string message = error_in(kFrontMatter + kBody + "\nExtra. <!-- tags: webb -->\n");
  EXPECT_NE(message.find("test.md:35:8"), std::string::npos) << message;
  EXPECT_NE(message.find("the tag 'webb' is in no variant; did you mean 'web'?"), std::string::npos)
      << message;
}

TEST(Tags, AVariantTagNoPartCarriesIsAnErrorAtTheFrontMatter) {
  std::string source =
      "---\nvariants:\n  ml: {tags: [ml, mll]}\n  web: {tags: [web]}\n---\n" + kBody;
  std::string message = error_in(source);
  EXPECT_NE(message.find("test.md:3:19"), std::string::npos) << message;
  EXPECT_NE(message.find("the tag 'mll', which no part of the résumé carries; did you mean "
                         "'ml'?"),
            std::string::npos)
      << message;
}

TEST(Tags, AnUnknownVariantSettingSuggestsTheNearest) {
  std::string message = error_in("---\nvariants:\n  ml: {tag: [ml]}\n---\n" + kBody);
  EXPECT_NE(message.find("test.md:3:8"), std::string::npos) << message;
  EXPECT_NE(message.find("did you mean 'tags'?"), std::string::npos) << message;
}

TEST(Tags, AMarkerNamingNoTagIsAnError) {
  std::string message = error_in("# Ada\n\nText. <!-- tags: -->\n");
  EXPECT_NE(message.find("test.md:3:7"), std::string::npos) << message;
  EXPECT_NE(message.find("names no tag"), std::string::npos) << message;
}

// A tag in a table's body row drops that row alone, and the table stays one table.
const std::string kTable =
    "# Ada\n\n## Skills\n\n"
    "| Skill | Years |\n"
    "| --- | --- |\n"
    "| Python | 10 |\n"
    "| CUDA | 5 | <!-- tags: ml -->\n"
    "| React | 3 <!-- tags: web --> |\n"
    "| Writing | 20 |\n\n"
    "After the table.\n";

// The first cell of each row of the document's only table, '|' after each.
std::string first_cells(const model::Document& doc) {
  std::string cells;
  for (const model::Block& block : doc.blocks)
    if (block.kind == model::BlockKind::Table)
      for (const model::TableRow& row : block.table->rows)
        cells += model::plain_text(row.cells.at(0).inlines) + "|";
  return cells;
}

TEST(Tags, ATagInATableRowDropsThatRowAlone) {
  EXPECT_EQ(first_cells(variant("ml", kFrontMatter + kTable)), "Skill|Python|CUDA|Writing|");
  EXPECT_EQ(first_cells(variant("web", kFrontMatter + kTable)), "Skill|Python|React|Writing|");
  EXPECT_EQ(first_cells(variant("", kFrontMatter + kTable)), "Skill|Python|CUDA|React|Writing|");
  // The paragraph after the table keeps its line: line numbers hold.
  model::Document web = variant("web", kFrontMatter + kTable);
  EXPECT_EQ(web.blocks.back().pos.line, 17);
  EXPECT_EQ(model::plain_text(web.blocks.back().inlines), "After the table.");
}

TEST(Tags, ATagInATablesHeaderRowOrBeforeItTagsTheWholeTable) {
  std::string header = kFrontMatter +
                       "# Ada\n\n| Skill | Years | <!-- tags: ml -->\n"
                       "| --- | --- |\n| Python | 10 |\n\nAfter. <!-- tags: web -->\n";
  EXPECT_EQ(first_cells(variant("ml", header)), "Skill|Python|");
  EXPECT_EQ(first_cells(variant("web", header)), "");
  std::string before = kFrontMatter +
                       "# Ada\n\n<!-- tags: ml -->\n| Skill | Years |\n"
                       "| --- | --- |\n| Python | 10 |\n\nAfter. <!-- tags: web -->\n";
  EXPECT_EQ(first_cells(variant("web", before)), "");
  EXPECT_EQ(first_cells(variant("ml", before)), "Skill|Python|");
}

}  // namespace
}  // namespace jianli::parse::testing
