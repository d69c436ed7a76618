#include "check/findings.h"

namespace jianli::check {

void add(Report& report, Finding finding, size_t count) {
  report.counts[static_cast<size_t>(finding.defect)] += count;
  report.findings.push_back(std::move(finding));
}

const char* defect_name(Defect defect) {
  switch (defect) {
    case Defect::Lost:
      return "characters lost";
    case Defect::Added:
      return "characters added";
    case Defect::Joined:
      return "words joined";
    case Defect::Split:
      return "word split";
    case Defect::OutOfOrder:
      return "line out of order";
    case Defect::MissingGlyph:
      return "missing glyph";
    case Defect::TinyText:
      return "text too small";
    case Defect::LowContrast:
      return "low contrast";
    case Defect::LinkMismatch:
      return "link differs from its text";
  }
  return "";
}

}  // namespace jianli::check
