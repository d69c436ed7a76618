// Images as a user meets them, checked from outside: pdfimages lists what was embedded,
// the layout dump says where it sits, and a bad image gets a located message.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

struct PdfImage {
  int page = 0;
  std::string type;  // "image" or "smask"
  int width = 0, height = 0;
  int object = 0;
  int ppi = 0;
};

// `pdfimages -list`, one entry per row.
std::vector<PdfImage> list_images(const std::string& pdf) {
  Result r = run("pdfimages -list " + pdf);
  std::vector<PdfImage> out;
  std::regex row(R"(^\s*(\d+)\s+\d+\s+(\w+)\s+(\d+)\s+(\d+)\s+\w+\s+\d+\s+\d+\s+\w+\s+\w+\s+)"
                 R"((\d+)\s+\d+\s+(\d+))");
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (!std::regex_search(line, m, row)) continue;
    out.push_back({std::stoi(m[1]), m[2], std::stoi(m[3]), std::stoi(m[4]), std::stoi(m[5]),
                   std::stoi(m[6])});
  }
  return out;
}

struct Frame {
  double x = 0, y = 0, width = 0, height = 0;
  std::string path;
};

// The images of the layout dump, in order.
std::vector<Frame> dumped_images(const std::string& json) {
  std::vector<Frame> out;
  std::regex image(
      R"re(\{"x": ([-\d.]+), "y": ([-\d.]+), "width": ([\d.]+), "height": ([\d.]+), "path": "([^"]*)")re");
  for (std::sregex_iterator it(json.begin(), json.end(), image), end; it != end; ++it)
    out.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]),
                   std::stod((*it)[4]), (*it)[5]});
  return out;
}

struct Rgb {
  int r = 0, g = 0, b = 0;
};

// The colour at (x, y) pt (PDF coordinates, from the bottom left) of page 1, drawn at 72 dpi.
Rgb colour_at(const std::string& pdf, double x, double y) {
  std::string ppm = run("pdftoppm -r 72 -f 1 -l 1 " + pdf).out;  // P6 to stdout
  std::istringstream in(ppm);
  std::string magic;
  int width = 0, height = 0, max = 0;
  in >> magic >> width >> height >> max;
  in.get();
  size_t header = static_cast<size_t>(in.tellg());
  int column = static_cast<int>(x), row = height - 1 - static_cast<int>(y);
  size_t at = header + 3 * (static_cast<size_t>(row) * width + column);
  if (magic != "P6" || at + 2 >= ppm.size()) return {};
  auto byte = [&](size_t i) { return static_cast<int>(static_cast<unsigned char>(ppm[i])); };
  return {byte(at), byte(at + 1), byte(at + 2)};
}

class ImagesTest : public ScratchDirTest {
 protected:
  void SetUp() override {
    ScratchDirTest::SetUp();
    for (const char* name : {"photo.jpg", "badge.png", "github.svg", "corrupt.png", "bomb.png"})
      fs::copy_file(std::string(JIANLI_TEST_DATA) + "/images/" + name, dir_ / name);
  }
  SplitResult render(const std::string& markdown, const std::string& extra = "") {
    write("cv.md", markdown);
    return run_split(jianli() + " " + path("cv.md") + " -o " + path("out.pdf") + " " + extra);
  }
};

constexpr double kPtPerMm = 72 / 25.4;
constexpr double kA4Width = 595.276;
constexpr double kMargin = 18 * kPtPerMm;  // the default layout's (classic's) side margins

const char* kWithPhoto =
    "# 张三\n\n![照片](photo.jpg)\n\n电话：138-0000-0000\n\n## 教育背景\n\n清华大学\n";

