// The command line: `jianli [options] INPUT...`.
#pragma once

namespace jianli::cli {

// Runs jianli; returns the exit status: 0 done, 1 bad input, 2 bad usage.
int run(int argc, char** argv);

}  // namespace jianli::cli
