// What shaping and the layouts' faces give a reader, checked on the rendered pages of every
// shipped layout: GB punctuation position, one weight across a bold mixed run, ligatures and
// small capitals that copy as typed.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "../pdf/pdf_test_support.h"
#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

using pdf::testing::GreyImage;
using pdf::testing::render_page;

const std::vector<std::string> kLayouts = {"classic", "modern", "compact", "kai", "sidebar"};

class TypographyTest : public ScratchDirTest {
 protected:
  // Renders `markdown` in `layout` to NAME.pdf and its layout dump to NAME.json.
  std::string render(const std::string& name, const std::string& markdown,
                     const std::string& layout) {
    std::string md = write(name + ".md", markdown);
    Result r = run(jianli() + " -q " + md + " --layout " + layout + " -o " + path(name + ".pdf") +
                   " --dump-layout " + path(name + ".json"));
    EXPECT_EQ(r.status, 0) << r.out;
    return path(name + ".pdf");
  }
  std::string text_of(const std::string& pdf) {
    return run("pdftotext -enc UTF-8 '" + pdf + "' -").out;
  }
};

// A glyph of the dump: where its em box is, in PDF points.
struct PlacedMark {
  double x = 0, baseline = 0, size = 0;
};

// The n-th glyph of the first run whose text is `text` (one glyph per character: Han and
// full-width marks are never ligated).
PlacedMark glyph_in_dump(const std::string& json, const std::string& text, size_t n) {
  YAML::Node dump = YAML::LoadFile(json);  // JSON is YAML
  for (const YAML::Node& page : dump["pages"]) {
    for (const YAML::Node& line : page["lines"]) {
      for (const YAML::Node& run : line["runs"]) {
        if (run["text"].as<std::string>() != text) continue;
        return {run["x"].as<double>() + run["glyphs"][n][1].as<double>(),
                line["baseline"].as<double>(), run["size"].as<double>()};
      }
    }
  }
  ADD_FAILURE() << "no run " << text << " in " << json;
  return {};
}

// clreq §3.1 / GB/T 15834: in mainland Chinese the marks 。，、；：！？ sit in the left half of
// their em box, and 。，、 in its lower half too (Taiwan and Hong Kong centre them).
TEST_F(TypographyTest, PunctuationSitsInGbPositionInEveryLayout) {
  const std::u32string marks = U"。，、；：！？";
  std::string line;
  for (char32_t mark : marks) line += "中" + text::to_utf8(std::u32string(1, mark));
  line += "中";
  for (const std::string& layout : kLayouts) {
    std::string pdf = render(layout, "---\nlang: zh\n---\n" + line + "\n", layout);
    GreyImage page = render_page(pdf, 1, 288);
    for (size_t i = 0; i < marks.size(); ++i) {
      PlacedMark m = glyph_in_dump(path(layout + ".json"), line, 2 * i + 1);
      // The ideographic em box: 0.88 em above the baseline, 0.12 below.
      double left = m.x, right = m.x + m.size;
      double bottom = m.baseline - 0.12 * m.size, top = m.baseline + 0.88 * m.size;
      auto [cx, cy] = page.ink_centroid(left, bottom, right, top);
      std::string what = layout + " " + text::to_utf8(std::u32string(1, marks[i]));
      ASSERT_GT(cx, 0) << what << ": no ink";
      // GB faces put the ink's centre at 0.15–0.30 em from the left; centred faces (WenQuanYi
      // Zen Hei's ，；：！？) at 0.48.
      EXPECT_LT((cx - left) / m.size, 0.38) << what << ": not in the left half";
      if (i < 3) {
        EXPECT_LT((cy - bottom) / m.size, 0.4) << what << ": not in the lower half";
      }
    }
  }
}

// Dark pixels of page 1 at 300 dpi (at 100, rounding to whole pixels blurs the comparison).
long ink(const std::string& pdf) {
  GreyImage page = render_page(pdf, 1, 300);
  return page.dark_pixels(0, 0, page.width, page.height);
}

// Bold Latin and bold Han beside it must look of one weight: each darkens by about as much
// over its regular (in kai, WenKai Bold is emboldened with a stroke; the Latin letters set
// in that face must get it too).
TEST_F(TypographyTest, BoldLatinAndBoldHanDarkenAlikeInEveryLayout) {
  const std::string latin = "Web Python React Docker Kubernetes Linux Go Rust Swift Kotlin";
  const std::string han = "网页开发服务容器编排系统平台架构推理框架训练优化调度";
  for (const std::string& layout : kLayouts) {
    auto ratio = [&](const std::string& name, const std::string& text) {
      const std::string head = "---\nlang: zh\n---\n";
      long regular = ink(render(name + "-r", head + text + "\n", layout));
      long bold = ink(render(name + "-b", head + "**" + text + "**\n", layout));
      return double(bold) / double(regular);
    };
    double latin_ratio = ratio(layout + "-latin", latin);
    double han_ratio = ratio(layout + "-han", han);
    EXPECT_GT(han_ratio, 1.15) << layout << ": bold Han is not bold";
    EXPECT_NEAR(latin_ratio / han_ratio, 1.0, 0.15)
        << layout << ": Latin bold darkens " << latin_ratio << "×, Han " << han_ratio << "×";
  }
}

TEST_F(TypographyTest, LigaturesAndKernedTextCopyAsTyped) {
  std::string pdf =
      render("en", "---\nlang: en\n---\nAn efficient office workflow, To AVA.\n", "classic");
  EXPECT_NE(text_of(pdf).find("An efficient office workflow, To AVA."), std::string::npos)
      << text_of(pdf);
  // The dump shows fewer glyphs than letters where the font ligated fi / ffi.
  YAML::Node dump = YAML::LoadFile(path("en.json"));
  size_t glyphs = 0, letters = 0;
  for (const YAML::Node& line : dump["pages"][0]["lines"]) {
    if (line["text"].as<std::string>().rfind("An efficient", 0) != 0) continue;
    for (const YAML::Node& run : line["runs"]) {
      glyphs += run["glyphs"].size();
      letters += text::to_utf32(run["text"].as<std::string>()).size();
    }
  }
  EXPECT_GT(letters, 0u);
  EXPECT_LT(glyphs, letters) << "no ligature was set";
}

TEST_F(TypographyTest, SmallCapitalHeadingsCopyAsTyped) {
  // compact sets section headings in small capitals.
  std::string pdf =
      render("caps", "---\nlang: en\n---\n# Jane Doe\n\n## Work Experience\n\nText.\n", "compact");
  std::string text = text_of(pdf);
  EXPECT_NE(text.find("Work Experience"), std::string::npos) << text;
  EXPECT_EQ(text.find("ORK"), std::string::npos) << text;
}

}  // namespace
}  // namespace jianli::test
