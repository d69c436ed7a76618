// Images floated with `<img align="left|right">` (issue 10), checked from the layout dump:
// the lines beside the image are narrower and clear of it, the lines below it have the
// full measure again, and a heading starts below it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

constexpr double kPtPerMm = 72 / 25.4;
constexpr double kA4Width = 595.276;
constexpr double kMargin = 18 * kPtPerMm;  // the default layout's (classic's) side margins
constexpr double kGap = 4 * kPtPerMm;      // images: float_gap, by default
constexpr double kTolerance = 0.01;
constexpr double kFoot = 20 * kPtPerMm;  // the page number's baseline is below this

// A line of the dump: its text, baseline (pt from the page's foot) and left and right edges.
struct Line {
  std::string text;
  double baseline = 0, left = 0, right = 0;
};

struct Frame {
  double x = 0, y = 0, width = 0, height = 0;  // y: the image's foot
};

std::vector<Line> dumped_lines(const std::string& json) {
  std::vector<Line> out;
  const std::regex line(
      R"re(\{"text": "((?:[^"\\]|\\.)*)", "baseline": ([-\d.]+), "runs": (.*))re");
  const std::regex run(R"re(\{"x": ([-\d.]+), "width": ([\d.]+))re");
  std::istringstream in(json);
  for (std::string text; std::getline(in, text);) {
    std::smatch m;
    if (!std::regex_search(text, m, line)) continue;
    Line l{m[1], std::stod(m[2]), 1e9, -1e9};
    const std::string runs = m[3];
    for (std::sregex_iterator it(runs.begin(), runs.end(), run), end; it != end; ++it) {
      l.left = std::min(l.left, std::stod((*it)[1]));
      l.right = std::max(l.right, std::stod((*it)[1]) + std::stod((*it)[2]));
    }
    out.push_back(l);
  }
  return out;
}

std::vector<Frame> dumped_images(const std::string& json) {
  std::vector<Frame> out;
  const std::regex image(
      R"re(\{"x": ([-\d.]+), "y": ([-\d.]+), "width": ([\d.]+), "height": ([\d.]+), "path")re");
  for (std::sregex_iterator it(json.begin(), json.end(), image), end; it != end; ++it)
    out.push_back(
        {std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])});
  return out;
}

const std::string kLong =
    "在一家中型互联网公司负责后端服务的设计与开发，主导了订单系统从单体到微服务的拆分，"
    "把下单接口的平均延迟从三百毫秒降到八十毫秒，并搭建了覆盖全部核心链路的监控与告警。"
    "带领四人小组完成支付对账平台的重写，每日处理两千万笔流水，差错率降到万分之一以下。"
    "推动团队引入代码评审与持续集成，线上故障数一年内下降了六成，发布频率从每月两次提高到每周三次。"
    "此外还负责新人培养，编写了内部的服务开发手册与故障复盘模板，在公司技术分享会上讲过四次。";

// English, so that no line ends in a Chinese comma whose run is wider than its ink.
const std::string kEnglish =
    "Led the design of the order service at a mid-sized online retailer, splitting a monolith "
    "into six services and cutting the mean checkout latency from 300 ms to 80 ms. Built the "
    "monitoring and alerting that covers every core path, and rewrote the payment "
    "reconciliation platform with a team of four; it now checks twenty million records a day "
    "with fewer than one error in ten thousand. Brought in code review and continuous "
    "integration, after which incidents fell by sixty per cent in a year and releases went "
    "from twice a month to three times a week. ";

class FloatsTest : public ScratchDirTest {
 protected:
  void SetUp() override {
    ScratchDirTest::SetUp();
    for (const char* name : {"photo.jpg", "wide.png"})
      fs::copy_file(std::string(JIANLI_TEST_DATA) + "/images/" + name, dir_ / name);
  }
  // Renders `markdown`; the dump's lines and images.
  void render(const std::string& markdown) {
    write("cv.md", markdown);
    SplitResult r = run_split(jianli() + " " + path("cv.md") + " -o " + path("out.pdf") +
                              " --dump-layout " + path("d.json"));
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string json = slurp(path("d.json"));
    lines_ = dumped_lines(json);
    images_ = dumped_images(json);
    ASSERT_EQ(images_.size(), 1u);
  }
  // The lines whose baselines are beside the image, and those a line or more below it.
  std::vector<Line> beside() const {
    std::vector<Line> out;
    for (const Line& l : lines_)
      if (l.baseline < images_[0].y + images_[0].height && l.baseline > images_[0].y)
        out.push_back(l);
    return out;
  }
  // The page number at the foot and the last line of the text, ragged, left out.
  std::vector<Line> below() const {
    std::vector<Line> out;
    for (const Line& l : lines_)
      if (l.baseline < images_[0].y - 12 && l.baseline > kFoot) out.push_back(l);
    if (!out.empty()) out.pop_back();
    return out;
  }

  std::vector<Line> lines_;
  std::vector<Frame> images_;
};

TEST_F(FloatsTest, TextWrapsLeftOfAnImageFloatedRightThenTakesTheFullMeasure) {
  // photo.jpg: 300 × 400 px; 120 px wide is 90 × 120 pt, at the column's right edge.
  render(
      "# 张三\n\n## 工作经历\n\n<img src=\"photo.jpg\" width=\"120\" align=\"right\" "
      "alt=\"照片\">\n\n" +
      kEnglish + kEnglish + "\n");
  const Frame& image = images_[0];
  EXPECT_NEAR(image.x + image.width, kA4Width - kMargin, kTolerance);
  ASSERT_GE(beside().size(), 5u);
  for (const Line& l : beside()) EXPECT_LE(l.right, image.x - kGap + kTolerance) << l.text;
  ASSERT_GE(below().size(), 3u);
  for (const Line& l : below()) EXPECT_GT(l.right, kA4Width - kMargin - 12) << l.text;
}

TEST_F(FloatsTest, TextAndListMarkersStartRightOfAnImageFloatedLeft) {
  render(
      "# 张三\n\n## 工作经历\n\n<img src=\"photo.jpg\" width=\"120\" align=\"left\" "
      "alt=\"照片\">\n\n" +
      kLong + "\n\n- 第一项\n- 第二项\n\n" + kLong + "\n");
  const Frame& image = images_[0];
  EXPECT_NEAR(image.x, kMargin, kTolerance);
  ASSERT_GE(beside().size(), 5u);
  for (const Line& l : beside())
    EXPECT_GE(l.left, image.x + image.width + kGap - kTolerance) << l.text;
  ASSERT_GE(below().size(), 3u);
  for (const Line& l : below()) EXPECT_LT(l.left, kMargin + 20) << l.text;
}

TEST_F(FloatsTest, AHeadingAfterAShortParagraphStartsBelowTheImage) {
  render(
      "# 张三\n\n## 简介\n\n<img src=\"photo.jpg\" width=\"120\" align=\"right\" "
      "alt=\"照片\">\n\n一行简介。\n\n## 工作经历\n\n" +
      kLong + "\n");
  const Frame& image = images_[0];
  auto heading = std::find_if(lines_.begin(), lines_.end(),
                              [](const Line& l) { return l.text == "工作经历"; });
  ASSERT_NE(heading, lines_.end());
  ASSERT_EQ(beside().size(), 1u);  // the short paragraph, beside the image
  EXPECT_EQ(beside()[0].text, "一行简介。");
  EXPECT_LT(heading->baseline + 10, image.y);  // its text's top, and so its rule, below it
}

// The common 教育经历 pattern: a school on the left and its years set flush right
// (`<span style="float:right">`), right after a photo floated right. The years go at the
// right of the room the image leaves, on the school's line, not under the image and not
// below it.
TEST_F(FloatsTest, LinesWithDatesOnTheRightGoBesideTheImageWithTheirDates) {
  render(
      "# 张三\n\n## 教育经历\n\n<img src=\"photo.jpg\" width=\"120\" align=\"right\" "
      "alt=\"照片\">\n\n"
      "<span style=\"float:left\"><b>浙江大学</b>&emsp;计算机科学&emsp;硕士</span>"
      "<span style=\"float:right\">2018–2021</span>\n\n"
      "<span style=\"float:left\"><b>宁波大学</b>&emsp;软件工程&emsp;本科</span>"
      "<span style=\"float:right\">2014–2018</span>\n\n" +
      kLong + "\n");
  const Frame& image = images_[0];
  std::vector<Line> by = beside();
  ASSERT_GE(by.size(), 3u);
  for (const char* school : {"浙江大学", "宁波大学"}) {
    auto line = std::find_if(by.begin(), by.end(), [&](const Line& l) {
      return l.text.find(school) != std::string::npos;
    });
    ASSERT_NE(line, by.end()) << school << " is not beside the image";
    EXPECT_NE(line->text.find("20"), std::string::npos) << line->text;  // its years, same line
    EXPECT_LE(line->right, image.x - kGap + kTolerance) << line->text;
    EXPECT_GT(line->right, image.x - kGap - 1) << line->text;  // flush against the room's edge
  }
  // The first school's line starts at the image's top: nothing was pushed below it.
  EXPECT_GT(by.front().baseline, image.y + image.height - 20) << by.front().text;
}

// A float before a quote: a quote is not text, so it starts below the image (CSS clears
// a float for a box that cannot wrap around it); the quote's lines never run under it.
TEST_F(FloatsTest, AQuoteAfterAFloatStartsBelowIt) {
  render(
      "# 张三\n\n## 简介\n\n<img src=\"photo.jpg\" width=\"120\" align=\"right\" "
      "alt=\"照片\">\n\n> " +
      kEnglish + "\n");
  const Frame& image = images_[0];
  for (const Line& l : lines_) {
    if (l.baseline > image.y && l.baseline < image.y + image.height) {
      EXPECT_LE(l.right, image.x + kTolerance) << l.text;
    }
  }
  ASSERT_GE(below().size(), 3u);
}

// Nested list items beside a left float keep their markers clear of the image, however deep.
TEST_F(FloatsTest, NestedListMarkersHangBesideALeftFloat) {
  render(
      "# 张三\n\n## 技能\n\n<img src=\"photo.jpg\" width=\"120\" align=\"left\" "
      "alt=\"照片\">\n\n- 后端：Java、Go\n  - 框架：Spring、Gin\n    - 中间件：Kafka、Redis\n"
      "- 数据库：MySQL、PostgreSQL\n");
  const Frame& image = images_[0];
  ASSERT_GE(beside().size(), 4u);
  for (const Line& l : beside())
    EXPECT_GE(l.left, image.x + image.width + kGap - kTolerance) << l.text;
}

// An image floated inside a quote or a list item floats there too: the quote's or the item's
// text wraps beside it and never runs under it.
TEST_F(FloatsTest, AnImageFloatedInsideAQuoteOrAListItemHasTheTextBesideIt) {
  for (const std::string& markdown :
       {"# 张三\n\n## 简介\n\n> <img src=\"photo.jpg\" width=\"120\" align=\"right\" "
        "alt=\"照片\">\n>\n> " +
            kLong + kLong + "\n",
        "# 张三\n\n## 项目\n\n- 订单系统\n\n  <img src=\"photo.jpg\" width=\"120\" "
        "align=\"right\" alt=\"照片\">\n\n  " +
            kLong + kLong + "\n- 第二项\n"}) {
    render(markdown);
    const Frame& image = images_[0];
    EXPECT_NEAR(image.x + image.width, kA4Width - kMargin, kTolerance);
    ASSERT_GE(beside().size(), 5u) << markdown;
    for (const Line& l : beside()) EXPECT_LE(l.right, image.x - kGap + kTolerance) << l.text;
    ASSERT_GE(below().size(), 1u) << markdown;  // the text goes on below it, wider
    EXPECT_GT(below().front().right, image.x) << below().front().text;
  }
}

TEST_F(FloatsTest, AnImageWiderThanThreeFifthsOfTheColumnIsNotFloated) {
  // wide.png: 1000 × 200 px; 420 px is 315 pt, 64% of the default layout's column.
  render(
      "# 张三\n\n## 工作经历\n\n<img src=\"wide.png\" width=\"420\" align=\"right\" "
      "alt=\"图\">\n\n" +
      kLong + "\n");
  EXPECT_TRUE(beside().empty()) << beside().front().text;
  ASSERT_GE(below().size(), 3u);
  for (const Line& l : below()) EXPECT_GT(l.right, kA4Width - kMargin - 12) << l.text;
}

}  // namespace
}  // namespace jianli::test
