// A scratch folder per test and small résumés to render in it, for running the
// built jianli the way a user does.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "../e2e/process.h"
#include "../e2e/scratch_dir.h"

namespace jianli::test {

namespace fs = std::filesystem;

class CliTest : public ScratchDirTest {
 protected:
  // A short résumé with `front_matter` lines between the `---` markers.
  std::string resume(const std::string& name, const std::string& front_matter = "title: CV\n") {
    return write(name, "---\n" + front_matter +
                           "---\n# Ada Lovelace\nada@example.com\n\n## Work\n\n"
                           "Wrote the first program for the Analytical Engine.\n");
  }

  // Runs jianli in the scratch folder with the given arguments.
  Result jianli_in_dir(const std::string& args) const {
    return run("cd " + dir_.string() + " && " + jianli() + " " + args);
  }

  // Runs jianli with stderr on a pseudo-terminal (util-linux `script`), as in a shell.
  Result jianli_on_terminal(const std::string& args) const {
    return run("cd " + dir_.string() + " && script -qec '" + jianli() + " " + args + "' /dev/null");
  }
};

inline const std::string kSource = JIANLI_SOURCE_DIR;

// The extracted text of a PDF, as poppler reads it.
inline std::string pdf_text(const std::string& pdf) {
  return run("pdftotext -enc UTF-8 " + pdf + " -").out;
}

// pdfinfo's "Pages:" figure, or -1.
inline int page_count(const std::string& pdf) {
  std::smatch m;
  std::string info = run("pdfinfo " + pdf).out;
  if (!std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)"))) return -1;
  return std::stoi(m[1]);
}

}  // namespace jianli::test
