// Tells when any of a set of files is saved (inotify). The folders are watched, not the
// files: an editor that saves by writing a new file and renaming it over the old one (vim,
// many IDEs) replaces the file, and a watch on the old file would see nothing more. Events
// are matched by folder and name.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace jianli::cli {

class FileWatch {
 public:
  FileWatch();  // throws std::system_error when inotify is not available
  ~FileWatch();
  FileWatch(const FileWatch&) = delete;
  FileWatch& operator=(const FileWatch&) = delete;

  // Watches these files from now on (a symlink: its own name and its target's). Events
  // already queued stay queued.
  void set_files(const std::vector<std::string>& paths);

  enum class Wake { Saved, Signalled };
  // Blocks until a watched file is closed after writing or renamed into place, or
  // `signal_fd` (a signalfd) is readable. Every event queued by then is read, so that one
  // save seen as several events (write, then rename) renders once.
  Wake wait(int signal_fd);

 private:
  bool read_events();  // true when one names a watched file

  int fd_ = -1;
  std::map<std::string, int> folder_watch_;      // folder -> watch descriptor
  std::set<std::pair<int, std::string>> files_;  // (watch descriptor, name)
};

}  // namespace jianli::cli