TEST_F(ImagesTest, ThePhotoSitsInTheHeaderBesideTheName) {
  SplitResult r = render(kWithPhoto, "--dump-layout " + path("dump.json"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<PdfImage> images = list_images(path("out.pdf"));
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].page, 1);
  EXPECT_EQ(images[0].width, 300);

  std::string json = slurp(path("dump.json"));
  std::vector<Frame> frames = dumped_images(json);
  ASSERT_EQ(frames.size(), 1u) << json;
  const Frame& photo = frames[0];
  // 1寸: 25 × 35 mm, at the right margin (the default layout's is 18 mm).
  EXPECT_NEAR(photo.width, 25 * kPtPerMm, 0.01);
  EXPECT_NEAR(photo.height, 35 * kPtPerMm, 0.01);
  EXPECT_NEAR(photo.x + photo.width, kA4Width - kMargin, 0.01);
  // Beside the name, not under it: the name's baseline is within the photo's height.
  std::smatch name;
  ASSERT_TRUE(
      std::regex_search(json, name, std::regex(R"re("text": "张三", "baseline": ([\d.]+))re")))
      << json;
  double baseline = std::stod(name[1]);
  EXPECT_LT(baseline, photo.y + photo.height);
  EXPECT_GT(baseline, photo.y);
  // The contact line too, and both end left of the photo.
  Result text = run("pdftotext -bbox " + path("out.pdf") + " -");
  std::smatch phone;
  ASSERT_TRUE(
      std::regex_search(text.out, phone, std::regex(R"re(xMax="([\d.]+)" yMax="([\d.]+)">电话)re")))
      << text.out;
  EXPECT_LT(std::stod(phone[1]), photo.x);
}

