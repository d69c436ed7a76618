// Layout files: the shipped layouts load, `extends` works, and every mistake in a
// layout file points at FILE:LINE:COL with the line and a suggestion.
#include "parse/layout_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../throws.h"
#include "model/error.h"
#include "parse/document_reader.h"
#include "text/error_format.h"

namespace jianli::parse {
namespace {
namespace fs = std::filesystem;
using test::throws;

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
      return text::format_error(e);
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

TEST_F(LayoutFileTest, AKeyGivenTwiceIsAnErrorAtTheSecond) {
  std::string message = error_of("paper: A4\nstyles:\n  body: {size: 10, size: 11}\n");
  EXPECT_NE(message.find("broken.yaml:3:20: error: 'size' is given twice (first on line 3)"),
            std::string::npos)
      << message;
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
  EXPECT_NE(message.find("broken.yaml:2:"), std::string::npos) << message;  // the unclosed line
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

TEST_F(LayoutFileTest, ColoursThatSayAccentTakeTheAccent) {
  std::string path = write("a.yaml",
                           "accent: '#8B0000'\nstyles:\n  name: {color: accent}\n"
                           "rules:\n  header: {color: accent}\n");
  model::LayoutSpec spec = load_layout(path, {});
  EXPECT_NEAR(spec.name_style.color.r, 0x8B / 255.0, 1e-9);
  EXPECT_NEAR(spec.header_rule.color.r, 0x8B / 255.0, 1e-9);
  EXPECT_NEAR(spec.accent.r, 0x8B / 255.0, 1e-9);
}

TEST_F(LayoutFileTest, AChildsAccentRecoloursItsParentsAccentValues) {
  write("parent.yaml", "accent: '#1F3A5F'\nstyles:\n  section: {color: accent}\n");
  model::LayoutSpec spec =
      load_layout(write("child.yaml", "extends: parent\naccent: '#00FF00'\n"), {dir_.string()});
  EXPECT_NEAR(spec.section_style.color.g, 1.0, 1e-9);
  EXPECT_NEAR(spec.section_style.color.b, 0.0, 1e-9);
}

TEST_F(LayoutFileTest, MisspeltAccentSuggestsIt) {
  std::string message = error_of("styles:\n  name: {color: accnet}\n");
  EXPECT_NE(message.find("broken.yaml:2:17: error: expected a colour as #RRGGBB, #RGB or accent, "
                         "got 'accnet'; did you mean 'accent'?"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("  name: {color: accnet}\n                  ^"), std::string::npos)
      << message;
}

TEST_F(LayoutFileTest, TheAccentItselfMustBeAColour) {
  std::string message = error_of("accent: accent\n");
  EXPECT_NE(message.find("broken.yaml:1:9: error: expected a colour as #RRGGBB or #RGB, got "
                         "'accent'"),
            std::string::npos)
      << message;
}

TEST_F(LayoutFileTest, ClassicSaysItsBlueOnceAsTheAccent) {
  model::LayoutSpec spec = load_layout("classic", {kLayouts});
  EXPECT_NEAR(spec.name_style.color.b, 0x5F / 255.0, 1e-9);
  EXPECT_NEAR(spec.section_style.color.r, spec.accent.r, 1e-9);
  EXPECT_NEAR(spec.entry_style.color.g, spec.accent.g, 1e-9);
  EXPECT_NEAR(spec.header_rule.color.b, spec.accent.b, 1e-9);
}

TEST_F(LayoutFileTest, PageNumberPatternFollowsTheLanguage) {
  EXPECT_EQ(load_layout("classic", {kLayouts}, {}, "en").page_number, "Page {page} of {pages}");
  EXPECT_EQ(load_layout("classic", {kLayouts}, {}, "zh").page_number,
            "第 {page} 页 / 共 {pages} 页");
  EXPECT_EQ(load_layout("default", {kLayouts}, {}, "en-GB").page_number, "Page {page} of {pages}");
  // A language the layout has no words for takes the first pattern given.
  EXPECT_EQ(load_layout("classic", {kLayouts}, {}, "fr").page_number,
            "第 {page} 页 / 共 {pages} 页");
  EXPECT_EQ(load_layout(write("one.yaml", "page_number: '- {page} -'\n"), {}, {}, "en").page_number,
            "- {page} -");
}

TEST_F(LayoutFileTest, PageNumberPatternsMustBeText) {
  std::string message = error_of("page_number: {en: [Page]}\n");
  EXPECT_NE(message.find("broken.yaml:1:19: error: expected a text value"), std::string::npos)
      << message;
}

TEST_F(LayoutFileTest, ColumnsCountCharactersNotBytes) {
  std::string message = error_of("styles: {body: {chinese: [霞鹜文楷], size: big}}\n");
  EXPECT_NE(message.find("broken.yaml:1:40: error: expected a number"), std::string::npos)
      << message;
}

TEST_F(LayoutFileTest, FrontMatterValuesGoOverTheLayout) {
  model::Document doc = read_document(
      "---\njianli:\n  layout: classic\n  paper: Letter\n  accent: '#8B0000'\n"
      "  styles: {body: {size: 11}}\n---\n# Ada\n",
      "cv.md");
  model::LayoutSpec spec = load_layout("classic", {kLayouts}, doc.meta.layout_overrides, "en");
  EXPECT_EQ(spec.page_width, 612);
  EXPECT_EQ(spec.page_height, 792);
  EXPECT_NEAR(spec.name_style.color.r, 0x8B / 255.0, 1e-9);  // classic's name says accent
  EXPECT_EQ(spec.body_style.size, 11);
  EXPECT_DOUBLE_EQ(spec.body_style.leading, 1.6);  // the rest of classic's body stays
  EXPECT_EQ(spec.margin_left, load_layout("classic", {kLayouts}).margin_left);
}

TEST_F(LayoutFileTest, ExtendsInACircleIsAnError) {
  write("a.yaml", "extends: b\n");
  write("b.yaml", "extends: a\n");
  EXPECT_TRUE(throws<model::InputError>([&] { load_layout("a", {dir_.string()}); },
                                        "layouts extend each other in a circle"));
}

}  // namespace
// The keys of issue 4: heading styles, header arrangement, dates below, sidebar.
TEST_F(LayoutFileTest, NewKeysFillTheSpec) {
  model::LayoutSpec spec = load_layout(
      write("new.yaml",
            "accent: '#102030'\nheader_align: split\n"
            "section_heading: {style: band, inset: 5pt, small_caps: true, letter_spacing: 0.1}\n"
            "entries: {dates: below, date_size: 0.8, date_color: '#777777'}\n"
            "sidebar: {side: right, width: 50mm, gap: 6mm, background: '#EEEEEE', contact: false,\n"
            "          roles: [education, skills], headings: [教育背景], dates: inline}\n"),
      {});
  EXPECT_EQ(spec.header_align, model::HeaderAlign::Split);
  EXPECT_EQ(spec.section_heading.decoration, model::Decoration::Band);
  EXPECT_NEAR(spec.section_heading.fill.b, 0x30 / 255.0, 1e-9);  // the accent unless given
  EXPECT_TRUE(spec.section_heading.small_caps);
  EXPECT_DOUBLE_EQ(spec.section_heading.letter_spacing, 0.1);
  EXPECT_EQ(spec.entry_dates, model::DatePlace::Below);
  EXPECT_DOUBLE_EQ(spec.below_date_size, 0.8);
  ASSERT_TRUE(spec.below_date_color);
  EXPECT_NEAR(spec.below_date_color->r, 0x77 / 255.0, 1e-9);
  EXPECT_EQ(spec.sidebar.side, model::Side::Right);
  EXPECT_NEAR(spec.sidebar.width, 50 * 72 / 25.4, 1e-9);
  ASSERT_TRUE(spec.sidebar.background);
  EXPECT_NEAR(spec.sidebar.background->g, 0xEE / 255.0, 1e-9);
  EXPECT_FALSE(spec.sidebar.contact);
  EXPECT_EQ(spec.sidebar.roles, (std::vector<model::SectionRole>{model::SectionRole::Education,
                                                                 model::SectionRole::Skills}));
  EXPECT_EQ(spec.sidebar.headings, (std::vector<std::string>{"教育背景"}));
  EXPECT_EQ(spec.sidebar.dates, model::DatePlace::Inline);
}

TEST_F(LayoutFileTest, UnknownSidebarKeySuggestsTheNearest) {
  std::string message = error_of("paper: A4\nsidebar: {width: 50mm, sid: left}\n");
  EXPECT_NE(message.find("broken.yaml:2:24: error: unknown key 'sid' in sidebar; did you mean "
                         "'side'?"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("\n  sidebar: {width: 50mm, sid: left}\n                         ^"),
            std::string::npos)
      << message;
}

TEST_F(LayoutFileTest, UnknownSectionHeadingKeySuggestsTheNearest) {
  std::string message = error_of("section_heading:\n  smallcaps: true\n");
  EXPECT_NE(message.find("broken.yaml:2:3: error: unknown key 'smallcaps' in section_heading; "
                         "did you mean 'small_caps'?"),
            std::string::npos)
      << message;
}

TEST_F(LayoutFileTest, SidebarOfTheWrongTypeIsAnError) {
  std::string message = error_of("sidebar: 50mm\n");
  EXPECT_NE(message.find("broken.yaml:1:10: error: sidebar must be a map"), std::string::npos)
      << message;
  message = error_of("sidebar:\n  headings: {a: 1}\n");
  EXPECT_NE(message.find("broken.yaml:2:13: error: expected a list of names"), std::string::npos)
      << message;
}

TEST_F(LayoutFileTest, AnUnknownSectionRoleNamesTheRoles) {
  std::string message = error_of("sidebar:\n  roles: [education, skill]\n");
  EXPECT_NE(message.find("broken.yaml:2:22: error: 'skill' is not a section role; the roles are: "
                         "contact personal summary"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("did you mean 'skills'?"), std::string::npos) << message;
}

TEST_F(LayoutFileTest, BadNewValuesNameTheChoicesAndTheNearest) {
  std::string message = error_of("section_heading: {style: bars}\n");
  EXPECT_NE(message.find("broken.yaml:1:26: error: 'bars' is not one of: rule bar band plain; "
                         "did you mean 'bar'?"),
            std::string::npos)
      << message;
  message = error_of("header_align: splt\n");
  EXPECT_NE(message.find("broken.yaml:1:15: error: 'splt' is not one of: left center split; "
                         "did you mean 'split'?"),
            std::string::npos)
      << message;
  message = error_of("entries: {dates: bellow}\n");
  EXPECT_NE(message.find("1:18: error: 'bellow' is not one of: right inline below; did you mean "
                         "'below'?"),
            std::string::npos)
      << message;
  message = error_of("sidebar: {side: lfet}\n");
  EXPECT_NE(message.find("1:17: error: 'lfet' is not one of: left right; did you mean 'left'?"),
            std::string::npos)
      << message;
  message = error_of("sidebar: {width: wide}\n");
  EXPECT_NE(message.find("1:18: error: expected a length such as 12pt"), std::string::npos)
      << message;
  message = error_of("section_heading: {letter_spacing: 2}\n");
  EXPECT_NE(message.find("1:35: error: value 2 is out of range [0, 0.5]"), std::string::npos)
      << message;
}

// Each option's words resolve once, in the schema, to the typed value the layout code reads.
TEST_F(LayoutFileTest, WordsResolveToTypedValues) {
  model::LayoutSpec spec = load_layout(
      write("words.yaml",
            "paper: Letter\nheader_align: center\nline_breaking: first-fit\n"
            "styles: {body: {align: left}, name: {align: center}, footer: {align: right}}\n"
            "section_heading: {style: band}\n"
            "sidebar: {width: 40mm, side: right, dates: below}\n"),
      {});
  EXPECT_DOUBLE_EQ(spec.page_width, 612);
  EXPECT_DOUBLE_EQ(spec.page_height, 792);
  EXPECT_EQ(spec.header_align, model::HeaderAlign::Center);
  EXPECT_EQ(spec.line_breaking, model::LineBreaking::FirstFit);
  EXPECT_EQ(spec.body_style.align, model::Align::Left);
  EXPECT_EQ(spec.contact_style.align, model::Align::Left);  // from the body
  EXPECT_EQ(spec.name_style.align, model::Align::Center);
  EXPECT_EQ(spec.footer_style.align, model::Align::Right);
  EXPECT_EQ(spec.section_heading.decoration, model::Decoration::Band);
  EXPECT_EQ(spec.sidebar.side, model::Side::Right);
  EXPECT_EQ(spec.sidebar.dates, model::DatePlace::Below);
  EXPECT_EQ(spec.entry_dates, model::DatePlace::Right);  // the default, unlike the sidebar's
  EXPECT_FALSE(spec.sidebar.background);
  EXPECT_FALSE(spec.below_date_color);

  model::LayoutSpec defaults = load_layout(write("empty.yaml", "description: none set\n"), {});
  EXPECT_EQ(defaults.body_style.align, model::Align::Justify);
  EXPECT_EQ(defaults.section_heading.decoration, model::Decoration::Rule);
  EXPECT_EQ(defaults.sidebar.side, model::Side::Left);
  EXPECT_FALSE(defaults.sidebar.dates);  // the layout's
  EXPECT_EQ(defaults.header_align, model::HeaderAlign::Left);
  EXPECT_EQ(defaults.line_breaking, model::LineBreaking::TotalFit);
}

// The typed words keep the located error that lists them and names the nearest.
TEST_F(LayoutFileTest, AnUnknownWordIsLocatedWithTheNearest) {
  const std::pair<std::string, std::string> cases[] = {
      {"styles:\n  name: {align: centre}\n",
       "broken.yaml:2:17: error: 'centre' is not one of: justify left center right; did you "
       "mean 'center'?\n    name: {align: centre}\n                  ^"},
      {"line_breaking: total_fit\n",
       "broken.yaml:1:16: error: 'total_fit' is not one of: total-fit first-fit; did you mean "
       "'total-fit'?"},
      {"paper: A3\n",
       "broken.yaml:1:8: error: 'A3' is not one of: A4 Letter A5 Legal; did you "
       "mean 'A4'?"},
  };
  for (const auto& [layout, expected] : cases) {
    std::string message = error_of(layout);
    EXPECT_NE(message.find(expected), std::string::npos) << message;
  }
}

TEST_F(LayoutFileTest, FrontMatterMayOverrideTheNewKeys) {
  model::Document doc = read_document(
      "---\njianli:\n  sidebar: {width: 40mm}\n  section_heading: {style: plain}\n---\n# Ada\n",
      "cv.md");
  model::LayoutSpec spec = load_layout("classic", {kLayouts}, doc.meta.layout_overrides, "en");
  EXPECT_NEAR(spec.sidebar.width, 40 * 72 / 25.4, 1e-9);
  EXPECT_EQ(spec.section_heading.decoration, model::Decoration::Plain);
}

TEST_F(LayoutFileTest, AnEmptyPageNumberMeansNone) {
  EXPECT_EQ(load_layout(write("none.yaml", "page_number: ''\n"), {}).page_number, "");
}

}  // namespace jianli::parse
