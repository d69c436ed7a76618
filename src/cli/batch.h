// Several résumés in one run: rendered in parallel, one worker per core, and a
// failing input does not stop the others.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cli/render.h"

namespace jianli::cli {

// How one job went, for the progress line and the exit status.
struct JobReport {
  bool ok = false;
  int pages = 0;
  double seconds = 0;                 // wall time of this job
  std::vector<std::string> messages;  // its error (when it failed) and warnings, whole lines
};

// Runs `render_call` for `job` (it returns the page count and --check's findings) and turns
// whatever goes wrong into the report's messages (the located error, then the warnings): one bad
// input must not take a batch down, nor end --watch.
using RenderCall = std::function<RenderOutcome(pipeline::Messages& messages)>;
JobReport run_reported(const RenderJob& job, const RenderCall& render_call);

// Renders `jobs` on up to `workers` threads (0: one per core,
// std::thread::hardware_concurrency()), sharing what does not depend on the document
// (pipeline::Resources: the faces, layouts and section roles, loaded once for the run), each
// worker with a pipeline::Pipeline of its own kept from job to job and a PDF document per job,
// so that a file is the same bytes whichever worker renders it. `finished` is
// called once per job as it ends, with `done` counting finished jobs from 1, one call at a time:
// whatever it prints for a job comes out whole, never interleaved with another's. Returns the
// reports in the order of `jobs`.
using JobFinished = std::function<void(const RenderJob& job, const JobReport& report, size_t done)>;
std::vector<JobReport> render_all(const std::vector<RenderJob>& jobs, const JobFinished& finished,
                                  size_t workers = 0);

}  // namespace jianli::cli
