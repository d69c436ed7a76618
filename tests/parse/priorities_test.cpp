// Optional parts: what --fit-pages may drop, and in which order (docs/variants.md).
#include <gtest/gtest.h>

#include "parse_helpers.h"

namespace jianli::parse::testing {
namespace {

const std::string kSource =
    "# Ada\nada@example.com\n\n"
    "## Work\n\n"
    "Wrote the first program.\n\n"
    "### Hobbies <!-- optional -->\n\n"
    "Chess.\n\n"
    "## Talks <!-- priority: 2 -->\n\n"
    "- Notes on the engine <!-- priority: 1 -->\n"
    "- Bernoulli numbers\n\n"
    "Reads papers. <!-- optional -->\n";

TEST(Priorities, OptionalGoesFirstTheLastFirstThenByRisingPriority) {
  EXPECT_EQ(optional_parts(kSource, "test.md", {}),
            (std::vector<std::string>{"line 17: Reads papers.", "line 8: ### Hobbies",
                                      "line 14: - Notes on the engine", "line 12: ## Talks"}));
}

TEST(Priorities, DroppingLeavesEverythingElse) {
  model::Document doc =
      read_document(kSource, "test.md", shipped_roles(), Selection{.drop_optional = 2});
  EXPECT_EQ(headings(doc, 2), (std::vector<std::string>{"Work", "Talks"}));
  std::string text;
  for (const model::Block& block : doc.blocks) text += model::plain_text(block.inlines) + "|";
  EXPECT_EQ(text.find("Reads papers."), std::string::npos);
  EXPECT_EQ(text.find("Chess."), std::string::npos);
  EXPECT_NE(text.find("Wrote the first program."), std::string::npos);
  // Nothing is dropped unless asked, and no marker shows.
  model::Document all = parse(kSource);
  EXPECT_EQ(headings(all, 3), (std::vector<std::string>{"Hobbies"}));
}

TEST(Priorities, APriorityMustBeANumber) {
  std::string message = error_of("# Ada\n\n## Work\n\nText. <!-- priority: high -->\n");
  EXPECT_NE(message.find("test.md:5:7"), std::string::npos) << message;
  EXPECT_NE(message.find("a priority is a whole number"), std::string::npos) << message;
}

}  // namespace
}  // namespace jianli::parse::testing
