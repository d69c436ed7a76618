// The shaping cache that a batch shares between documents gives what HarfBuzz gives.
#include "text/shape_cache.h"

#include <gtest/gtest.h>

#include <string>

namespace jianli::text {
namespace {

const std::string kNotoSerif = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";
const std::string kNotoSerifCjk = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

void expect_same(const std::vector<ShapedGlyph>& a, const std::vector<ShapedGlyph>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id) << i;
    EXPECT_EQ(a[i].cluster, b[i].cluster) << i;
    EXPECT_EQ(a[i].advance, b[i].advance) << i;
    EXPECT_EQ(a[i].x_offset, b[i].x_offset) << i;
    EXPECT_EQ(a[i].y_offset, b[i].y_offset) << i;
  }
}

TEST(ShapeCache, ARunMetAgainElsewhereIsShapedAsHarfBuzzShapesItThere) {
  Face face(kNotoSerif, 0);
  ShapeCache cache;
  const ShapeOptions latin{Script::Latin, "en", false};
  // "office" (an ffi ligature, kerning) in two texts with the same five characters around
  // it: the second is served from the cache, its clusters where the run is in that text.
  const std::u32string first = U"Head office hours", second = U"The old Head office hours";
  expect_same(cache.shape(face, first, 5, 11, latin), shape(face, first, 5, 11, latin));
  expect_same(cache.shape(face, second, 13, 19, latin), shape(face, second, 13, 19, latin));
  EXPECT_EQ(cache.shape(face, second, 13, 19, latin).front().cluster, 13u);
  // Other characters around it, or small capitals: shaped afresh, not taken from the cache.
  const std::u32string third = U"office";
  expect_same(cache.shape(face, third, 0, 6, latin), shape(face, third, 0, 6, latin));
  const ShapeOptions small_caps{Script::Latin, "en", true};
  expect_same(cache.shape(face, first, 5, 11, small_caps), shape(face, first, 5, 11, small_caps));
}

TEST(ShapeCache, TheLanguageKeepsItsOwnForms) {  // locl: 骨 differs between zh-Hans and ja
  Face jp(kNotoSerifCjk, 0);
  ShapeCache cache;
  const std::u32string bone = U"骨";
  const ShapeOptions zh{Script::Han, "zh-Hans", false}, ja{Script::Han, "ja", false};
  const uint32_t zh_id = cache.shape(jp, bone, 0, 1, zh)[0].id;
  EXPECT_EQ(zh_id, shape(jp, bone, 0, 1, zh)[0].id);
  EXPECT_EQ(cache.shape(jp, bone, 0, 1, ja)[0].id, shape(jp, bone, 0, 1, ja)[0].id);
  EXPECT_NE(cache.shape(jp, bone, 0, 1, ja)[0].id, zh_id);
}

}  // namespace
}  // namespace jianli::text
