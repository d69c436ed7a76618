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

}  // namespace
}  // namespace jianli::parse::testing
