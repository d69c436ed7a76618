// --watch: render, then render again whenever the résumé, its layout files or its images
// are saved, until Ctrl-C (SIGINT), SIGTERM or SIGHUP.
#pragma once

#include "cli/render.h"

namespace jianli::cli {

// Runs until stopped by a signal, then returns 0: a render in progress finishes (its
// temporary file renamed into place), so no temporary file is ever left. One line per
// render on stderr ("[12:03:04] resume.md → resume.pdf (2 pages, 14 ms)"), unless `quiet`;
// a failed render prints its located error and leaves the last good output as it was.
int watch(const RenderJob& job, bool quiet);

}  // namespace jianli::cli
