#include "pdf/font_cache.h"

#include <sys/stat.h>

#include <algorithm>
#include <list>
#include <mutex>

#include "pdf/font_objects.h"

namespace jianli::pdf {
namespace {

struct Key {
  std::string path;
  int index = 0;
  off_t size = 0;
  int64_t modified_ns = 0;
  std::vector<GlyphUse> uses;
  // Spelled out: this file is C++17 in the fuzz build (it includes qpdf, see
  // tests/fuzz/CMakeLists.txt).
  bool operator==(const Key& other) const {
    return path == other.path && index == other.index && size == other.size &&
           modified_ns == other.modified_ns && uses == other.uses;
  }
};

// A few documents' fonts (two or three each): a watch alternates between few glyph sets,
// and each entry is the size of its streams (the seed's largest, 54 KB deflated).
constexpr size_t kKept = 16;

class Recent {
 public:
  std::shared_ptr<const PreparedFont> find(const Key& key) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = std::find_if(entries_.begin(), entries_.end(),
                           [&](const Entry& entry) { return entry.first == key; });
    if (it == entries_.end()) return nullptr;
    entries_.splice(entries_.begin(), entries_, it);  // most recently used first
    return it->second;
  }
  void add(Key key, std::shared_ptr<const PreparedFont> font) {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.emplace_front(std::move(key), std::move(font));
    if (entries_.size() > kKept) entries_.pop_back();
  }

 private:
  using Entry = std::pair<Key, std::shared_ptr<const PreparedFont>>;
  std::mutex mutex_;
  std::list<Entry> entries_;
};

Recent& recent() {
  static Recent fonts;
  return fonts;
}

}  // namespace

std::shared_ptr<const PreparedFont> prepared_font(const EmbeddedFont& font) {
  Key key{font.path, font.index, 0, 0, font.uses};
  struct stat file {};
  // A file that cannot be read is left to subset_font to report, and never found.
  const bool readable = ::stat(font.path.c_str(), &file) == 0;
  if (readable) {
    key.size = file.st_size;
    key.modified_ns = int64_t{file.st_mtim.tv_sec} * 1'000'000'000 + file.st_mtim.tv_nsec;
    if (auto found = recent().find(key)) return found;
  }
  // Made outside the lock: other threads' fonts need not wait for this one.
  auto made = std::make_shared<PreparedFont>();
  made->subset = subset_font(font.path, font.index, font.uses);
  made->streams = font_streams(made->subset);
  if (readable) recent().add(std::move(key), made);
  return made;
}

}  // namespace jianli::pdf
