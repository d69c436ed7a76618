// `cmake --install` gives a program that can be moved and run from any folder: it finds
// its layouts in PREFIX/share/jianli from its own place (issue 16, item 1).
#include <gtest/gtest.h>

#include <filesystem>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

class InstallTest : public ScratchDirTest {};

TEST_F(InstallTest, AMovedInstallFindsItsOwnDataFromAnyFolder) {
  Result install =
      run("cmake --install " + std::string(JIANLI_BUILD_DIR) + " --prefix " + path("prefix"));
  ASSERT_EQ(install.status, 0) << install.out;
  for (const char* file :
       {"bin/jianli", "share/jianli/layouts/classic.yaml", "share/jianli/fonts/packages.yaml",
        "share/doc/jianli/README.md", "share/doc/jianli/layouts.md"})
    EXPECT_TRUE(fs::exists(path("prefix/") + file)) << file;

  fs::rename(path("prefix"), path("moved"));
  // A layout only the install has: found only if the program reads its own share/.
  write("moved/share/jianli/layouts/mine.yaml", "extends: classic\ndescription: mine\n");
  std::string input = write("work/r.md", "# 钱\n\n电话 123\n\n## 教育背景\n\n北京大学\n");
  std::string program =
      "cd " + path("work") + " && env -u JIANLI_DATA_DIR " + path("moved/bin/jianli");
  Result rendered = run(program + " r.md --layout mine");
  EXPECT_EQ(rendered.status, 0) << rendered.out;
  EXPECT_TRUE(slurp(path("work/r.pdf")).starts_with("%PDF-"));
  Result listed = run(program + " --list-layouts");
  EXPECT_NE(listed.out.find("mine"), std::string::npos) << listed.out;
}

}  // namespace
}  // namespace jianli::test
