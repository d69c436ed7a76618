// Inputs of a size or depth no résumé has, which must still render: a list nested
// 10,000 deep (no recursion may overflow the stack) and a 2 MB paragraph with no
// break opportunity. Success only; the timings are bench/scale.sh's business.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <regex>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

class ScaleTest : public ScratchDirTest {
 protected:
  // Renders `markdown` and returns the number of pages, or -1 with the reason logged.
  int render_pages(const std::string& markdown) {
    std::string md = (dir_ / "r.md").string();
    std::string pdf = (dir_ / "r.pdf").string();
    std::ofstream(md, std::ios::binary) << markdown;
    Result r = run(jianli() + " " + md + " -o " + pdf);
    EXPECT_EQ(r.status, 0) << r.out.substr(0, 2000);
    if (r.status != 0) return -1;
    std::string bytes = slurp(pdf);
    EXPECT_TRUE(bytes.starts_with("%PDF-"));
    EXPECT_NE(bytes.find("%%EOF", bytes.size() - 32), std::string::npos) << "truncated PDF";
    Result info = run("pdfinfo " + pdf);
    std::smatch m;
    if (!std::regex_search(info.out, m, std::regex("Pages:\\s+(\\d+)"))) return -1;
    return std::stoi(m[1]);
  }

  static std::string repeat(const std::string& piece, size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (size_t i = 0; i < times; ++i) out += piece;
    return out;
  }
};

const std::string kHead = "# 张三\n电话 123\n\n## 经历\n\n";

TEST_F(ScaleTest, ListsNestedTenThousandDeepRender) {
  // "- - - x" opens one list per marker: 10,000 levels in 20 kB.
  std::string text = kHead + repeat("- ", 10000) + "深处\n\n" + repeat("1. ", 10000) + "深处\n";
  EXPECT_GE(render_pages(text), 1);
}

TEST_F(ScaleTest, QuotesAndListsNestedTenThousandDeepRender) {
  EXPECT_GE(render_pages(kHead + repeat("> - ", 10000) + "引用\n"), 1);
}

TEST_F(ScaleTest, TwoMegabyteWordWithNoBreakRenders) {
  EXPECT_GT(render_pages(kHead + std::string(2 << 20, 'x') + "\n"), 100);
}

TEST_F(ScaleTest, TwoMegabytesOfDashesRender) {
  // "——" must not be split: no break opportunity in 2 MB.
  EXPECT_GT(render_pages(kHead + repeat("—", (2 << 20) / 3) + "\n"), 100);
}

}  // namespace
}  // namespace jianli::test
