// The output policy (src/cli/output.h): what jianli writes over, and what it never
// destroys. Each test fails when its rule is switched off.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

const std::string kBody = "# 张三\n电话 123\n\n## 经历\n\n你好，world。\n";

class OutputsTest : public ScratchDirTest {
 protected:
  SplitResult render(const std::string& args) {
    return run_split(jianli() + " -q " + path("r.md") + " " + args);
  }
  void SetUp() override {
    ScratchDirTest::SetUp();
    write("r.md", kBody);
  }
  static unsigned mode_of(const std::string& file) {
    struct stat st {};
    ::stat(file.c_str(), &st);
    return st.st_mode & 07777;
  }
};

TEST_F(OutputsTest, ASymlinkIsFollowedAndStaysASymlink) {
  fs::create_directory(path("pdfs"));
  fs::create_symlink("pdfs/real.pdf", path("cv.pdf"));  // dangling until written
  ASSERT_EQ(render("-o " + path("cv.pdf")).status, 0);
  EXPECT_TRUE(fs::is_symlink(path("cv.pdf")));
  EXPECT_TRUE(slurp(path("pdfs/real.pdf")).starts_with("%PDF-"));
}

TEST_F(OutputsTest, AFifoIsRefusedBeforeAnyWork) {
  ASSERT_EQ(::mkfifo(path("pipe").c_str(), 0644), 0);
  SplitResult r = render("-o " + path("pipe"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            path("pipe") +
                ": error: cannot write the PDF: it is a FIFO (named pipe), which jianli does "
                "not replace; give a file name\n");
  EXPECT_EQ(fs::status(path("pipe")).type(), fs::file_type::fifo);
}

TEST_F(OutputsTest, DashWritesThePdfToStandardOutput) {
  SplitResult r = render("-o -");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("%PDF-"));
  EXPECT_TRUE(r.out.find("%%EOF") != std::string::npos);
  EXPECT_FALSE(fs::exists(path("-")));
}

TEST_F(OutputsTest, AnExistingFileKeepsItsModeANewOneFollowsTheUmask) {
  write("private.pdf", "old");
  fs::permissions(path("private.pdf"), fs::perms::owner_read | fs::perms::owner_write);
  ASSERT_EQ(render("-o " + path("private.pdf")).status, 0);
  EXPECT_EQ(mode_of(path("private.pdf")), 0600u);  // not world-readable again
  mode_t mask = ::umask(0);
  ::umask(mask);
  ASSERT_EQ(render("-o " + path("new.pdf")).status, 0);
  EXPECT_EQ(mode_of(path("new.pdf")), 0666u & ~mask);
}

TEST_F(OutputsTest, AReadOnlyFileIsReplacedOnlyWithForce) {
  write("locked.pdf", "old");
  fs::permissions(path("locked.pdf"), fs::perms::owner_read | fs::perms::group_read);
  SplitResult r = render("-o " + path("locked.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("read-only; make it writable, or use --force"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(path("locked.pdf")), "old");
  ASSERT_EQ(render("-o " + path("locked.pdf") + " --force").status, 0);
  EXPECT_TRUE(slurp(path("locked.pdf")).starts_with("%PDF-"));
  EXPECT_EQ(mode_of(path("locked.pdf")), 0440u);
}

TEST_F(OutputsTest, TheDumpNeverReplacesTheInputOrThePdf) {
  SplitResult over_input = render("-o " + path("out.pdf") + " --dump-layout " + path("r.md"));
  EXPECT_EQ(over_input.status, 1);
  EXPECT_EQ(slurp(path("r.md")), kBody);
  EXPECT_FALSE(fs::exists(path("out.pdf")));
  SplitResult over_pdf = render("-o " + path("x.pdf") + " --dump-layout " + path("x.pdf"));
  EXPECT_EQ(over_pdf.status, 1);
  EXPECT_NE(over_pdf.err.find("the layout dump would overwrite the PDF"), std::string::npos);
  EXPECT_FALSE(fs::exists(path("x.pdf")));
}

TEST_F(OutputsTest, ThePdfAndTheDumpAreWrittenTogetherOrNotAtAll) {
  // The PDF cannot be written (/proc takes no new files), so the dump must not appear either.
  SplitResult r = render("-o /proc/jianli-out.pdf --dump-layout " + path("d.json"));
  EXPECT_EQ(r.status, 1);
  EXPECT_FALSE(fs::exists(path("d.json")));
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir_)) left.push_back(entry.path().filename());
  EXPECT_EQ(left, std::vector<std::string>{"r.md"});  // no temporary file either
}

TEST_F(OutputsTest, ANameOf250BytesFitsTheTemporaryFile) {
  std::string name = std::string(246, 'a') + ".pdf";  // 250 bytes: the limit is 255
  ASSERT_EQ(render("-o " + path(name)).status, 0);
  EXPECT_TRUE(slurp(path(name)).starts_with("%PDF-"));
}

TEST_F(OutputsTest, AnEmptyOutputNameIsAUsageError) {
  SplitResult r = render("-o ''");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--output: is empty"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(path("r.pdf")));
}

}  // namespace
}  // namespace jianli::test
