// Where outputs go, and writing them without ever destroying anything (issue 12's policy,
// the same for the PDF and the layout dump):
// - "-" is standard output;
// - a symlink is followed: its target is replaced, in the target's folder;
// - a device, FIFO, socket or folder is refused, before any work is done;
// - an existing file keeps its mode, a new one follows the umask; a read-only file is
//   refused unless forced;
// - bytes go to a temporary file beside the target (a short name: within the 255-byte
//   limit whatever the target's) and are renamed over it, all of one input's outputs
//   together or none; SIGINT, SIGTERM and SIGHUP remove the temporary files.
#pragma once

#include <string>
#include <vector>

namespace jianli::cli {

struct OutputTarget {
  std::string named;  // as the user gave it, for messages
  std::string path;   // where the bytes go: a symlink's target; empty for standard output
  std::string what;   // "the PDF", "the layout dump": for messages
  bool to_stdout() const { return path.empty(); }
};

// Checks `named` against the policy, before any work is done. `what` names the output in
// messages ("the PDF"). Throws model::InputError naming the output.
OutputTarget resolve_output(const std::string& named, const std::string& what, bool force);

// Writes each (target, bytes) pair: all replaced, or none (a failure removes every
// temporary file and leaves the old files as they were). Throws model::InputError naming
// the output that failed.
void write_outputs(const std::vector<std::pair<OutputTarget, std::string>>& outputs);

// Removes the temporary files still open when the process is interrupted (SIGINT, SIGTERM,
// SIGHUP), then lets the signal end it as it would have.
void remove_temporaries_on_signals();

}  // namespace jianli::cli
