// The layout's `photo:` keys: where the header's photo stands and how large it is.
#include <gtest/gtest.h>

#include "../throws.h"
#include "model/error.h"
#include "parse/layout_schema.h"

namespace jianli::parse {
namespace {

constexpr double kPtPerMm = 72 / 25.4;

model::PhotoSpec photo_of(const std::string& yaml) {
  model::LayoutSpec spec;
  const YAML::Node root = parse_yaml(yaml, "l.yaml");
  check_layout(root, "l.yaml", yaml);
  apply_layout(root, spec);
  return spec.photo;
}

TEST(PhotoLayout, OneCunOnTheRightUnlessTold) {
  model::PhotoSpec photo = photo_of("description: x\n");
  EXPECT_EQ(photo.side, model::Side::Right);
  EXPECT_NEAR(photo.width, 25 * kPtPerMm, 1e-9);
  EXPECT_NEAR(photo.height, 35 * kPtPerMm, 1e-9);
}

TEST(PhotoLayout, SizesByNameOrInMillimetres) {
  model::PhotoSpec two = photo_of("photo: {side: left, size: 2寸, gap: 5mm}\n");
  EXPECT_EQ(two.side, model::Side::Left);
  EXPECT_NEAR(two.width, 35 * kPtPerMm, 1e-9);
  EXPECT_NEAR(two.height, 49 * kPtPerMm, 1e-9);
  EXPECT_NEAR(two.gap, 5 * kPtPerMm, 1e-9);
  model::PhotoSpec listed = photo_of("photo: {size: [30, 1.5in]}\n");
  EXPECT_NEAR(listed.width, 30 * kPtPerMm, 1e-9);  // a bare number is mm
  EXPECT_NEAR(listed.height, 108, 1e-9);
}

TEST(PhotoLayout, MistakesAreLocated) {
  EXPECT_TRUE(test::throws<model::InputError>([] { photo_of("photo: {size: 3寸}\n"); },
                                              "'3寸' is not one of: 1寸 2寸"));
  EXPECT_TRUE(test::throws<model::InputError>([] { photo_of("photo: {sizes: 1寸}\n"); },
                                              "did you mean 'size'?"));
  EXPECT_TRUE(test::throws<model::InputError>([] { photo_of("photo: {size: [30]}\n"); },
                                              "[width, height]"));
  try {
    photo_of("photo:\n  side: top\n");
    FAIL();
  } catch (const model::InputError& e) {
    EXPECT_EQ(e.pos().line, 2);
    EXPECT_EQ(e.pos().column, 9);
  }
}

}  // namespace
}  // namespace jianli::parse
