// Layout files: the shipped layouts load, `extends` works, and every mistake in a
// layout file points at FILE:LINE:COL with the line and a suggestion.
#include "parse/layout_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "model/error.h"

namespace jianli::parse {
namespace {
namespace fs = std::filesystem;

const std::string kLayouts = std::string(JIANLI_SOURCE_DIR) + "/layouts";

class LayoutFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("jianli-layouts-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    std::string path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  }

  // The formatted error for loading `text` as a layout file.
  std::string error_of(const std::string& text) {
    std::string path = write("broken.yaml", text);
    try {
      load_layout(path, {kLayouts});
    } catch (const model::InputError& e) {
      return e.format();
    }
    return "(no error)";
  }

  fs::path dir_;
};

TEST_F(LayoutFileTest, ShippedLayoutsLoadWithTheirDescriptions) {
  auto layouts = list_layouts({kLayouts});
  ASSERT_FALSE(layouts.empty());
  for (const LayoutInfo& info : layouts) {
    EXPECT_FALSE(info.description.empty()) << info.name;
    model::LayoutSpec spec = load_layout(info.name, {kLayouts});
    EXPECT_FALSE(spec.body_style.chinese_families.empty()) << info.name;
    EXPECT_GT(spec.body_style.size, 6) << info.name;
  }
}

TEST_F(LayoutFileTest, ExtendsTakesTheParentAndChangesAFewValues) {
  write("parent.yaml", "description: parent\nstyles:\n  body: {size: 11, color: '#112233'}\n");
  std::string child = write("child.yaml", "extends: parent\nstyles:\n  body: {size: 9}\n");
  model::LayoutSpec spec = load_layout(child, {dir_.string()});
  EXPECT_EQ(spec.body_style.size, 9);
  EXPECT_NEAR(spec.body_style.color.b, 0x33 / 255.0, 1e-9);  // kept from the parent
  EXPECT_EQ(spec.description, "parent");
}

TEST_F(LayoutFileTest, MillimetresBecomePoints) {
  model::LayoutSpec spec = load_layout(write("mm.yaml", "margins: {left: 25.4mm}\n"), {});
  EXPECT_NEAR(spec.margin_left, 72.0, 1e-9);
}

TEST_F(LayoutFileTest, UnknownKeyNamesLineColumnAndNearestKey) {
  std::string message = error_of("paper: A4\nstyles:\n  body: {size: 10, colour: '#000000'}\n");
  EXPECT_NE(message.find("broken.yaml:3:20: error: unknown key 'colour'"), std::string::npos)
      << message;
  EXPECT_NE(message.find("did you mean 'color'?"), std::string::npos) << message;
  EXPECT_NE(message.find("  body: {size: 10, colour"), std::string::npos) << message;
}

TEST_F(LayoutFileTest, WrongTypeIsAnError) {
  std::string message = error_of("margins: 12mm\n");
  EXPECT_NE(message.find("broken.yaml:1:10: error: margins must be a map"), std::string::npos)
      << message;
}

TEST_F(LayoutFileTest, BadValuesAreErrors) {
  EXPECT_NE(error_of("link_color: blue\n").find("1:13: error: expected a colour"),
            std::string::npos);
  EXPECT_NE(error_of("paper: A3\n").find("'A3' is not one of: A4 Letter A5 Legal"),
            std::string::npos);
  EXPECT_NE(error_of("styles:\n  body: {size: big}\n").find("2:16: error: expected a number"),
            std::string::npos);
  EXPECT_NE(error_of("styles:\n  body: {size: 400}\n").find("out of range"), std::string::npos);
}

TEST_F(LayoutFileTest, MalformedYamlPointsAtTheLine) {
  std::string message = error_of("paper: A4\nmargins: {top: 1mm\n");
  EXPECT_NE(message.find("broken.yaml:3:"), std::string::npos) << message;
  EXPECT_NE(message.find("malformed YAML"), std::string::npos) << message;
}

TEST_F(LayoutFileTest, UnknownLayoutListsTheKnownOnes) {
  try {
    load_layout("no-such-layout", {kLayouts});
    FAIL();
  } catch (const model::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("the layouts are: "), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("classic"), std::string::npos);
  }
}

TEST_F(LayoutFileTest, ExtendsInACircleIsAnError) {
  write("a.yaml", "extends: b\n");
  write("b.yaml", "extends: a\n");
  EXPECT_THROW(load_layout("a", {dir_.string()}), model::InputError);
}

}  // namespace
}  // namespace jianli::parse
