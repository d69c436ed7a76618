// Words with their boxes, as poppler extracts them (`pdftotext -bbox-layout`, turned into
// lines by tests/data/e2e/word_boxes.sh), for tests that check where text is.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "process.h"

namespace jianli::test {

const std::string kGoldenDir = std::string(JIANLI_SOURCE_DIR) + "/tests/data/e2e";

struct WordBox {
  int page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string text;
};

// Reads word_boxes.sh's format: "page N" lines, then "xMin yMin xMax yMax text" per word.
inline std::vector<WordBox> parse_boxes(const std::string& listing) {
  std::vector<WordBox> boxes;
  std::istringstream lines(listing);
  std::string line;
  int page = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("page ", 0) == 0) {
      page = std::stoi(line.substr(5));
      continue;
    }
    std::istringstream fields(line);
    WordBox box;
    box.page = page;
    if (!(fields >> box.x0 >> box.y0 >> box.x1 >> box.y1)) continue;
    std::getline(fields >> std::ws, box.text);
    boxes.push_back(box);
  }
  return boxes;
}

// The words of `pdf`, read through word_boxes.sh; `scratch` is a file name for the XHTML.
inline std::vector<WordBox> word_boxes(const std::string& pdf, const std::string& scratch) {
  if (run("pdftotext -bbox-layout " + pdf + " " + scratch).status != 0) return {};
  return parse_boxes(run(kGoldenDir + "/word_boxes.sh " + scratch).out);
}

}  // namespace jianli::test
