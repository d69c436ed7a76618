// Which image files jianli may read: the résumé's folder and below, nothing else unless
// the user allows it; URLs never.
#include "image/source_path.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../e2e/scratch_dir.h"

namespace jianli::image {
namespace {
namespace fs = std::filesystem;

class SourcePathTest : public test::ScratchDirTest {
 protected:
  void SetUp() override {
    ScratchDirTest::SetUp();
    write("cv/photo.jpg", "x");
    write("cv/img/icon.svg", "x");
    write("cv/my photo.jpg", "x");
    write("secret.png", "x");
  }
  fs::path folder() const { return dir_ / "cv"; }
  SourceKind kind(const std::string& src, bool allow = false) const {
    return resolve_source(src, folder(), allow).kind;
  }
};

TEST_F(SourcePathTest, FilesInTheFolderOrBelowAreRead) {
  EXPECT_EQ(kind("photo.jpg"), SourceKind::File);
  EXPECT_EQ(kind("./img/icon.svg"), SourceKind::File);
  EXPECT_EQ(kind("img/../photo.jpg"), SourceKind::File);
  EXPECT_EQ(resolve_source("img/icon.svg", folder(), false).path, folder() / "img/icon.svg");
}

TEST_F(SourcePathTest, AMissingFileInTheFolderIsStillAFileToReport) {
  EXPECT_EQ(kind("nowhere.png"), SourceKind::File);
}

TEST_F(SourcePathTest, PercentEncodedSpacesFindTheFile) {
  ImageSource source = resolve_source("my%20photo.jpg", folder(), false);
  EXPECT_EQ(source.kind, SourceKind::File);
  EXPECT_EQ(source.path, folder() / "my photo.jpg");
}

TEST_F(SourcePathTest, ParentFoldersAndAbsolutePathsAreRefused) {
  EXPECT_EQ(kind("../secret.png"), SourceKind::Outside);
  EXPECT_EQ(kind("img/../../secret.png"), SourceKind::Outside);
  EXPECT_EQ(kind((dir_ / "secret.png").string()), SourceKind::Outside);
  EXPECT_EQ(kind("/etc/passwd"), SourceKind::Outside);
  // Even one inside the folder, written absolute: the résumé would not render elsewhere.
  EXPECT_EQ(kind((folder() / "photo.jpg").string()), SourceKind::Outside);
}

TEST_F(SourcePathTest, AResumeNamedWithoutAFolderIsCheckedFromTheCurrentOne) {
  // `jianli resume.md`: the folder of a bare file name is "", which is the current folder.
  const fs::path before = fs::current_path();
  fs::current_path(folder());
  EXPECT_EQ(resolve_source("../secret.png", "", false).kind, SourceKind::Outside);
  EXPECT_EQ(resolve_source("/etc/passwd", "", false).kind, SourceKind::Outside);
  EXPECT_EQ(resolve_source("photo.jpg", "", false).kind, SourceKind::File);
  fs::current_path(before);
}

TEST_F(SourcePathTest, ASymlinkLeadingOutIsRefused) {
  fs::create_symlink(dir_ / "secret.png", folder() / "innocent.png");
  fs::create_directory_symlink(dir_, folder() / "up");
  EXPECT_EQ(kind("innocent.png"), SourceKind::Outside);
  EXPECT_EQ(kind("up/secret.png"), SourceKind::Outside);
}

TEST_F(SourcePathTest, TheFlagAllowsWhatLeavesTheFolder) {
  EXPECT_EQ(kind("../secret.png", true), SourceKind::File);
  EXPECT_EQ(kind("/etc/passwd", true), SourceKind::File);
}

TEST_F(SourcePathTest, UrlsAndOtherSchemesAreNotFiles) {
  EXPECT_EQ(kind("https://example.com/me.jpg"), SourceKind::Url);
  EXPECT_EQ(kind("HTTP://example.com/me.jpg"), SourceKind::Url);
  EXPECT_EQ(kind("data:image/png;base64,iVBOR"), SourceKind::Scheme);
  EXPECT_EQ(kind("file:///etc/passwd", true), SourceKind::Scheme);
  EXPECT_EQ(kind(""), SourceKind::Empty);
}

}  // namespace
}  // namespace jianli::image
