#include "text/shape.h"

#include <hb.h>

#include <memory>

namespace jianli::text {
namespace {

struct BufferDeleter {
  void operator()(hb_buffer_t* b) const { hb_buffer_destroy(b); }
};

// Han text: the font's kerning is switched off, because jianli compresses adjacent
// full-width punctuation itself (P1, cjk-typesetting.md §3) and Noto CJK's 'kern' would
// apply a second time; Latin text gets kerning and standard ligatures (HarfBuzz's
// defaults) and, for small capitals, 'smcp'.
constexpr hb_feature_t kNoKerning = {HB_TAG('k', 'e', 'r', 'n'), 0, HB_FEATURE_GLOBAL_START,
                                     HB_FEATURE_GLOBAL_END};
constexpr hb_feature_t kSmallCaps = {HB_TAG('s', 'm', 'c', 'p'), 1, HB_FEATURE_GLOBAL_START,
                                     HB_FEATURE_GLOBAL_END};

}  // namespace

std::vector<ShapedGlyph> shape(const Face& face, std::u32string_view text, size_t begin, size_t end,
                               const ShapeOptions& options) {
  std::unique_ptr<hb_buffer_t, BufferDeleter> buffer(hb_buffer_create());
  static_assert(sizeof(char32_t) == sizeof(uint32_t));
  hb_buffer_add_utf32(buffer.get(), reinterpret_cast<const uint32_t*>(text.data()),
                      static_cast<int>(text.size()), static_cast<unsigned>(begin),
                      static_cast<int>(end - begin));
  hb_buffer_set_direction(buffer.get(), HB_DIRECTION_LTR);
  hb_buffer_set_script(buffer.get(),
                       options.script == Script::Han ? HB_SCRIPT_HAN : HB_SCRIPT_LATIN);
  hb_buffer_set_language(buffer.get(), hb_language_from_string(options.language, -1));
  hb_buffer_set_cluster_level(buffer.get(), HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  std::vector<hb_feature_t> features;
  if (options.script == Script::Han) features.push_back(kNoKerning);
  if (options.small_caps) features.push_back(kSmallCaps);
  hb_shape(face.hb(), buffer.get(), features.data(), static_cast<unsigned>(features.size()));

  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer.get(), &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer.get(), &count);
  const double per_unit = 1 / face.units_per_em();
  std::vector<ShapedGlyph> out(count);
  for (unsigned i = 0; i < count; ++i) {
    out[i] = {info[i].codepoint, info[i].cluster, static_cast<float>(pos[i].x_advance * per_unit),
              static_cast<float>(pos[i].x_offset * per_unit),
              static_cast<float>(pos[i].y_offset * per_unit)};
  }
  return out;
}

}  // namespace jianli::text
