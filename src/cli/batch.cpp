#include "cli/batch.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>

#include "model/error.h"
#include "text/error_format.h"

namespace jianli::cli {
namespace {

// Runs one job and turns whatever goes wrong into messages: one bad input must not
// take the whole batch down.
JobReport render_one(const RenderJob& job) {
  JobReport report;
  auto start = std::chrono::steady_clock::now();
  pipeline::Messages messages;
  try {
    RenderOutcome outcome = render(job, messages);
    report.pages = outcome.pages;
    report.ok = outcome.check_passed;  // --check: any loss fails the job, its PDF written
    report.messages = std::move(outcome.check_lines);
  } catch (const model::InputError& e) {
    const std::string message = text::format_error(e);
    report.messages.push_back(e.file().empty() ? job.input + ": " + message : message);
  } catch (const std::exception& e) {
    report.messages.push_back(job.input + ": error: " + e.what());
  }
  for (std::string& line : messages.lines()) report.messages.push_back(std::move(line));
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace

std::vector<JobReport> render_all(const std::vector<RenderJob>& jobs, const JobFinished& finished) {
  std::vector<JobReport> reports(jobs.size());
  std::atomic<size_t> next{0};
  std::mutex finish_lock;
  size_t done = 0;
  auto work = [&] {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      reports[i] = render_one(jobs[i]);
      std::lock_guard<std::mutex> lock(finish_lock);
      finished(jobs[i], reports[i], ++done);
    }
  };

  size_t cores = std::max(1u, std::thread::hardware_concurrency());
  size_t workers = std::min(cores, jobs.size());
  if (workers <= 1) {
    work();  // one job, or one core: no thread to start
    return reports;
  }
  std::vector<std::thread> threads;
  for (size_t i = 0; i < workers; ++i) threads.emplace_back(work);
  for (std::thread& t : threads) t.join();
  return reports;
}

}  // namespace jianli::cli