TEST_F(ImagesTest, ThePhotoGoesLeftAndTwoCunWhenTheLayoutSaysSo) {
  SplitResult r =
      render(std::string("---\njianli:\n  photo: {side: left, size: 2寸}\n---\n") + kWithPhoto,
             "--dump-layout " + path("dump.json"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<Frame> frames = dumped_images(slurp(path("dump.json")));
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_NEAR(frames[0].x, kMargin, 0.01);
  EXPECT_NEAR(frames[0].width, 35 * kPtPerMm, 0.01);
  EXPECT_NEAR(frames[0].height, 49 * kPtPerMm, 0.01);
}

TEST_F(ImagesTest, OnANarrowPageThePhotoStandsAboveTheName) {
  SplitResult r = render(std::string("---\njianli:\n  paper: [60mm, 150mm]\n  margins: {left: 5mm, "
                                     "right: 5mm}\n---\n") +
                             kWithPhoto,
                         "--dump-layout " + path("dump.json"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::string json = slurp(path("dump.json"));
  std::vector<Frame> frames = dumped_images(json);
  ASSERT_EQ(frames.size(), 1u);
  std::smatch name;
  ASSERT_TRUE(
      std::regex_search(json, name, std::regex(R"re("text": "张三", "baseline": ([\d.]+))re")));
  EXPECT_LT(std::stod(name[1]), frames[0].y);  // under the photo, not beside it
  EXPECT_NEAR(frames[0].width, 25 * kPtPerMm, 0.01);
}

TEST_F(ImagesTest, AnImageUsedTwiceIsEmbeddedOnceAndTheOutputIsDeterministic) {
  std::string cv = "# A\n\n## S\n\n![badge](badge.png)\n\ntext ![badge](badge.png) text\n";
  ASSERT_EQ(render(cv).status, 0);
  std::vector<PdfImage> images = list_images(path("out.pdf"));
  std::set<int> objects;
  int drawn = 0;
  for (const PdfImage& image : images) {
    if (image.type != "image") continue;
    ++drawn;
    objects.insert(image.object);
  }
  EXPECT_EQ(drawn, 2);
  EXPECT_EQ(objects.size(), 1u);
  std::string first = slurp(path("out.pdf"));
  ASSERT_EQ(render(cv).status, 0);
  EXPECT_EQ(first, slurp(path("out.pdf")));
}

// rotated.jpg is photo.jpg as a phone stores it: turned a quarter, with EXIF orientation 6.
// Upright, the face (light skin colour) is at the top and the coat (dark blue) at the foot.
TEST_F(ImagesTest, ACameraPhotoStandsUpright) {
  fs::copy_file(std::string(JIANLI_TEST_DATA) + "/images/rotated.jpg", dir_ / "rotated.jpg");
  SplitResult r = render("# A\n\n## S\n\n![me](rotated.jpg)\n", "--dump-layout " + path("d.json"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<Frame> frames = dumped_images(slurp(path("d.json")));
  ASSERT_EQ(frames.size(), 1u);
  const Frame& f = frames[0];
  EXPECT_NEAR(f.width / f.height, 0.75, 0.01);  // portrait, as seen
  Rgb face = colour_at(path("out.pdf"), f.x + f.width / 2, f.y + f.height * 0.65);
  Rgb coat = colour_at(path("out.pdf"), f.x + f.width / 2, f.y + f.height * 0.1);
  EXPECT_GT(face.r, 200) << face.r << "," << face.g << "," << face.b;
  EXPECT_LT(coat.r, 80) << coat.r << "," << coat.g << "," << coat.b;
  EXPECT_GT(coat.b, 90);
}

TEST_F(ImagesTest, AnImageInALineIsOneEmTallAndStandsOnTheLine) {
  SplitResult r = render("# A\n\n## S\n\nbefore ![badge](badge.png) after\n",
                         "--dump-layout " + path("d.json"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::string json = slurp(path("d.json"));
  std::vector<Frame> frames = dumped_images(json);
  ASSERT_EQ(frames.size(), 1u);
  std::smatch line;
  ASSERT_TRUE(std::regex_search(
      json, line,
      std::regex(R"re("text": "before after", "baseline": ([\d.]+), "runs": \[\{"x": ([\d.]+), )re"
                 R"re("width": ([\d.]+), "font": \d+, "size": ([\d.]+))re")))
      << json;
  double baseline = std::stod(line[1]), size = std::stod(line[4]);
  EXPECT_NEAR(frames[0].height, size, 0.01);
  EXPECT_NEAR(frames[0].width, 2 * size, 0.01);  // 120 × 60 px: twice as wide
  EXPECT_NEAR(frames[0].y, baseline - 0.12 * size, 0.01);
  EXPECT_GT(frames[0].x, std::stod(line[2]) + std::stod(line[3]));  // after "before"
}

TEST_F(ImagesTest, APngWithAlphaKeepsItsMask) {
  ASSERT_EQ(render("# A\n\n## S\n\n![badge](badge.png)\n").status, 0);
  std::vector<PdfImage> images = list_images(path("out.pdf"));
  ASSERT_EQ(images.size(), 2u);
  EXPECT_EQ(images[0].type, "image");
  EXPECT_EQ(images[1].type, "smask");
}

// The Form XObjects of the PDF, each once (qpdf writes every object once in QDF mode).
int count_forms(const std::string& pdf) {
  std::string qdf = run("qpdf --qdf --object-streams=disable " + pdf + " -").out;
  std::regex form(R"(/Subtype /Form\b)");
  return static_cast<int>(
      std::distance(std::sregex_iterator(qdf.begin(), qdf.end(), form), std::sregex_iterator()));
}

// An SVG comes in as vectors: a Form XObject drawn wherever the SVG is placed, no pixels.
TEST_F(ImagesTest, AnSvgIsDrawnAsVectorsOnceHoweverOftenItIsUsed) {
  std::string cv =
      "# A\n\n## S\n\n![](github.svg) github.com/a\n\n"
      "<img src=\"github.svg\" width=\"96\" alt=\"GitHub\">\n";
  SplitResult r = render(cv, "--dump-layout " + path("d.json"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(list_images(path("out.pdf")).empty()) << "an SVG is no image XObject";
  EXPECT_EQ(count_forms(path("out.pdf")), 1) << "one form, drawn twice";
  std::vector<Frame> frames = dumped_images(slurp(path("d.json")));
  ASSERT_EQ(frames.size(), 2u);
  const Frame& logo = frames[1];
  EXPECT_NEAR(logo.width, 72, 0.01);  // 96 px
  // Drawn at its place: github.svg is a dark (#24292f) disc with a white triangle, whose
  // foot is 11/16 down; below it, 13/16 down, the disc shows.
  Rgb disc = colour_at(path("out.pdf"), logo.x + logo.width / 2, logo.y + logo.height * 3 / 16);
  Rgb triangle = colour_at(path("out.pdf"), logo.x + logo.width / 2, logo.y + logo.height / 2);
  EXPECT_LT(disc.r + disc.g + disc.b, 3 * 80) << disc.r << "," << disc.g << "," << disc.b;
  EXPECT_GT(triangle.r + triangle.g + triangle.b, 3 * 220);
  Rgb outside = colour_at(path("out.pdf"), logo.x + 1, logo.y + 1);  // the disc's corner
  EXPECT_GT(outside.r + outside.g + outside.b, 3 * 220) << "transparent around the disc";
  std::string first = slurp(path("out.pdf"));
  ASSERT_EQ(render(cv).status, 0);
  EXPECT_EQ(first, slurp(path("out.pdf"))) << "cairo's clock and names stay out of the PDF";
}

TEST_F(ImagesTest, AnSvgWithTextIsDrawnAsPixelsSoItsTextIsNotReadAsTheResumes) {
  // As vectors, a logo's name would be real text: extractors (and `jianli check`) read it.
  std::ofstream(dir_ / "logo.svg")
      << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
         "<rect width=\"120\" height=\"40\" fill=\"#1f4e79\"/><text x=\"10\" y=\"26\" "
         "font-family=\"sans-serif\" font-size=\"16\" fill=\"white\">Zebracorp</text></svg>";
  ASSERT_EQ(render("# A\n\n## S\n\n![Zebracorp logo](logo.svg)\n\nText.\n").status, 0);
  std::vector<PdfImage> images = list_images(path("out.pdf"));
  ASSERT_FALSE(images.empty()) << "drawn as pixels";
  EXPECT_EQ(images.front().ppi, 600);
  EXPECT_EQ(count_forms(path("out.pdf")), 0);
  Result text = run("pdftotext " + path("out.pdf") + " -");
  EXPECT_EQ(text.out.find("Zebracorp"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Text."), std::string::npos) << text.out;
}

TEST_F(ImagesTest, ABlockImageIsSetAtItsSizeButNeverWiderThanTheColumn) {
  // wide.png: 1000 × 200 px, 750 pt at 96 dpi, half again the default layout's column.
  fs::copy_file(std::string(JIANLI_TEST_DATA) + "/images/wide.png", dir_ / "wide.png");
  SplitResult r = render("# A\n\n## S\n\n![badge](badge.png)\n\n![wide](wide.png)\n",
                         "--dump-layout " + path("d.json"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<Frame> frames = dumped_images(slurp(path("d.json")));
  ASSERT_EQ(frames.size(), 2u);
  EXPECT_NEAR(frames[0].width, 90, 0.01);  // 120 × 60 px at 96 dpi
  EXPECT_NEAR(frames[0].height, 45, 0.01);
  EXPECT_NEAR(frames[1].x, kMargin, 0.01);
  EXPECT_NEAR(frames[1].width, kA4Width - 2 * kMargin, 0.01);
  EXPECT_NEAR(frames[1].height, frames[1].width / 5, 0.01);  // the aspect ratio kept
}

TEST_F(ImagesTest, BadImagesAreWarnedAtTheirPlaceAndShowTheirAltText) {
  SplitResult r = render(
      "# A\n\n## S\n\n- ![broken badge](corrupt.png)\n- ![huge](bomb.png)\n"
      "- ![remote](https://example.com/a.png)\n- ![gone](gone.png)\n");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string cv = path("cv.md");
  EXPECT_NE(r.err.find(cv + ":5:19: warning: image 'corrupt.png' is not drawn: the image is "
                            "damaged"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(cv + ":6:11: warning: image 'bomb.png' is not drawn: it is 20000 × 20000"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(cv + ":7:13: warning: image 'https://example.com/a.png' is not drawn"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(cv + ":8:11: warning: image 'gone.png' is not drawn: there is no such file"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(list_images(path("out.pdf")).empty());
  Result text = run("pdftotext -layout " + path("out.pdf") + " -");
  for (const char* alt : {"broken badge", "huge", "remote", "gone"})
    EXPECT_NE(text.out.find(alt), std::string::npos) << alt << " in\n" << text.out;
}

TEST_F(ImagesTest, AnImageOutsideTheFolderIsAnErrorUnlessAllowed) {
  fs::create_directory(dir_ / "cv");
  fs::copy_file(dir_ / "badge.png", dir_ / "cv" / "ok.png");
  write("cv/cv.md", "# A\n\n## S\n\n![b](../badge.png)\n");
  SplitResult refused = run_split(jianli() + " " + path("cv/cv.md") + " -o " + path("out.pdf"));
  EXPECT_EQ(refused.status, 1);
  EXPECT_TRUE(refused.err.starts_with(path("cv/cv.md") + ":5:6: error: image '../badge.png' is "
                                                         "outside the résumé's folder"))
      << refused.err;
  EXPECT_FALSE(fs::exists(path("out.pdf")));
  SplitResult allowed = run_split(jianli() + " " + path("cv/cv.md") + " -o " + path("out.pdf") +
                                  " --allow-images-outside");
  EXPECT_EQ(allowed.status, 0) << allowed.err;
  EXPECT_EQ(list_images(path("out.pdf")).size(), 2u);  // the image and its mask
}

// A logo in a skills table: its row grows to hold it, and it is drawn in its cell, right
// of the cell beside it and between the header row and the next row.
TEST_F(ImagesTest, AnImageInATableCellIsDrawnInsideItsCell) {
  SplitResult r = render(
      "# A\n\n## 技能\n\n<table><tr><th>技能</th><th>标志</th></tr>\n"
      "<tr><td>Python</td><td><img src=\"badge.png\" width=\"120\" alt=\"徽标\"></td></tr>\n"
      "<tr><td>Rust</td><td>熟练</td></tr></table>\n",
      "--dump-layout " + path("d.json"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<PdfImage> images = list_images(path("out.pdf"));
  ASSERT_FALSE(images.empty());
  EXPECT_EQ(images[0].page, 1);
  std::vector<Frame> frames = dumped_images(slurp(path("d.json")));
  ASSERT_EQ(frames.size(), 1u);
  const Frame& logo = frames[0];
  EXPECT_NEAR(logo.width, 90, 0.01);  // 120 × 60 px at 96 dpi
  EXPECT_NEAR(logo.height, 45, 0.01);
  // pdftotext measures y down from the top of the page; the dump, up from its foot.
  const double page_height = 841.89;
  const double top = page_height - (logo.y + logo.height), foot = page_height - logo.y;
  const std::string boxes = run("pdftotext -bbox " + path("out.pdf") + " -").out;
  auto box_of = [&](const std::string& word) {
    std::smatch m;
    EXPECT_TRUE(std::regex_search(
        boxes, m,
        std::regex(R"re(xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">)re" +
                   word + "<")))
        << word << boxes;
    return m.empty() ? std::array<double, 4>{}
                     : std::array<double, 4>{std::stod(m[1]), std::stod(m[2]), std::stod(m[3]),
                                             std::stod(m[4])};
  };
  const auto header = box_of("标志"), beside = box_of("Python"), below = box_of("Rust");
  EXPECT_NEAR(logo.x, header[0], 0.5) << "in the column under its header";
  EXPECT_GT(logo.x, beside[2]) << "right of the cell beside it";
  EXPECT_GT(top, header[3]) << "under the header row";
  EXPECT_LT(foot, below[1]) << "over the next row";
  const double middle = (beside[1] + beside[3]) / 2;
  EXPECT_GT(middle, top);
  EXPECT_LT(middle, foot) << "the cell beside it is centred on the image's row";
  EXPECT_EQ(boxes.find("徽标"), std::string::npos) << "the image, not its alt text";
  // Drawn, not just placed: the badge's right half is a translucent blue.
  Rgb ink = colour_at(path("out.pdf"), logo.x + logo.width * 0.75, logo.y + logo.height / 2);
  EXPECT_GT(ink.b, ink.r + 60);
}

}  // namespace
}  // namespace jianli::test
