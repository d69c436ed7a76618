// Image files read from their headers, and refused before they are decoded when they
// are not images, are damaged, or would take too much memory.
#include "image/probe.h"

#include <gtest/gtest.h>

#include "../e2e/process.h"

namespace jianli::image {
namespace {

std::string image(const std::string& name) {
  return test::slurp(std::string(JIANLI_TEST_DATA) + "/images/" + name);
}

TEST(ProbeTest, SizesComeFromTheHeaders) {
  Probe jpeg = check_pixels(image("photo.jpg"), probe(image("photo.jpg")));
  ASSERT_TRUE(jpeg.ok) << jpeg.problem;
  EXPECT_EQ(jpeg.format, model::ImageFormat::Jpeg);
  EXPECT_EQ(jpeg.width, 300);
  EXPECT_EQ(jpeg.height, 400);

  Probe png = check_pixels(image("badge.png"), probe(image("badge.png")));
  ASSERT_TRUE(png.ok) << png.problem;
  EXPECT_EQ(png.format, model::ImageFormat::Png);
  EXPECT_EQ(png.width, 120);
  EXPECT_EQ(png.height, 60);

  Probe svg = probe(image("github.svg"));
  ASSERT_TRUE(svg.ok) << svg.problem;
  EXPECT_EQ(svg.format, model::ImageFormat::Svg);
  EXPECT_EQ(svg.width, 16);
}

// A phone stores a portrait photo as landscape pixels and an EXIF tag to turn them.
TEST(ProbeTest, ACameraJpegIsMeasuredUpright) {
  Probe turned = probe(image("rotated.jpg"));  // 400 × 300 stored, orientation 6
  ASSERT_TRUE(turned.ok) << turned.problem;
  EXPECT_EQ(turned.orientation, 6);
  EXPECT_EQ(turned.width, 300);
  EXPECT_EQ(turned.height, 400);
  EXPECT_EQ(probe(image("photo.jpg")).orientation, 1);
}

TEST(ProbeTest, AnSvgWithOnlyAViewBoxTakesItsSize) {
  Probe svg = probe(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 12"><rect/></svg>)");
  ASSERT_TRUE(svg.ok) << svg.problem;
  EXPECT_EQ(svg.width, 24);
  EXPECT_EQ(svg.height, 12);
}

TEST(ProbeTest, WhatIsNoImageIsSaidSo) {
  EXPECT_FALSE(probe(image("notes.png")).ok);
  EXPECT_NE(probe(image("notes.png")).problem.find("not a PNG, JPEG or SVG"), std::string::npos);
  EXPECT_FALSE(probe("").ok);
  EXPECT_FALSE(probe("\x89PNG\r\n\x1a\n").ok);  // the signature alone
  EXPECT_FALSE(probe("\xFF\xD8\xFF\xE0").ok);   // a JPEG with no frame header
}

// libharu would abort the program on it (its libpng has no error handler).
TEST(ProbeTest, APngDamagedPastItsHeaderIsFoundBeforeTheWriterSeesIt) {
  std::string bytes = image("corrupt.png");
  Probe header = probe(bytes);
  ASSERT_TRUE(header.ok);  // its header is whole
  Probe pixels = check_pixels(bytes, header);
  EXPECT_FALSE(pixels.ok);
  EXPECT_NE(pixels.problem.find("damaged"), std::string::npos) << pixels.problem;
}

// Every cut and a damaged byte at every place: always an answer, never a crash (libpng's
// default error handler would abort the test).
TEST(ProbeTest, CutOrDamagedFilesAreAnsweredNotCrashedOn) {
  for (const char* name : {"badge.png", "photo.jpg", "rotated.jpg"}) {
    const std::string whole = image(name);
    for (size_t cut = 0; cut < whole.size(); cut += 1 + cut / 8) {
      std::string bytes = whole.substr(0, cut);
      Probe probed = check_pixels(bytes, probe(bytes));
      if (cut < 100) {
        EXPECT_FALSE(probed.ok) << name << " cut at " << cut;
      }
      std::string damaged = whole;
      damaged[cut] = static_cast<char>(damaged[cut] ^ 0x5A);
      check_pixels(damaged, probe(damaged));
    }
  }
}

TEST(ProbeTest, ABombTellsItsSizeWithoutBeingDecoded) {
  std::string bytes = image("bomb.png");
  ASSERT_LT(bytes.size(), 8000u);
  Probe bomb = probe(bytes);
  ASSERT_TRUE(bomb.ok) << bomb.problem;
  EXPECT_EQ(bomb.width, 20000);
  EXPECT_EQ(bomb.height, 20000);
}

}  // namespace
}  // namespace jianli::image
