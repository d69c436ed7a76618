// Coloured errors and warnings as compilers print them, only where they can be seen:
// --color always|never|auto, NO_COLOR, and a terminal (script(1) gives the run one) or
// not (issue 16, item 5).
#include <gtest/gtest.h>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

const std::string kEscape = "\033[";

class ColorTest : public ScratchDirTest {
 protected:
  void SetUp() override {
    ScratchDirTest::SetUp();
    bad_ = write("bad.md", "---\njianli:\n  papr: A4\n---\n# 钱\n");
  }
  // jianli on a terminal of its own (util-linux script), its output as the terminal got it.
  Result on_terminal(const std::string& env, const std::string& args) {
    return run("env " + env + " script -qec '" + jianli() + " " + args + "' /dev/null");
  }
  std::string bad_;
};

TEST_F(ColorTest, AlwaysColoursThePlaceTheSeverityAndTheCaret) {
  SplitResult r = run_split(jianli() + " --color always " + bad_ + " -o " + path("x.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("\033[1m" + bad_ + ":3:3:\033[0m "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\033[1;31merror:\033[0m "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\n    \033[1;31m^\033[0m"), std::string::npos) << r.err;
}

TEST_F(ColorTest, WarningsAreMagentaAsInGcc) {
  std::string warned = write("warned.md", "# 钱\n\n{{ page.nothing }}\n");
  SplitResult r = run_split(jianli() + " --color always " + warned + " -o " + path("x.pdf"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("\033[1;35mwarning:\033[0m "), std::string::npos) << r.err;
}

TEST_F(ColorTest, NeverAndAPipeGiveThePlainText) {
  for (const char* mode : {"--color never", "--color auto", ""}) {
    SplitResult r = run_split(jianli() + " " + mode + " " + bad_ + " -o " + path("x.pdf"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find(bad_ + ":3:3: error: "), std::string::npos) << mode << r.err;
    EXPECT_EQ(r.err.find(kEscape), std::string::npos) << mode << r.err;
  }
}

TEST_F(ColorTest, ATerminalGetsColoursUnlessNoColorIsSet) {
  std::string args = bad_ + " -o " + path("x.pdf");
  Result coloured = on_terminal("-u NO_COLOR", args);
  EXPECT_NE(coloured.out.find("\033[1;31merror"), std::string::npos) << coloured.out;
  Result plain = on_terminal("NO_COLOR=1", args);
  EXPECT_NE(plain.out.find(":3:3: error: "), std::string::npos) << plain.out;
  EXPECT_EQ(plain.out.find(kEscape), std::string::npos) << plain.out;
  EXPECT_EQ(on_terminal("-u NO_COLOR", "--color never " + args).out.find(kEscape),
            std::string::npos);
  // An empty NO_COLOR is no request (no-color.org); an explicit --color always wins over it.
  EXPECT_NE(on_terminal("NO_COLOR=", args).out.find(kEscape), std::string::npos);
  EXPECT_NE(on_terminal("NO_COLOR=1", "--color always " + args).out.find(kEscape),
            std::string::npos);
}

TEST_F(ColorTest, AnUnknownModeIsAUsageError) {
  EXPECT_EQ(run(jianli() + " --color sometimes " + bad_).status, 2);
}

}  // namespace
}  // namespace jianli::test
