#include "cli/watch.h"

#include <fmt/core.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <ctime>
#include <system_error>

#include "cli/batch.h"
#include "cli/file_watch.h"
#include "cli/progress.h"
#include "model/error.h"

namespace jianli::cli {
namespace {

// SIGINT, SIGTERM and SIGHUP are blocked and read from a signalfd between renders: a
// signal during a render waits for it to end, so the output is renamed into place and no
// temporary file is left behind.
class StopSignals {
 public:
  StopSignals() {
    sigemptyset(&set_);
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set_, signal);
    sigprocmask(SIG_BLOCK, &set_, nullptr);
    fd_ = signalfd(-1, &set_, SFD_CLOEXEC);
    if (fd_ < 0) throw std::system_error(errno, std::generic_category(), "signalfd");
  }
  ~StopSignals() { ::close(fd_); }
  int fd() const { return fd_; }

 private:
  sigset_t set_;
  int fd_ = -1;
};

std::string clock_now() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%H:%M:%S", &local);
  return text;
}

std::string render_line(const RenderJob& job, const JobReport& report) {
  if (!report.ok)
    return fmt::format("[{}] {}: failed; {} kept as it was\n", clock_now(), job.input, job.output);
  return fmt::format("[{}] {} → {} ({} page{}, {:.0f} ms)\n", clock_now(), job.input, job.output,
                     report.pages, report.pages == 1 ? "" : "s", report.seconds * 1000);
}

}  // namespace

int watch(const RenderJob& job, bool quiet) {
  StopSignals signals;  // before any thread starts, so that every thread blocks them
  FileWatch files;
  std::vector<std::string> watched{job.input};
  files.set_files(watched);     // saves during the first render are seen after it
  pipeline::Pipeline pipeline;  // fonts and layouts stay loaded from render to render
  for (;;) {
    std::vector<std::string> files_read;
    JobReport report = run_reported(job, [&](pipeline::Messages& messages) {
      try {
        RenderOutcome outcome = render(job, pipeline, messages);
        files_read = outcome.files_read;
        return outcome;
      } catch (const model::InputError& e) {
        // The file at fault (a layout named in the front matter, say) is watched too.
        if (!e.file().empty() && e.file() != job.output) watched.push_back(e.file());
        throw;
      }
    });
    std::string block;
    for (const std::string& message : report.messages) block += message + "\n";
    if (!quiet) block += render_line(job, report);
    print_block(block);
    // A failed render keeps watching what the last good one read (the file at fault among
    // them), so that fixing any of them renders again.
    if (report.ok) {
      watched = {job.input};
      watched.insert(watched.end(), files_read.begin(), files_read.end());
    }
    files.set_files(watched);
    if (files.wait(signals.fd()) == FileWatch::Wake::Signalled) break;
  }
  if (!quiet) print_block(fmt::format("[{}] stopped watching {}\n", clock_now(), job.input));
  return 0;
}

}  // namespace jianli::cli
