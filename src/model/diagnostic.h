// What a run tells the user besides an error: a warning ("the table is shown as
// text") or a note ("fitted to 2 pages"), at a place in a file. Errors stop a run
// and are model::InputError; diagnostics let it go on.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace jianli::model {

struct Diagnostic {
  enum class Severity { Warning, Note };

  std::string file;
  int line = 0;    // 1-based; 0: the file as a whole
  int column = 0;  // 1-based; 0: the line as a whole
  std::string message;
  int count = 1;  // how often it was found at this place
  Severity severity = Severity::Warning;
};

// "FILE:LINE:COL: warning: MESSAGE (N times)": the place as far as it is known, the
// count when above one. The one way a diagnostic is written for the user.
std::string format(const Diagnostic& diagnostic);

// Diagnostics in the order found, each once: the same message at the same place is
// counted, not repeated.
class Diagnostics {
 public:
  void add(Diagnostic diagnostic);
  void add(const Diagnostics& others);

  const std::vector<Diagnostic>& all() const { return all_; }
  bool empty() const { return all_.empty(); }

 private:
  std::vector<Diagnostic> all_;
  std::unordered_map<std::string, size_t> index_;  // place and message -> index in all_
};

}  // namespace jianli::model
