// Warnings and notes: one way of writing them, each place and message once, counted.
#include "model/diagnostic.h"

#include <gtest/gtest.h>

namespace jianli::model {
namespace {

using Severity = Diagnostic::Severity;

TEST(Diagnostic, FormatGivesThePlaceAsFarAsKnown) {
  EXPECT_EQ(format({.file = "a.md", .line = 3, .column = 7, .message = "m"}),
            "a.md:3:7: warning: m");
  EXPECT_EQ(format({.file = "a.md", .line = 3, .message = "m"}), "a.md:3: warning: m");
  EXPECT_EQ(format({.file = "a.md", .column = 7, .message = "m"}), "a.md: warning: m");
  EXPECT_EQ(format({.message = "m"}), "warning: m");
}

TEST(Diagnostic, FormatSaysNoteAndTheCount) {
  EXPECT_EQ(format({.file = "a.md", .message = "fitted", .severity = Severity::Note}),
            "a.md: note: fitted");
  EXPECT_EQ(format({.file = "a.md", .line = 2, .message = "m", .count = 3}),
            "a.md:2: warning: m (3 times)");
}

TEST(Diagnostics, TheSameMessageAtTheSamePlaceIsCountedNotRepeated) {
  Diagnostics list;
  list.add({.file = "a.md", .line = 2, .message = "m"});
  list.add({.file = "a.md", .line = 5, .message = "other"});
  list.add({.file = "a.md", .line = 2, .message = "m"});
  ASSERT_EQ(list.all().size(), 2u);
  EXPECT_EQ(format(list.all()[0]), "a.md:2: warning: m (2 times)");
  EXPECT_EQ(format(list.all()[1]), "a.md:5: warning: other");
}

TEST(Diagnostics, AnotherPlaceOrSeverityIsAnotherDiagnostic) {
  Diagnostics list;
  list.add({.file = "a.md", .line = 2, .message = "m"});
  list.add({.file = "a.md", .line = 2, .column = 4, .message = "m"});
  list.add({.file = "b.md", .line = 2, .message = "m"});
  list.add({.file = "a.md", .line = 2, .message = "m", .severity = Severity::Note});
  EXPECT_EQ(list.all().size(), 4u);
}

TEST(Diagnostics, AddingAListAddsTheCounts) {
  Diagnostics first, second;
  first.add({.file = "a.md", .message = "m", .count = 2});
  second.add({.file = "a.md", .message = "m", .count = 3});
  second.add({.file = "a.md", .message = "n"});
  first.add(second);
  ASSERT_EQ(first.all().size(), 2u);
  EXPECT_EQ(first.all()[0].count, 5);
  EXPECT_EQ(first.all()[1].message, "n");
}

}  // namespace
}  // namespace jianli::model
