// Reading a document's images: each file once, what cannot be drawn warned at the
// image's line and column, a file outside the résumé's folder refused.
#include "image/catalog.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "../e2e/process.h"
#include "../e2e/scratch_dir.h"
#include "../throws.h"
#include "model/error.h"
#include "parse/document_reader.h"

namespace jianli::image {
namespace {
namespace fs = std::filesystem;

class CatalogTest : public test::ScratchDirTest {
 protected:
  void SetUp() override {
    ScratchDirTest::SetUp();
    fs::create_directories(dir_ / "cv");
    for (const char* name : {"photo.jpg", "badge.png", "github.svg", "corrupt.png", "bomb.png"})
      fs::copy_file(std::string(JIANLI_TEST_DATA) + "/images/" + name, dir_ / "cv" / name);
  }
  Catalog load(const std::string& markdown, LoadOptions options = {}) {
    write("cv/cv.md", markdown);
    source_ = markdown;
    doc_ = parse::read_document(markdown, path("cv/cv.md"));
    options.folder = dir_ / "cv";
    return load_images(doc_, source_, options, diagnostics_);
  }
  std::string messages() const {
    std::string out;
    for (const model::Diagnostic& d : diagnostics_.all()) out += model::format(d) + "\n";
    return out;
  }
  std::string source_;
  model::Document doc_;
  model::Diagnostics diagnostics_;
};

TEST_F(CatalogTest, EachFileIsReadOnceHoweverOftenItIsNamed) {
  Catalog catalog =
      load("# A\n\n## S\n\n![a](badge.png) and ![b](./badge.png)\n\n![c](badge.png)\n");
  const model::ImageFile* first = catalog.find("badge.png");
  ASSERT_NE(first, nullptr) << messages();
  EXPECT_EQ(first, catalog.find("./badge.png"));
  EXPECT_EQ(first->width, 120);
  EXPECT_EQ(first->bytes.size(), fs::file_size(dir_ / "cv/badge.png"));
  EXPECT_TRUE(diagnostics_.empty()) << messages();
}

TEST_F(CatalogTest, WhatCannotBeDrawnIsWarnedAtItsLineAndColumn) {
  Catalog catalog = load(
      "# A\n\n## S\n\n"
      "x ![bomb](bomb.png)\n\n"
      "![web](https://example.com/me.png)\n\n"
      "![gone](gone.png)\n\n"
      "![bad](corrupt.png)\n");
  EXPECT_EQ(catalog.find("bomb.png"), nullptr);
  EXPECT_EQ(catalog.find("gone.png"), nullptr);
  std::string out = messages();
  EXPECT_NE(out.find("cv.md:5:11: warning: image 'bomb.png' is not drawn: it is 20000 × 20000 "
                     "pixels, more than the 24 million"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("cv.md:7:8: warning: image 'https://example.com/me.png' is not drawn: "
                     "jianli fetches nothing from the web"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("cv.md:9:9: warning: image 'gone.png' is not drawn: there is no such file; "
                     "its alt text is shown instead"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("cv.md:11:8: warning: image 'corrupt.png' is not drawn: the image is damaged"),
            std::string::npos)
      << out;
}

TEST_F(CatalogTest, TooManyBytesAreRefusedBeforeReading) {
  LoadOptions small;
  small.limits.max_bytes = 1 << 10;  // the photo is 9 KB
  Catalog catalog = load("# A\n\n![me](photo.jpg)\n\n## S\n", small);
  EXPECT_EQ(catalog.find("photo.jpg"), nullptr);
  EXPECT_NE(messages().find("more than the 0 MB"), std::string::npos) << messages();
}

TEST_F(CatalogTest, AnImageOutsideTheFolderIsALocatedError) {
  write("elsewhere.png", "x");
  try {
    load("# A\n\n## S\n\nsee ![x](../elsewhere.png)\n");
    FAIL() << "no error";
  } catch (const model::InputError& e) {
    EXPECT_EQ(e.file(), path("cv/cv.md"));
    EXPECT_EQ(e.pos().line, 5);
    EXPECT_EQ(e.pos().column, 10);
    EXPECT_EQ(e.source_line(), "see ![x](../elsewhere.png)");
    EXPECT_NE(std::string(e.what()).find("--allow-images-outside"), std::string::npos);
  }
}

TEST_F(CatalogTest, TheFlagReadsItAfterAll) {
  fs::copy_file(dir_ / "cv/badge.png", dir_ / "outside.png");
  LoadOptions allow;
  allow.allow_outside = true;
  Catalog catalog = load("# A\n\n## S\n\n![x](../outside.png)\n", allow);
  EXPECT_NE(catalog.find("../outside.png"), nullptr) << messages();
}

TEST_F(CatalogTest, ThePhotoOfTheFrontMatterIsRead) {
  Catalog catalog = load("---\nphoto: photo.jpg\n---\n# A\n\n## S\n\ntext\n");
  ASSERT_TRUE(doc_.photo);
  EXPECT_NE(catalog.find("photo.jpg"), nullptr) << messages();
}

}  // namespace
}  // namespace jianli::image
