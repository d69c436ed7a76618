#include "cli/batch.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "model/error.h"
#include "text/error_format.h"

namespace jianli::cli {

JobReport run_reported(const RenderJob& job, const RenderCall& render_call) {
  JobReport report;
  auto start = std::chrono::steady_clock::now();
  pipeline::Messages messages;
  try {
    RenderOutcome outcome = render_call(messages);
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

std::vector<JobReport> render_all(const std::vector<RenderJob>& jobs, const JobFinished& finished,
                                  size_t workers) {
  std::vector<JobReport> reports(jobs.size());
  std::atomic<size_t> next{0};
  std::mutex finish_lock;
  size_t done = 0;
  // What does not depend on the document (the faces, the layouts read, the section roles) is
  // loaded once for the run and shared by the workers. It is made by the first job that needs
  // it, inside run_reported, so that a failure to load is that job's error (and the next job
  // tries again).
  std::mutex resources_lock;
  std::shared_ptr<pipeline::Resources> resources;
  auto shared = [&] {
    std::lock_guard<std::mutex> lock(resources_lock);
    if (!resources) resources = std::make_shared<pipeline::Resources>();
    return resources;
  };
  auto work = [&] {
    // One pipeline per worker, kept from job to job, with the runs it has shaped: a file is
    // the same bytes whichever worker renders it.
    std::optional<pipeline::Pipeline> own;
    for (size_t i = next++; i < jobs.size(); i = next++) {
      reports[i] = run_reported(jobs[i], [&](pipeline::Messages& messages) {
        if (!own) own.emplace(shared());
        return render(jobs[i], *own, messages);
      });
      std::lock_guard<std::mutex> lock(finish_lock);
      finished(jobs[i], reports[i], ++done);
    }
  };

  if (workers == 0) workers = std::max(1u, std::thread::hardware_concurrency());
  workers = std::min(workers, jobs.size());
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
