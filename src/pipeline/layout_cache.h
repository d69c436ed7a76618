// Layouts read once per run, not once per résumé: a batch of 60 résumés in one layout
// parsed and checked its YAML 60 times (8-9 % of each document's CPU in perf, the largest
// share left after laying out and writing the PDF).
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

#include "model/document.h"
#include "model/style.h"

namespace jianli::pipeline {

// parse::load_layout's results, kept while nothing they came from has changed: each file of
// the layout's extends chain, and each folder a layout name is looked up in (a layout saved
// into one, or renamed over, changes the folder). So --watch reads a layout again only when
// it was saved, and a render gets the same layout whether it was kept or not.
// Safe from several threads at once (a batch's workers share one): a load takes a lock.
class LayoutCache {
 public:
  // As parse::load_layout (it throws what that throws; nothing is kept then).
  model::LayoutSpec load(const std::string& name_or_path, const std::vector<std::string>& dirs,
                         const model::LayoutOverrides& overrides, const std::string& lang);

 private:
  // What a file or folder was when read: its inode, size and modification time (ns);
  // all zero when it did not exist.
  using Stamp = std::tuple<unsigned long, long, long, long>;
  struct Entry {
    model::LayoutSpec spec;
    std::vector<std::pair<std::string, Stamp>> stamps;
  };
  // The layout asked for, the folders, the front matter's overrides (the résumé's path in
  // them: their errors point into it) and the language.
  using Key =
      std::tuple<std::string, std::vector<std::string>, std::string, std::string, std::string>;

  static Stamp stamp_of(const std::string& path);
  static bool unchanged(const Entry& entry);

  // More layouts than a run uses (six ship with jianli); past it, all are read again.
  static constexpr size_t kMaxEntries = 32;
  static constexpr long kRacySeconds = 2;
  std::mutex lock_;  // guards entries_
  std::map<Key, Entry> entries_;
};

}  // namespace jianli::pipeline
