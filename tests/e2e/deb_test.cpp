// `make deb`: a Debian package whose dependencies are the shared libraries' packages and
// the fonts the shipped layouts name, and whose jianli, unpacked anywhere, renders from any
// folder (issue 16, item 2). Not installed with dpkg: the test may not be root on a
// machine of its own; dpkg-deb -I / --contents / -x check the same files.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

class DebTest : public ScratchDirTest {};

TEST_F(DebTest, ThePackageDependsOnItsLibrariesAndFontsAndRunsUnpacked) {
  if (run("command -v dpkg-shlibdeps").status != 0) GTEST_SKIP() << "needs dpkg-dev";
  Result packed = run("cpack -G DEB --config " + std::string(JIANLI_BUILD_DIR) +
                      "/CPackConfig.cmake -B " + path("pack"));
  ASSERT_EQ(packed.status, 0) << packed.out;
  // jianli_VERSION_ARCH.deb, the name Debian's tools give it.
  std::string arch = run("dpkg --print-architecture").out;
  arch = arch.substr(0, arch.find('\n'));
  std::string deb;
  for (const auto& entry : fs::directory_iterator(path("pack"))) {
    std::string name = entry.path().filename().string();
    if (std::regex_match(name, std::regex("jianli_[0-9]+\\.[0-9]+\\.[0-9]+_" + arch + "\\.deb")))
      deb = entry.path().string();
  }
  ASSERT_FALSE(deb.empty()) << packed.out;

  Result info = run("dpkg-deb -f " + deb + " Depends");
  ASSERT_EQ(info.status, 0) << info.out;
  for (const char* package :
       {"libhpdf-2.3.0", "libharfbuzz0b", "libqpdf29", "libmd4c0", "libyaml-cpp0.7", "libgumbo1",
        "librsvg2-2", "hyphen-en-us", "fonts-noto-cjk", "fonts-lxgw-wenkai", "fonts-noto-core",
        "fonts-symbola"})
    EXPECT_NE(info.out.find(package), std::string::npos) << package << " in " << info.out;

  Result contents = run("dpkg-deb --contents " + deb);
  for (const char* file :
       {"./usr/bin/jianli", "./usr/share/jianli/layouts/classic.yaml",
        "./usr/share/jianli/fonts/packages.yaml", "./usr/share/jianli/data/new/resume.en.md",
        "./usr/share/man/man1/jianli.1", "./usr/share/bash-completion/completions/jianli",
        "./usr/share/zsh/vendor-completions/_jianli", "./usr/share/doc/jianli/README.md"})
    EXPECT_NE(contents.out.find(std::string(file) + "\n"), std::string::npos) << file;

  ASSERT_EQ(run("dpkg-deb -x " + deb + " " + path("root")).status, 0);
  write("work/r.md", "# 钱\n\n电话 123\n\n## 教育背景\n\n北京大学\n");
  Result rendered = run("cd " + path("work") + " && env -u JIANLI_DATA_DIR " +
                        path("root/usr/bin/jianli") + " r.md -l kai");
  EXPECT_EQ(rendered.status, 0) << rendered.out;
  EXPECT_TRUE(slurp(path("work/r.pdf")).starts_with("%PDF-"));
}

}  // namespace
}  // namespace jianli::test
