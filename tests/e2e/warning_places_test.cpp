// Warnings about the header point where its text is written (issue 12): the name and each
// contact line, wherever they came from (a heading, a paragraph, a list, HTML, the front
// matter), so that a user can find the character the warning is about.
#include <gtest/gtest.h>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

class WarningPlacesTest : public ScratchDirTest {
 protected:
  // The warnings of rendering `md` (written as r.md) with `layout`; the run must succeed.
  std::string warnings(const std::string& md, const std::string& layout = "classic") {
    const std::string file = write("r.md", md);
    SplitResult r = run_split(jianli() + " " + file + " -l " + layout + " -o " + path("out.pdf"));
    EXPECT_EQ(r.status, 0) << r.err;
    return r.err;
  }
  // "r.md:PLACE: warning: no font … has 'C' (U+CODE) …", as the program prints it.
  std::string missing(const std::string& place, const std::string& character,
                      const std::string& code) {
    return path("r.md") + ":" + place + ": warning: no font of the layout has '" + character +
           "' (U+" + code + "); it is shown as a missing-glyph box\n";
  }
};

// U+E000 … are private use: no font of a layout has them.
TEST_F(WarningPlacesTest, ANameHeadingAndAContactLineAreReportedAtTheirLineAndColumn) {
  EXPECT_EQ(warnings("# 张三\uE000\n电话 123 \uE001\n\n## 经历\n\n你好，world。\n"),
            missing("1:3", "\uE000", "E000") + missing("2:1", "\uE001", "E001"));
}

TEST_F(WarningPlacesTest, ANameFromTheFrontMatterIsReportedAtItsValue) {
  EXPECT_EQ(warnings("---\nname: 李四\uE002\n---\n电话 \uE003 123\n\n## 经历\n\n你好。\n"),
            missing("2:7", "\uE002", "E002") + missing("4:1", "\uE003", "E003"));
}

TEST_F(WarningPlacesTest, HtmlHeaderLinesOnOneSourceLineHaveTheirOwnColumns) {
  // 王 is the 39th character of the line, 电 the 57th.
  EXPECT_EQ(warnings("<div align=\"center\"><font size=\"6\"><b>王五\uE004</b></font><br>电话 "
                     "\uE005</div>\n\n## 经历\n\n你好。\n"),
            missing("1:39", "\uE004", "E004") + missing("1:57", "\uE005", "E005"));
}

TEST_F(WarningPlacesTest, AContactListIsReportedAtItsItems) {
  EXPECT_EQ(warnings("# 张三\n\n- 电话 123\n- 邮箱 \uE006 a@b.cn\n\n## 经历\n\n你好。\n"),
            missing("4:3", "\uE006", "E006"));
}

TEST_F(WarningPlacesTest, ContactItemsInASideColumnAreReportedAtTheirLine) {
  EXPECT_EQ(
      warnings("# 张三\n\n电话 123 | 邮箱 \uE007\n\n## 教育背景\n\n北京大学\n\n## 经历\n\n你好。\n",
               "sidebar"),
      missing("3:1", "\uE007", "E007"));
}

TEST_F(WarningPlacesTest, AContactLineAfterALongOneIsFoundPastIt) {
  // The second line's first word also stands inside the first: it is looked for past it.
  EXPECT_EQ(warnings("# 张三\n\n地址 北京 电话 123<br>电话 \uE008\n\n## 经历\n\n你好。\n"),
            missing("3:17", "\uE008", "E008"));
}

}  // namespace
}  // namespace jianli::test
