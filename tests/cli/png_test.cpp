// --format png: pictures of the pages, their size set by --dpi, ink where the PDF has text
// and white margins; --long-image stacks every page into one.
#include <gtest/gtest.h>
#include <png.h>

#include <cmath>
#include <regex>
#include <sstream>

#include "cli_fixture.h"

namespace jianli::test {
namespace {

struct Picture {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> grey;  // one byte a pixel: 0 black, 255 white
  bool dark(int x, int y) const { return grey[static_cast<size_t>(y) * width + x] < 128; }
  bool white_box(int x0, int y0, int x1, int y1) const {
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x)
        if (grey[static_cast<size_t>(y) * width + x] < 250) return false;
    return true;
  }
};

Picture decode(const std::string& path) {
  std::string bytes = slurp(path);
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  Picture picture;
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) return picture;
  image.format = PNG_FORMAT_GRAY;
  picture.grey.resize(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, picture.grey.data(), 0, nullptr)) return {};
  picture.width = static_cast<int>(image.width);
  picture.height = static_cast<int>(image.height);
  return picture;
}

// A page's size in points, as pdfinfo reads it.
std::pair<double, double> page_points(const std::string& pdf) {
  std::smatch m;
  std::string info = run("pdfinfo " + pdf).out;
  if (!std::regex_search(info, m, std::regex("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))) return {};
  return {std::stod(m[1]), std::stod(m[2])};
}

// Where a word is on page 1, in points from the top left (pdftotext -bbox).
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};
Box word_box(const std::string& pdf, const std::string& word) {
  std::string html = run("pdftotext -f 1 -l 1 -bbox " + pdf + " -").out;
  std::smatch m;
  std::regex pattern(
      "xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">" + word + "<");
  if (!std::regex_search(html, m, pattern)) return {};
  return {std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])};
}

class PngTest : public CliTest {};

TEST_F(PngTest, OnePicturePerPageSizedByTheDpi) {
  resume("cv.md");
  ASSERT_EQ(jianli_in_dir("cv.md").status, 0);
  auto [width_pt, height_pt] = page_points(path("cv.pdf"));
  ASSERT_GT(width_pt, 0);
  for (int dpi : {72, 150}) {
    Result r = jianli_in_dir("cv.md --format png --dpi " + std::to_string(dpi));
    ASSERT_EQ(r.status, 0) << r.out;
    Picture picture = decode(path("cv-1.png"));
    EXPECT_EQ(picture.width, std::lround(width_pt * dpi / 72)) << dpi;
    EXPECT_EQ(picture.height, std::lround(height_pt * dpi / 72)) << dpi;
    EXPECT_FALSE(fs::exists(path("cv-2.png"))) << "a one-page résumé makes one picture";
  }
}

TEST_F(PngTest, InkWhereTheTextIsAndWhiteMargins) {
  resume("cv.md");
  ASSERT_EQ(jianli_in_dir("cv.md").status, 0);
  ASSERT_EQ(jianli_in_dir("cv.md -f png --dpi 144").status, 0);
  Picture picture = decode(path("cv-1.png"));
  ASSERT_GT(picture.width, 0);
  const double scale = 144 / 72.0;
  Box name = word_box(path("cv.pdf"), "Lovelace");
  ASSERT_GT(name.x1, name.x0) << "pdftotext finds the name";
  int dark = 0;
  for (int y = static_cast<int>(name.y0 * scale); y < name.y1 * scale; ++y)
    for (int x = static_cast<int>(name.x0 * scale); x < name.x1 * scale; ++x)
      dark += picture.dark(x, y);
  EXPECT_GT(dark, 50) << "the name is drawn where the PDF has it";
  // The margins (the first half inch all round) carry no ink; a box as large below the name
  // and left of the text, in the margin too.
  const int margin = 72;
  EXPECT_TRUE(picture.white_box(0, 0, picture.width, margin));
  EXPECT_TRUE(picture.white_box(0, 0, margin, picture.height));
  EXPECT_TRUE(picture.white_box(picture.width - margin, 0, picture.width, picture.height));
}

TEST_F(PngTest, PagesAreNumberedAndALongImageStacksThem) {
  std::string body = "---\ntitle: CV\n---\n# Ada Lovelace\n\n## Work\n\n";
  for (int i = 0; i < 120; ++i) body += "- Wrote program number " + std::to_string(i) + ".\n";
  write("long.md", body);
  ASSERT_EQ(jianli_in_dir("long.md -o out.pdf").status, 0);
  int pages = page_count(path("out.pdf"));
  ASSERT_GE(pages, 2);
  Result r = jianli_in_dir("long.md -f png --dpi 36 -o shot.png");
  ASSERT_EQ(r.status, 0) << r.out;
  int total = 0;
  for (int page = 1; page <= pages; ++page) {
    Picture picture = decode(path("shot-" + std::to_string(page) + ".png"));
    ASSERT_GT(picture.height, 0) << page;
    total += picture.height;
  }
  EXPECT_FALSE(fs::exists(path("shot.png")));
  r = jianli_in_dir("long.md -f png --dpi 36 --long-image -o shot.png");
  ASSERT_EQ(r.status, 0) << r.out;
  Picture tall = decode(path("shot.png"));
  EXPECT_EQ(tall.width, decode(path("shot-1.png")).width);
  EXPECT_EQ(tall.height, total + (pages - 1)) << "pages and a one-pixel rule between each";
}

TEST_F(PngTest, SeveralPicturesCannotGoToStandardOutput) {
  std::string body = "---\ntitle: CV\n---\n# Ada Lovelace\n\n";
  for (int i = 0; i < 120; ++i) body += "- Item " + std::to_string(i) + ".\n";
  write("long.md", body);
  // Braces: the test reads stderr, and standard output goes to a file.
  auto to_file = [&](const std::string& args, const std::string& file) {
    return run("cd " + dir_.string() + " && { " + jianli() + " " + args + " > " + file + "; }");
  };
  Result r = to_file("long.md -f png -o -", "out.bin");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("--long-image"), std::string::npos) << r.out;
  r = to_file("long.md -f png --long-image -o -", "out.png");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_GT(decode(path("out.png")).height, 0);
}

TEST_F(PngTest, DpiWithoutPngIsAUsageError) {
  resume("cv.md");
  Result r = jianli_in_dir("cv.md --dpi 100");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("--format png"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(path("cv.pdf")));
  EXPECT_EQ(jianli_in_dir("cv.md --format gif").status, 2);
}

TEST_F(PngTest, APictureNeverReplacesTheInput) {
  write("cv-1.png", "not a résumé");  // input named like page 1's picture
  resume("cv.md");
  Result r = jianli_in_dir("cv-1.png -f png -o cv.png");
  EXPECT_NE(r.status, 0);
  EXPECT_EQ(slurp(path("cv-1.png")), "not a résumé");
}

}  // namespace
}  // namespace jianli::test
