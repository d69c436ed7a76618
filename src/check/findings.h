// What `jianli check` finds, each located by page and line.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace jianli::check {

enum class Defect {
  Lost,          // a character of the résumé that extraction does not give back
  Added,         // a character extraction gives that the résumé does not have
  Joined,        // two words run together: the space between them is lost
  Split,         // a space the résumé does not have: a word cut in two
  OutOfOrder,    // a line that comes back away from its place in the reading order
  MissingGlyph,  // text drawn as .notdef (glyph 0), an empty box on the page
  TinyText,      // text under 4.5 pt
  LowContrast,   // text against its background under 4.5:1 (WCAG 2 AA)
  LinkMismatch,  // a link whose visible address is not where it leads
};
inline constexpr size_t kDefectCount = 9;

struct Finding {
  int page = 0;  // 1-based
  int line = 0;  // 1-based, counted from the top of the page; 0: the page as a whole
  Defect defect = Defect::Lost;
  std::string detail;
};

struct Report {
  std::vector<Finding> findings;
  int pages = 0;
  size_t characters = 0;       // the résumé's characters compared (spaces not counted)
  bool compared_text = false;  // false: no source, so no text comparison
  std::array<size_t, kDefectCount> counts{};  // per Defect: characters for Lost and Added
  bool passed() const { return findings.empty(); }
};

void add(Report& report, Finding finding, size_t count = 1);

// "lost", "words joined", … as the report prints them.
const char* defect_name(Defect defect);

}  // namespace jianli::check
