// What `jianli --version` prints: jianli's version, then each library it was built with.
#pragma once

#include <string>

namespace jianli::cli {

// "jianli 0.1.0" and a line per library, "  HarfBuzz    8.3.0": the version the running
// program loaded where the library can tell (a function or variable of its own), else the
// version it was built against, marked "(built with)".
std::string version_text();

}  // namespace jianli::cli
