// The subcommands beside rendering: `jianli check` (docs/check.md) and `jianli extract`.
#pragma once

namespace jianli::cli {

// `jianli check RESUME.md|RESUME.pdf [-l LAYOUT] [--pdf FILE.pdf]`. argv[0] is "check".
// Exit status: 0 the PDF gives back what the résumé says, 1 any finding or bad input,
// 2 bad usage.
int run_check(int argc, char** argv);

// `jianli extract CV.pdf [-d DIR]`: writes the files --attach-source embedded, never over
// an existing file. argv[0] is "extract". Exit status as for run_check.
int run_extract(int argc, char** argv);

}  // namespace jianli::cli
