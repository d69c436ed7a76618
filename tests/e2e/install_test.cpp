// `cmake --install` gives a program that can be moved and run from any folder: it finds
// its layouts in PREFIX/share/jianli from its own place (issue 16, item 1); with it come
// the man page and the completions (item 5); `make install` and `make deb` wrap it.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

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

// Every long option --help lists, e.g. "--list-layouts".
std::set<std::string> long_options() {
  std::set<std::string> names;
  std::string help = run(jianli() + " --help").out;
  const std::regex option("--[a-z][a-z-]+");
  for (std::sregex_iterator it(help.begin(), help.end(), option), end; it != end; ++it)
    names.insert(it->str());
  return names;
}

TEST_F(InstallTest, TheManPageAndCompletionsAreInstalledAndKnowEveryOption) {
  Result install =
      run("cmake --install " + std::string(JIANLI_BUILD_DIR) + " --prefix " + path("prefix"));
  ASSERT_EQ(install.status, 0) << install.out;
  std::string man = slurp(path("prefix/share/man/man1/jianli.1"));
  std::string bash = slurp(path("prefix/share/bash-completion/completions/jianli"));
  std::string zsh = slurp(path("prefix/share/zsh/vendor-completions/_jianli"));
  EXPECT_TRUE(man.starts_with(".TH JIANLI 1")) << man.substr(0, 200);
  std::set<std::string> options = long_options();
  EXPECT_GE(options.size(), 10u);
  for (const std::string& option : options) {
    if (option == "--help-man") continue;  // a build-time option, hidden from --help anyway
    std::string in_roff = std::regex_replace(option, std::regex("-"), "\\-");
    EXPECT_NE(man.find("\\fB" + in_roff + "\\fR"), std::string::npos) << option;
    EXPECT_NE(bash.find(option), std::string::npos) << option << " not in the bash completion";
    EXPECT_NE(zsh.find(option), std::string::npos) << option << " not in the zsh completion";
  }
  EXPECT_NE(man.find("jianli new"), std::string::npos);
  // man(1) reads it without a warning.
  Result rendered = run("MANWIDTH=80 man --warnings -l " + path("prefix/share/man/man1/jianli.1") +
                        " 2>&1 >/dev/null");
  EXPECT_EQ(rendered.out, "") << rendered.out;
}

TEST_F(InstallTest, BashCompletesLayoutNamesTheUsersToo) {
  write("home/.config/jianli/layouts/cobalt.yaml", "extends: classic\n");
  std::string script = std::string(JIANLI_SOURCE_DIR) + "/completions/jianli.bash";
  std::string bin = std::filesystem::path(jianli()).parent_path().string();
  auto complete = [&](const std::string& words) {
    return run("HOME=" + path("home") + " PATH=" + bin + ":$PATH bash -c 'source " + script +
               "; COMP_WORDS=(" + words + "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _jianli; " +
               "printf \"%s\\n\" \"${COMPREPLY[@]}\"'")
        .out;
  };
  std::string layouts = complete("jianli -l c");
  EXPECT_NE(layouts.find("classic\n"), std::string::npos) << layouts;
  EXPECT_NE(layouts.find("compact\n"), std::string::npos) << layouts;
  EXPECT_NE(layouts.find("cobalt\n"), std::string::npos) << layouts;
  EXPECT_EQ(layouts.find("modern"), std::string::npos) << layouts;
  EXPECT_NE(complete("jianli --col").find("--color\n"), std::string::npos);
  EXPECT_EQ(complete("jianli --color a"), "auto\nalways\n");
  EXPECT_EQ(complete("jianli new --lang e"), "en\n");
}

TEST_F(InstallTest, MakeInstallHonoursPrefixAndDestdir) {
  // -o build: the build is the one ctest runs from, already made; only the install runs.
  Result install = run("make -C " + std::string(JIANLI_SOURCE_DIR) + " -o build install BUILD=" +
                       JIANLI_BUILD_DIR + " PREFIX=/opt/jianli DESTDIR=" + path("stage"));
  ASSERT_EQ(install.status, 0) << install.out;
  EXPECT_TRUE(fs::exists(path("stage/opt/jianli/bin/jianli")));
  EXPECT_TRUE(fs::exists(path("stage/opt/jianli/share/jianli/data/new/resume.zh.md")));
  EXPECT_TRUE(fs::exists(path("stage/opt/jianli/share/man/man1/jianli.1")));
}

TEST_F(InstallTest, VersionNamesEachLibraryWithItsVersion) {
  Result r = run(jianli() + " --version");
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.out.starts_with("jianli ")) << r.out;
  for (const char* library : {"libharu", "HarfBuzz", "ICU", "FreeType", "fontconfig", "qpdf",
                              "md4c", "gumbo", "yaml-cpp", "librsvg", "libpng", "fmt"}) {
    EXPECT_TRUE(std::regex_search(
        r.out, std::regex("\n  " + std::string(library) + " +[0-9]+\\.[0-9]+(\\.[0-9]+)?")))
        << library << " in\n"
        << r.out;
  }
  // The run-time version, as the library reports it, is the installed package's.
  std::string harfbuzz = run("pkg-config --modversion harfbuzz").out;
  EXPECT_NE(r.out.find("HarfBuzz    " + harfbuzz.substr(0, harfbuzz.find('\n'))), std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace jianli::test
