#include "text/shape_cache.h"

#include <algorithm>

namespace jianli::text {
namespace {

// HarfBuzz reads at most HB_BUFFER_CONTEXT_LENGTH (5) characters of context on either side
// of the run (hb_buffer_add_utf32), so a run with the same 5 characters around it is shaped
// the same whatever the rest of the text.
constexpr size_t kContext = 5;

// A bound on the runs kept, so that memory stays flat over thousands of different résumés:
// the cache is emptied when it reaches it.
constexpr size_t kMaxRuns = 20000;

}  // namespace

std::vector<ShapedGlyph> ShapeCache::shape(const Face& face, std::u32string_view text, size_t begin,
                                           size_t end, const ShapeOptions& options) {
  const size_t from = begin - std::min(begin, kContext);
  const size_t to = std::min(text.size(), end + kContext);
  Key key{&face,
          options.script,
          options.small_caps,
          options.language,
          std::u32string(text.substr(from, to - from)),
          static_cast<uint32_t>(begin - from)};
  auto it = runs_.find(key);
  if (it == runs_.end()) {
    if (runs_.size() >= kMaxRuns) runs_.clear();
    std::vector<ShapedGlyph> glyphs = text::shape(face, text, begin, end, options);
    for (ShapedGlyph& glyph : glyphs) glyph.cluster -= static_cast<uint32_t>(begin);
    it = runs_.emplace(std::move(key), std::move(glyphs)).first;
  }
  std::vector<ShapedGlyph> out = it->second;
  for (ShapedGlyph& glyph : out) glyph.cluster += static_cast<uint32_t>(begin);
  return out;
}

}  // namespace jianli::text
