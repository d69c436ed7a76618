// Layouts read once per run (pipeline/layout_cache.h): a layout kept between renders is the
// one a fresh read gives, and a layout saved, or a layout put in a folder that shadows the
// one used, is read again, as --watch needs.
#include "pipeline/layout_cache.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "model/error.h"
#include "parse/layout_file.h"
#include "pipeline/pipeline.h"

namespace jianli::pipeline {
namespace {
namespace fs = std::filesystem;

class LayoutCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("jianli-layout-cache-" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "layouts");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes a layout file dated `age` ago: older than the cache's racy window, so it is kept.
  void write(const fs::path& path, const std::string& text, std::chrono::minutes age) {
    std::ofstream(path) << text;
    fs::last_write_time(path, fs::file_time_type::clock::now() - age);
  }
  // The résumé's layouts/ folder dated an hour ago, as if its files had been there long: a
  // folder changed within the racy window is never kept, and would hide what is tested.
  void age_folder() {
    fs::last_write_time(dir_ / "layouts", fs::file_time_type::clock::now() - std::chrono::hours(1));
  }
  std::vector<std::string> dirs() const {
    return {(dir_ / "layouts").string(), data_dir() + "/layouts"};
  }
  model::LayoutSpec load(const std::string& name) { return cache_.load(name, dirs(), {}, "zh"); }

  fs::path dir_;
  LayoutCache cache_;
};

TEST_F(LayoutCacheTest, AKeptLayoutIsTheOneAFreshReadGives) {
  write(dir_ / "layouts" / "mine.yaml", "extends: classic\nparagraph_gap: 9pt\n",
        std::chrono::minutes(60));
  age_folder();
  model::LayoutSpec first = load("mine");
  model::LayoutSpec kept = load("mine");
  model::LayoutSpec fresh = parse::load_layout("mine", dirs(), {}, "zh");
  EXPECT_DOUBLE_EQ(first.paragraph_gap, 9);
  EXPECT_DOUBLE_EQ(kept.paragraph_gap, fresh.paragraph_gap);
  EXPECT_EQ(kept.files, fresh.files);
  EXPECT_EQ(kept.page_number, fresh.page_number);
  EXPECT_EQ(kept.body_style.size, fresh.body_style.size);
}

TEST_F(LayoutCacheTest, ASavedLayoutIsReadAgain) {
  fs::path mine = dir_ / "layouts" / "mine.yaml";
  write(mine, "extends: classic\nparagraph_gap: 9pt\n", std::chrono::minutes(60));
  age_folder();
  EXPECT_DOUBLE_EQ(load("mine").paragraph_gap, 9);
  write(mine, "extends: classic\nparagraph_gap: 7pt\n", std::chrono::minutes(30));
  EXPECT_DOUBLE_EQ(load("mine").paragraph_gap, 7);
}

TEST_F(LayoutCacheTest, ALayoutPutBesideTheResumeShadowsTheShippedOneKept) {
  age_folder();
  double shipped = load("classic").paragraph_gap;
  write(dir_ / "layouts" / "classic.yaml", "extends: classic\nparagraph_gap: 11pt\n",
        std::chrono::minutes(60));
  fs::last_write_time(dir_ / "layouts", fs::file_time_type::clock::now());
  EXPECT_NE(shipped, 11);
  EXPECT_DOUBLE_EQ(load("classic").paragraph_gap, 11);
}

TEST_F(LayoutCacheTest, ABadLayoutIsAnErrorEveryTime) {
  write(dir_ / "layouts" / "bad.yaml", "extends: classic\nparagraph_gap: [\n",
        std::chrono::minutes(60));
  EXPECT_THROW(load("bad"), model::InputError);
  EXPECT_THROW(load("bad"), model::InputError);
}

}  // namespace
}  // namespace jianli::pipeline
