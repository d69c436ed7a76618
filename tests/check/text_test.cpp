// --text: the plain-text twin for job portals, from the laid-out pages.
#include <gtest/gtest.h>

#include "../e2e/process.h"
#include "../e2e/scratch_dir.h"

namespace jianli::test {
namespace {

class TextTest : public ScratchDirTest {
 protected:
  std::string text_of(const std::string& markdown, const std::string& args = "") {
    write("r.md", markdown);
    Result r = run(jianli() + " -q " + path("r.md") + " --text " + path("r.txt") + " " + args);
    EXPECT_EQ(r.status, 0) << r.out;
    return slurp(path("r.txt"));
  }
};

TEST_F(TextTest, HeadingsBulletsDatesAndLinksAsAPortalWantsThem) {
  std::string text = text_of(
      "# Zhang San\n\n[zhang@example.com](mailto:zhang@example.com) · "
      "[GitHub](https://github.com/zhang)\n\n## Experience\n\n"
      "### Meituan, Staff Engineer <span style=\"float:right\">2020 – now</span>\n\n"
      "- Led the inference team.\n- Built the RL trainer.\n");
  EXPECT_NE(text.find("Zhang San\n"), std::string::npos) << text;
  EXPECT_NE(text.find("zhang@example.com · GitHub (https://github.com/zhang)\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("\n\nExperience\n"), std::string::npos) << text;
  EXPECT_NE(text.find("Meituan, Staff Engineer 2020 – now\n"), std::string::npos) << text;
  EXPECT_NE(text.find("- Led the inference team.\n- Built the RL trainer."), std::string::npos)
      << text;
  EXPECT_EQ(text.find('\f'), std::string::npos);
}

TEST_F(TextTest, PageNumbersAreLeftOut) {
  std::string body = "# Zhang San\n\n## Work\n\n";
  for (int i = 0; i < 60; ++i) body += "Paragraph " + std::to_string(i) + ".\n\n";
  std::string text = text_of(body, "-l classic");
  EXPECT_NE(text.find("Paragraph 59."), std::string::npos);
  EXPECT_EQ(text.find("Page 1 of"), std::string::npos) << text;
}

TEST_F(TextTest, TheTextNeverReplacesTheInput) {
  write("r.md", "# Zhang San\n");
  Result r = run(jianli() + " -q " + path("r.md") + " --text " + path("r.md"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("the plain text would overwrite the input"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(path("r.md")), "# Zhang San\n");
}

}  // namespace
}  // namespace jianli::test
