// Where a layout name is looked up: layouts/ beside the résumé, then the user's folder
// ($XDG_CONFIG_HOME/jianli/layouts, else ~/.config/jianli/layouts), then jianli's own;
// `--list-layouts` says which; a user layout may extend a shipped one, even of its own
// name (issue 16, item 3). Each test has its own HOME, so the tester's layouts stay out.
#include <gtest/gtest.h>

#include <regex>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

class UserLayoutsTest : public ScratchDirTest {
 protected:
  void SetUp() override {
    ScratchDirTest::SetUp();
    resume_ = write("cv/r.md", "# 钱\n\n电话 123\n\n## 教育背景\n\n北京大学\n");
  }

  // jianli run from `cwd` (a folder of the scratch one) with HOME in the scratch folder
  // and XDG_CONFIG_HOME as given (unset when empty).
  Result jianli_in(const std::string& cwd, const std::string& args,
                   const std::string& xdg_config_home = "") {
    write(cwd + "/.keep", "");
    std::string env = "env -u JIANLI_DATA_DIR " +
                      (xdg_config_home.empty() ? "-u XDG_CONFIG_HOME"
                                               : "XDG_CONFIG_HOME=" + path(xdg_config_home)) +
                      " HOME=" + path("home");
    return run("cd " + path(cwd) + " && " + env + " " + jianli() + " " + args);
  }

  // The paper of the PDF rendered with --layout mine: which `mine` won.
  std::string paper_of_mine(const std::string& xdg_config_home = "") {
    Result r = jianli_in("elsewhere", resume_ + " -l mine -o " + path("out.pdf"), xdg_config_home);
    if (r.status != 0) return "failed: " + r.out;
    std::smatch m;
    std::string info = run("pdfinfo " + path("out.pdf")).out;
    return std::regex_search(info, m, std::regex("Page size: +([0-9.]+) x ([0-9.]+)"))
               ? m[1].str() + "x" + m[2].str()
               : info;
  }

  std::string resume_;
};

const std::string kLetter = "612x792";
const std::string kA5 = "419.528x595.276";
const std::string kLegal = "612x1008";

TEST_F(UserLayoutsTest, TheResumesFolderComesFirstThenTheUsersThenJianlis) {
  write("home/.config/jianli/layouts/mine.yaml", "extends: classic\npaper: A5\n");
  write("cv/layouts/mine.yaml", "extends: classic\npaper: Letter\n");
  EXPECT_EQ(paper_of_mine(), kLetter);
  std::filesystem::remove(path("cv/layouts/mine.yaml"));
  EXPECT_EQ(paper_of_mine(), kA5);
  // XDG_CONFIG_HOME, when set, replaces ~/.config.
  write("xdg/jianli/layouts/mine.yaml", "extends: classic\npaper: Legal\n");
  EXPECT_EQ(paper_of_mine("xdg"), kLegal);
  std::filesystem::remove_all(path("home/.config"));
  std::filesystem::remove_all(path("xdg"));
  Result unknown = jianli_in("elsewhere", resume_ + " -l mine -o " + path("out.pdf"));
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.out.find("unknown layout 'mine'"), std::string::npos) << unknown.out;
}

TEST_F(UserLayoutsTest, TheFrontMatterNameIsLookedUpBesideTheResumeNotTheCurrentFolder) {
  write("cv/layouts/mine.yaml", "extends: classic\npaper: Letter\n");
  std::string named = write("cv/named.md", "---\njianli:\n  layout: mine\n---\n# 钱\n\n电话 123\n");
  Result r = jianli_in("elsewhere", named + " -o " + path("out.pdf"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(run("pdfinfo " + path("out.pdf")).out.find("612 x 792"), std::string::npos);
}

TEST_F(UserLayoutsTest, ListLayoutsSaysWhereEachComesFrom) {
  write("home/.config/jianli/layouts/theirs.yaml", "extends: modern\ndescription: user one\n");
  write("cv/layouts/ours.yaml", "extends: classic\ndescription: local one\n");
  Result listed = jianli_in("cv", "--list-layouts");
  ASSERT_EQ(listed.status, 0) << listed.out;
  EXPECT_TRUE(std::regex_search(listed.out, std::regex("\nours +local +local one\n")))
      << listed.out;
  EXPECT_TRUE(std::regex_search(listed.out, std::regex("\ntheirs +user +user one\n")))
      << listed.out;
  EXPECT_TRUE(std::regex_search(listed.out, std::regex("(^|\n)classic +shipped +Classic")))
      << listed.out;
  // Given a résumé, its folder is the local one, wherever jianli runs.
  Result for_resume = jianli_in("elsewhere", resume_ + " --list-layouts");
  EXPECT_NE(for_resume.out.find("local one"), std::string::npos) << for_resume.out;
  EXPECT_EQ(jianli_in("elsewhere", "--list-layouts").out.find("local one"), std::string::npos);
}

TEST_F(UserLayoutsTest, AUserLayoutOfAShippedNameExtendsTheShippedOne) {
  // Not a circle: `extends: classic` in the user's classic.yaml is jianli's classic.
  write("home/.config/jianli/layouts/classic.yaml", "extends: classic\npaper: Letter\n");
  Result r = jianli_in("elsewhere", resume_ + " -l classic -o " + path("out.pdf"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(run("pdfinfo " + path("out.pdf")).out.find("612 x 792"), std::string::npos);
  // The rest is the shipped classic's: its serif fonts.
  EXPECT_NE(run("pdffonts " + path("out.pdf")).out.find("NotoSerif"), std::string::npos);
  Result listed = jianli_in("elsewhere", "--list-layouts");
  EXPECT_TRUE(std::regex_search(listed.out, std::regex("(^|\n)classic +user "))) << listed.out;
}

}  // namespace
}  // namespace jianli::test
