#include "model/diagnostic.h"

#include <algorithm>

namespace jianli::model {

std::string format(const Diagnostic& d) {
  std::string out;
  if (!d.file.empty()) {
    out += d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line);
    if (d.line > 0 && d.column > 0) out += ":" + std::to_string(d.column);
    out += ": ";
  }
  out += d.severity == Diagnostic::Severity::Note ? "note: " : "warning: ";
  out += d.message;
  if (d.count > 1) out += " (" + std::to_string(d.count) + " times)";
  return out;
}

void Diagnostics::add(Diagnostic diagnostic) {
  auto same = std::find_if(all_.begin(), all_.end(), [&](const Diagnostic& seen) {
    return seen.severity == diagnostic.severity && seen.file == diagnostic.file &&
           seen.line == diagnostic.line && seen.column == diagnostic.column &&
           seen.message == diagnostic.message;
  });
  if (same == all_.end()) {
    all_.push_back(std::move(diagnostic));
  } else {
    same->count += diagnostic.count;
  }
}

void Diagnostics::add(const Diagnostics& others) {
  for (const Diagnostic& d : others.all()) add(d);
}

}  // namespace jianli::model
