// What a run prints on stderr, one finished job at a time.
#pragma once

#include <cstddef>
#include <string>

#include "cli/batch.h"

namespace jianli::cli {

// True when progress lines are wanted: stderr is a terminal and -q was not given.
// Piped or redirected, stderr carries only errors and warnings.
bool progress_wanted(bool quiet);

// Everything to print for a finished job, as one block: with `progress`, the line
// "[1/2] resume.md → resume.pdf (2 pages, 0.12 s)" (or "[2/2] bad.md: failed"),
// then, always, its error and warnings, coloured with `color` (cli/color.h).
std::string job_summary(const RenderJob& job, const JobReport& report, size_t done, size_t total,
                        bool progress, bool color);

// Writes a block to stderr in one call, so that it comes out whole.
void print_block(const std::string& block);

}  // namespace jianli::cli
