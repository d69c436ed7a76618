// The shipped layouts from outside, the way a user meets them: `--list-layouts`
// lists at least five, the seed résumé and its English version render in each,
// and page 1 of each is its own design (its own fonts or its own word positions).
#include <gtest/gtest.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "../e2e/process.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

const std::string kRoot = JIANLI_SOURCE_DIR;

// Layouts that only `extends` another and change nothing (default) look like their
// parent on purpose.
bool only_extends(const std::string& name) {
  YAML::Node root = YAML::LoadFile(kRoot + "/layouts/" + name + ".yaml");
  for (const auto& entry : root) {
    std::string key = entry.first.Scalar();
    if (key != "extends" && key != "description") return false;
  }
  return true;
}

std::vector<std::string> listed_layouts() {
  Result r = run(jianli() + " --list-layouts");
  std::vector<std::string> names;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_search(line, m, std::regex("^\\s*([A-Za-z0-9_-]+)\\s"))) names.push_back(m[1]);
  }
  return names;
}

class ShippedLayoutsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("jianli-shipped-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(ShippedLayoutsTest, ListLayoutsShowsAtLeastFiveWithDescriptions) {
  std::vector<std::string> names = listed_layouts();
  EXPECT_GE(names.size(), 5u);
  for (const std::string& name : names)
    EXPECT_TRUE(fs::exists(kRoot + "/layouts/" + name + ".yaml")) << name;
}

TEST_F(ShippedLayoutsTest, BothResumesRenderInEveryLayoutAndPageOneDiffers) {
  std::map<std::string, std::string> looks;  // page 1's fonts and first words, by layout
  for (const std::string& name : listed_layouts()) {
    for (const char* source : {"resume.md", "resume.en.md"}) {
      std::string pdf = (dir_ / (name + "-" + source + ".pdf")).string();
      Result r = run(jianli() + " -q " + kRoot + "/" + source + " --layout " + name + " -o " + pdf);
      ASSERT_EQ(r.status, 0) << name << " " << source << ": " << r.out;
      EXPECT_EQ(r.out, "") << name << " " << source << ": no warnings expected";
      if (std::string(source) != "resume.md" || only_extends(name)) continue;
      std::string fonts = run("pdffonts -f 1 -l 1 " + pdf).out;
      std::string words = run("pdftotext -bbox -f 1 -l 1 " + pdf + " -").out;
      fonts = std::regex_replace(fonts, std::regex("[A-Z]{6}\\+"), "");  // subset tags
      static const std::regex word("<word [^>]*>");
      std::string first_words;
      auto it = std::sregex_iterator(words.begin(), words.end(), word);
      for (int i = 0; i < 12 && it != std::sregex_iterator(); ++i, ++it) first_words += it->str();
      looks[name] = fonts + first_words;
    }
  }
  std::set<std::string> distinct;
  for (const auto& [name, look] : looks) {
    EXPECT_TRUE(distinct.insert(look).second) << name << " looks like another layout";
  }
  EXPECT_GE(distinct.size(), 5u);
}

// A family a shipped layout names and a machine lacks is reported with the package to
// install (fonts/packages.yaml), and the .deb depends on it (cmake/deb.cmake reads the same
// table): so every family of every shipped layout's `fonts:` has its package there.
TEST(ShippedLayoutFonts, EveryFamilyHasItsDebianPackage) {
  const YAML::Node packages = YAML::LoadFile(kRoot + "/fonts/packages.yaml");
  size_t families = 0;
  for (const auto& file : fs::directory_iterator(kRoot + "/layouts")) {
    const YAML::Node fonts = YAML::LoadFile(file.path().string())["fonts"];
    if (!fonts) continue;
    for (const auto& list : fonts)
      for (const auto& family : list.second) {
        ++families;
        EXPECT_TRUE(packages[family.as<std::string>()])
            << file.path().filename() << " names " << family.as<std::string>()
            << ", which fonts/packages.yaml does not";
      }
  }
  EXPECT_GT(families, 20u);
}

}  // namespace
}  // namespace jianli::test
