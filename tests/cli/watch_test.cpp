// --watch: jianli runs in the background as a user leaves it, and the test saves files the
// ways editors do, then reads the line each render prints.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>

#include "cli_fixture.h"

namespace jianli::test {
namespace {

// jianli -w in the scratch folder, its stderr read line by line.
class WatchProcess {
 public:
  WatchProcess(const fs::path& dir, const std::string& args) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
    std::string command = "cd " + dir.string() + " && exec " + JIANLI_BINARY + " " + args;
    const char* argv[] = {"/bin/sh", "-c", command.c_str(), nullptr};
    posix_spawn(&pid_, "/bin/sh", &actions, nullptr, const_cast<char**>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_fds[1]);
    err_ = pipe_fds[0];
  }
  ~WatchProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    ::close(err_);
  }

  // Everything printed up to and including the next line holding `text`, or what came
  // before giving up after 60 s (the machine may be busy; nothing here measures speed).
  std::string until(const std::string& text) {
    auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
      size_t found = seen_.find(text);
      if (found != std::string::npos) {
        size_t end = seen_.find('\n', found);
        if (end != std::string::npos) {
          std::string upto = seen_.substr(0, end + 1);
          seen_.erase(0, end + 1);
          return upto;
        }
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          give_up - std::chrono::steady_clock::now());
      pollfd fd{err_, POLLIN, 0};
      if (left.count() <= 0 || ::poll(&fd, 1, static_cast<int>(left.count())) <= 0)
        return "timed out; printed: " + seen_;
      char buffer[4096];
      ssize_t n = ::read(err_, buffer, sizeof buffer);
      if (n <= 0) return "ended; printed: " + seen_;
      seen_.append(buffer, n);
    }
  }

  // Sends `signal` and returns the exit status (-1 unless it exited normally).
  int stop(int signal) {
    ::kill(pid_, signal);
    int raw = 0;
    ::waitpid(pid_, &raw, 0);
    pid_ = -1;
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  }

 private:
  pid_t pid_ = -1;
  int err_ = -1;
  std::string seen_;
};

class WatchTest : public CliTest {
 protected:
  std::string cv(const std::string& work) {
    return "---\ntitle: CV\n---\n# Ada Lovelace\n\n## Work\n\n" + work + "\n";
  }
  // A save, then `signal` at once (most likely during the render it starts): exit status 0,
  // a whole PDF, no temporary file.
  void stops_cleanly_on(int signal) {
    write("cv.md", cv("Wrote the first program."));
    WatchProcess jianli(dir_, "-w cv.md");
    ASSERT_NE(jianli.until("cv.pdf (").find("cv.pdf"), std::string::npos);
    write("cv.md", cv("One more save, then the signal at once."));
    EXPECT_EQ(jianli.stop(signal), 0);
    EXPECT_TRUE(no_temporaries());
    EXPECT_EQ(page_count(path("cv.pdf")), 1) << "the PDF left is whole";
  }

  // No temporary file (.jianli-XXXXXX) left in the folder.
  bool no_temporaries() const {
    for (const auto& entry : fs::directory_iterator(dir_))
      if (entry.path().filename().string().starts_with(".jianli-")) return false;
    return true;
  }
};

TEST_F(WatchTest, RendersAgainAfterASave) {
  write("cv.md", cv("Wrote the first program."));
  WatchProcess jianli(dir_, "-w cv.md");
  std::string first = jianli.until("cv.pdf (");
  ASSERT_NE(first.find("cv.md → cv.pdf (1 page"), std::string::npos) << first;
  EXPECT_NE(pdf_text(path("cv.pdf")).find("first program"), std::string::npos);
  write("cv.md", cv("Designed the Analytical Engine's loops."));
  std::string second = jianli.until("cv.pdf (");
  ASSERT_NE(second.find("cv.md → cv.pdf"), std::string::npos) << second;
  EXPECT_NE(pdf_text(path("cv.pdf")).find("Analytical Engine"), std::string::npos);
}

TEST_F(WatchTest, RendersAgainAfterASaveByRename) {
  write("cv.md", cv("Wrote the first program."));
  WatchProcess jianli(dir_, "-w cv.md");
  ASSERT_NE(jianli.until("cv.pdf (").find("cv.pdf"), std::string::npos);
  // As vim and many IDEs save: a new file beside it, renamed over the résumé.
  write(".cv.md.swp", cv("Translated Menabrea's memoir."));
  fs::rename(path(".cv.md.swp"), path("cv.md"));
  std::string second = jianli.until("cv.pdf (");
  ASSERT_NE(second.find("cv.md → cv.pdf"), std::string::npos) << second;
  EXPECT_NE(pdf_text(path("cv.pdf")).find("Menabrea"), std::string::npos);
  // The file that replaced it is watched too: a plain write after the rename is seen.
  write("cv.md", cv("Corresponded with Babbage."));
  ASSERT_NE(jianli.until("cv.pdf (").find("cv.pdf"), std::string::npos);
  EXPECT_NE(pdf_text(path("cv.pdf")).find("Babbage"), std::string::npos);
}

