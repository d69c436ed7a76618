#include "pipeline/layout_cache.h"

#include <sys/stat.h>

#include <ctime>

#include "parse/layout_file.h"

namespace jianli::pipeline {

LayoutCache::Stamp LayoutCache::stamp_of(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return {0, 0, 0, 0};
  return {static_cast<unsigned long>(info.st_ino), static_cast<long>(info.st_size),
          static_cast<long>(info.st_mtim.tv_sec), static_cast<long>(info.st_mtim.tv_nsec)};
}

bool LayoutCache::unchanged(const Entry& entry) {
  for (const auto& [path, stamp] : entry.stamps)
    if (stamp_of(path) != stamp) return false;
  return true;
}

model::LayoutSpec LayoutCache::load(const std::string& name_or_path,
                                    const std::vector<std::string>& dirs,
                                    const model::LayoutOverrides& overrides,
                                    const std::string& lang) {
  Key key{name_or_path, dirs, overrides.yaml,
          overrides.yaml.empty() ? std::string() : overrides.source_path, lang};
  std::lock_guard<std::mutex> hold(lock_);
  if (auto found = entries_.find(key); found != entries_.end()) {
    if (unchanged(found->second)) return found->second.spec;
    entries_.erase(found);
  }
  const long started = static_cast<long>(std::time(nullptr));
  model::LayoutSpec spec = parse::load_layout(name_or_path, dirs, overrides, lang);
  std::vector<std::pair<std::string, Stamp>> stamps;
  for (const std::string& dir : dirs) stamps.emplace_back(dir, stamp_of(dir));
  for (const std::string& file : spec.files) stamps.emplace_back(file, stamp_of(file));
  // A file saved while it was read, or just before (within the file system's timestamp
  // granularity, up to 2 s), might have the stamp of its next save too: read again next
  // time rather than kept (git's "racy clean" rule).
  for (const auto& [path, stamp] : stamps)
    if (std::get<2>(stamp) >= started - kRacySeconds) return spec;
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_[key] = {spec, std::move(stamps)};
  return spec;
}

}  // namespace jianli::pipeline
