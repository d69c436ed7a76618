#include "cli/progress.h"

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>

#include "cli/color.h"

namespace jianli::cli {

bool progress_wanted(bool quiet) { return !quiet && ::isatty(STDERR_FILENO); }

std::string job_summary(const RenderJob& job, const JobReport& report, size_t done, size_t total,
                        bool progress, bool color) {
  std::string block;
  if (progress && report.ok) {
    block += fmt::format("[{}/{}] {} → {} ({} page{}, {:.2f} s)\n", done, total, job.input,
                         job.output, report.pages, report.pages == 1 ? "" : "s", report.seconds);
  } else if (progress) {
    block += fmt::format("[{}/{}] {}: failed\n", done, total, job.input);
  }
  for (const std::string& message : report.messages)
    block += (color ? colorize(message) : message) + "\n";
  return block;
}

void print_block(const std::string& block) {
  if (block.empty()) return;
  std::fwrite(block.data(), 1, block.size(), stderr);
  std::fflush(stderr);
}

}  // namespace jianli::cli
