// Shaped runs kept for the documents that follow: a batch of résumés (variants of one
// seed, the languages of one file, --watch's renders) shapes the same runs again and
// again, and HarfBuzz's hb_shape was 8 % of a batch's instructions (callgrind, 10
// variants of the seed). One cache per FontLibrary, so one per pipeline and worker
// thread: it is never shared between threads.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text/shape.h"

namespace jianli::text {

class ShapeCache {
 public:
  // What text::shape returns for the same arguments, from the cache when the run and the
  // context HarfBuzz reads around it were shaped before in the same face.
  std::vector<ShapedGlyph> shape(const Face& face, std::u32string_view text, size_t begin,
                                 size_t end, const ShapeOptions& options);

 private:
  struct Key {
    const Face* face;
    Script script;
    bool small_caps;
    std::string language;
    std::u32string context;  // the run and up to kContext characters on either side
    uint32_t begin;          // the run's start in `context`
    auto operator<=>(const Key&) const = default;
  };
  std::map<Key, std::vector<ShapedGlyph>> runs_;  // clusters relative to the run's start
};

}  // namespace jianli::text