TEST_F(WatchTest, RendersAgainWhenTheLayoutFileIsSaved) {
  write("mine.yaml", "extends: classic\naccent: \"#204060\"\n");
  write("cv.md", "---\njianli:\n  layout: mine.yaml\n---\n# Ada Lovelace\n\nWrote programs.\n");
  WatchProcess jianli(dir_, "-w cv.md");
  ASSERT_NE(jianli.until("cv.pdf (").find("cv.pdf"), std::string::npos);
  write("mine.yaml", "extends: classic\naccentt: \"#204060\"\n");
  std::string failed = jianli.until("failed");
  EXPECT_NE(failed.find("mine.yaml:2:"), std::string::npos) << failed;
  write("mine.yaml", "extends: classic\naccent: \"#602040\"\n");
  EXPECT_NE(jianli.until("cv.pdf (").find("cv.md → cv.pdf"), std::string::npos);
}

TEST_F(WatchTest, AFailedRenderKeepsTheLastGoodPdfAndSaysWhere) {
  write("cv.md", cv("Wrote the first program."));
  WatchProcess jianli(dir_, "-w cv.md");
  ASSERT_NE(jianli.until("cv.pdf (").find("cv.pdf"), std::string::npos);
  const std::string good = slurp(path("cv.pdf"));
  write("cv.md", "---\ntitle: [CV\n---\n# Ada\n");
  std::string failed = jianli.until("failed");
  EXPECT_NE(failed.find("cv.md:2:"), std::string::npos) << "the located error: " << failed;
  EXPECT_NE(failed.find("cv.pdf kept as it was"), std::string::npos) << failed;
  EXPECT_EQ(slurp(path("cv.pdf")), good);
  write("cv.md", cv("Fixed it."));
  ASSERT_NE(jianli.until("cv.pdf (").find("cv.pdf"), std::string::npos);
  EXPECT_NE(pdf_text(path("cv.pdf")).find("Fixed it"), std::string::npos);
}

// Fonts are kept between renders (subset and compressed once for a set of glyphs): what
// a watch writes must not depend on what it rendered before.
TEST_F(WatchTest, EachRenderHasTheBytesOfAColdRender) {
  const std::string first = cv("主导推荐系统重构，Wrote the first program.");
  const std::string other = cv("设计分析机的循环，Designed the Analytical Engine's loops.");
  write("cv.md", first);
  WatchProcess jianli(dir_, "-w cv.md");
  ASSERT_NE(jianli.until("cv.pdf (").find("cv.pdf"), std::string::npos);
  // Other glyphs, then the first ones again: their fonts are found, not made anew.
  for (const std::string& source : {other, first}) {
    write("cv.md", source);
    ASSERT_NE(jianli.until("cv.pdf (").find("cv.pdf"), std::string::npos);
    const std::string watched = slurp(path("cv.pdf"));
    ASSERT_EQ(jianli_in_dir("cv.md -o cold.pdf").status, 0);  // a process of its own
    EXPECT_EQ(watched, slurp(path("cold.pdf")));
  }
}

TEST_F(WatchTest, RendersAgainWhenAMissingPhotoIsSaved) {
  write("cv.md", "---\ntitle: CV\nphoto: me.png\n---\n# Ada Lovelace\n\nWrote programs.\n");
  WatchProcess jianli(dir_, "-w cv.md");
  std::string first = jianli.until("cv.pdf (");
  ASSERT_NE(first.find("me.png"), std::string::npos) << "warned: " << first;
  const std::string without_photo = slurp(path("cv.pdf"));
  fs::copy_file(kSource + "/tests/data/images/badge.png", path("me.png"));
  std::string second = jianli.until("cv.pdf (");
  ASSERT_NE(second.find("cv.md → cv.pdf"), std::string::npos) << second;
  EXPECT_EQ(second.find("me.png"), std::string::npos) << "no warning now: " << second;
  EXPECT_NE(slurp(path("cv.pdf")), without_photo);
}

TEST_F(WatchTest, SigintExitsCleanlyWithNoTemporaryFile) { stops_cleanly_on(SIGINT); }

TEST_F(WatchTest, SigtermExitsCleanlyWithNoTemporaryFile) { stops_cleanly_on(SIGTERM); }

TEST_F(WatchTest, TakesOneInputAndAFile) {
  resume("a.md");
  resume("b.md");
  Result r = jianli_in_dir("-w a.md b.md");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("--watch"), std::string::npos) << r.out;
  EXPECT_EQ(jianli_in_dir("-w a.md -o -").status, 2);
}

}  // namespace
}  // namespace jianli::test
