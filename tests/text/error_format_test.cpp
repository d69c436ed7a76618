// The caret under an error's column is indented by terminal cells, not characters.
#include "text/error_format.h"

#include <gtest/gtest.h>

namespace jianli::text {
namespace {

std::string caret_line(const std::string& line, int column) {
  const std::string out = format_error(model::InputError("cv.md", {1, column}, "bad", line));
  return out.substr(out.rfind('\n') + 1);
}

TEST(ErrorFormat, NamesFilePlaceAndMessage) {
  EXPECT_EQ(format_error(model::InputError("cv.md", {3, 4}, "bad", "x: y")),
            "cv.md:3:4: error: bad\n  x: y\n     ^");
  EXPECT_EQ(format_error(model::InputError("cannot read")), "error: cannot read");
}

TEST(ErrorFormat, WideCharactersTakeTwoCells) {
  EXPECT_EQ(caret_line("姓名：钱玉磊", 4), "        ^");  // under 钱
  EXPECT_EQ(caret_line("👍 ok", 3), "     ^");             // emoji are wide too
}

TEST(ErrorFormat, NarrowCharactersTakeOneCellWhateverTheirUtf8Length) {
  // ễ (U+1EC5) and half-width ｱ are three bytes each, one cell each.
  EXPECT_EQ(caret_line("Nguyễn: x", 7), "        ^");
  EXPECT_EQ(caret_line("ｱｲ: x", 3), "    ^");
}

TEST(ErrorFormat, CombiningMarksTakeNoCell) {
  EXPECT_EQ(caret_line("Cafe\u0301: x", 6), "      ^");  // é written as e + U+0301
}

TEST(ErrorFormat, ColumnPastTheLineEndPutsTheCaretAfterIt) {
  EXPECT_EQ(caret_line("简历", 9), "      ^");
}

}  // namespace
}  // namespace jianli::text
