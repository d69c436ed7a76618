// Tables in a column too narrow for them (a sidebar's 55 mm): a 基本信息 grid folds to
// label/value pairs, a table whose columns still cannot fit their longest words is stacked,
// and no word is broken. Images in cells make their rows taller and are drawn in them.
#include <algorithm>

#include "layout/engine.h"
#include "layout_fixture.h"

namespace jianli::layout {
namespace {

using Cells = std::vector<std::vector<std::string>>;

class TableFoldTest : public LayoutTest {
 protected:
  // The text column `width` pt wide, as a sidebar's side column is (55 mm = 156 pt).
  void narrow(double width) { spec_.margin_right = spec_.page_width - spec_.margin_left - width; }
  model::Block table(const Cells& rows, int header_rows = 0) {
    model::Table t;
    for (const auto& row : rows) {
      t.rows.emplace_back();
      for (const std::string& text : row)
        t.rows.back().cells.push_back(
            {.inlines = plain(text), .header = static_cast<int>(t.rows.size()) <= header_rows});
    }
    t.header_rows = header_rows;
    model::Block block{.kind = model::BlockKind::Table, .pos = {7, 1}};
    block.table = std::move(t);
    return block;
  }
  model::PageSet lay(std::vector<model::Block> blocks, const image::Catalog& images = {}) {
    doc_ = model::Document{};
    doc_.meta.source_path = "r.md";
    doc_.blocks = std::move(blocks);
    return lay_out(doc_, spec_, library_, images).pages;
  }
  // The one run whose text is `text`: a word broken across lines would be two runs.
  static const model::TextRun& only(const model::PageSet& set, const std::string& text) {
    std::vector<const model::TextRun*> found;
    for (const model::Page& page : set.pages)
      for (const model::TextRun& run : page.runs)
        if (run.text == text) found.push_back(&run);
    EXPECT_EQ(found.size(), 1u) << text << " is set whole, once";
    static const model::TextRun none;
    return found.empty() ? none : *found.front();
  }

  model::Document doc_;
};

const Cells kPersonal = {{"姓名", "周怡然", "性别", "女"},
                         {"学历", "硕士", "政治面貌", "中共党员"},
                         {"籍贯", "湖南长沙", "工作年限", "三年"}};

TEST_F(TableFoldTest, AKeyValueGridTooWideForTheColumnFoldsToPairsInReadingOrder) {
  narrow(156);
  model::PageSet set = lay({table(kPersonal)});
  const char* labels[] = {"姓名", "性别", "学历", "政治面貌", "籍贯", "工作年限"};
  const char* values[] = {"周怡然", "女", "硕士", "中共党员", "湖南长沙", "三年"};
  for (int k = 0; k < 6; ++k) {
    SCOPED_TRACE(labels[k]);
    const model::TextRun& label = only(set, labels[k]);
    const model::TextRun& value = only(set, values[k]);
    EXPECT_NEAR(label.x, only(set, "姓名").x, 0.01) << "the labels in one column";
    EXPECT_NEAR(value.x, only(set, "周怡然").x, 0.01) << "the values in one column";
    EXPECT_NEAR(value.y, label.y, 0.01) << "each value beside its label";
    EXPECT_GT(value.x, label.x + label.width);
    // PDF y grows upwards: each pair under the one before.
    if (k > 0) {
      EXPECT_LT(label.y, only(set, labels[k - 1]).y) << "a pair a row, in order";
    }
    EXPECT_LE(value.x + value.width, spec_.page_width - spec_.margin_right + 0.01);
  }
}

TEST_F(TableFoldTest, AKeyValueGridThatFitsKeepsItsPairsSideBySide) {
  model::PageSet set = lay({table(kPersonal)});  // classic: a 480 pt measure
  EXPECT_NEAR(only(set, "政治面貌").y, only(set, "学历").y, 0.01);
  EXPECT_GT(only(set, "政治面貌").x, only(set, "硕士").x);
}

TEST_F(TableFoldTest, AHeaderThatNamesThePairsStandsOverEachPairItNamesAndLosesNoText) {
  narrow(156);
  Cells rows = {{"项目", "内容", "项目", "内容"}};
  rows.insert(rows.end(), kPersonal.begin(), kPersonal.end());
  model::PageSet set = lay({table(rows, 1)});
  std::vector<const model::TextRun*> named;
  for (const model::TextRun& run : set.pages[0].runs)
    if (run.text == "项目") named.push_back(&run);
  ASSERT_EQ(named.size(), 2u) << "no name dropped";
  std::sort(named.begin(), named.end(), [](auto* a, auto* b) { return a->y > b->y; });
  // PDF y grows upwards. Folded row by row, both names stood together at the top, the same
  // words twice over one pair; each now heads the pairs of its own columns.
  const char* first_pairs[] = {"姓名", "学历", "籍贯"};
  const char* second_pairs[] = {"性别", "政治面貌", "工作年限"};
  for (const char* label : first_pairs) {
    EXPECT_LT(only(set, label).y, named[0]->y) << label << " under the first name";
    EXPECT_GT(only(set, label).y, named[1]->y) << label << " over the second name";
  }
  for (const char* label : second_pairs)
    EXPECT_LT(only(set, label).y, named[1]->y) << label << " under the second name";
  EXPECT_NEAR(named[0]->x, only(set, "姓名").x, 0.01);
  EXPECT_NEAR(named[1]->x, only(set, "姓名").x, 0.01);
  EXPECT_LT(only(set, "学历").y, only(set, "姓名").y) << "in order down each run";
  EXPECT_NEAR(only(set, "中共党员").x, only(set, "周怡然").x, 0.01);
}

TEST_F(TableFoldTest, AGridWhoseColumnsCannotFitTheirLongestWordsIsStackedWordsWhole) {
  narrow(156);
  spec_.tables.label_color = model::Color{0.4, 0.4, 0.4};
  const Cells rows = {{"Language", "Proficiency", "Certification"},
                      {"Portuguese", "Intermediate", "Cambridge"},
                      {"Indonesian", "Elementary", "Unaccredited"}};
  model::PageSet set = lay({table(rows, 1)});
  // Read in order, down one column: each row's cells one under another, each after its
  // column's name in the label's look, so that a row reads whole on its own.
  double left = -1, last_y = 1e9;
  for (size_t r = 1; r < rows.size(); ++r)
    for (size_t c = 0; c < rows[r].size(); ++c) {
      const model::TextRun& value = only(set, rows[r][c]);
      EXPECT_LT(value.y, last_y) << rows[r][c] << " under the cell before it";  // y grows up
      last_y = value.y;
      const model::TextRun* name = nullptr;
      for (const model::TextRun& run : set.pages[0].runs)
        if (run.y == value.y && run.text.starts_with(rows[0][c])) name = &run;
      ASSERT_NE(name, nullptr) << rows[r][c] << " has no name before it";
      EXPECT_EQ(name->text, rows[0][c] + ": ");
      if (left < 0) left = name->x;
      EXPECT_NEAR(name->x, left, 0.01) << rows[r][c] << ": every name at the column's left";
      // the value right after its name, a space between
      EXPECT_GT(value.x, name->x + name->width) << rows[r][c];
      EXPECT_LT(value.x, name->x + name->width + value.size / 2) << rows[r][c];
      EXPECT_EQ(name->color, (model::Color{0.4, 0.4, 0.4}));
      EXPECT_EQ(value.color, spec_.body_style.color);
    }
  // The names are not also set on their own above the rows.
  size_t names = 0;
  for (const model::TextRun& run : set.pages[0].runs) names += run.text.starts_with("Language");
  EXPECT_EQ(names, 2u);
}

// A header of Chinese names is followed by a full-width colon.
TEST_F(TableFoldTest, StackedChineseValuesFollowTheirColumnsNameAndAFullWidthColon) {
  narrow(110);
  model::PageSet set =
      lay({table({{"技能", "熟练程度", "说明"}, {"TensorFlow", "Distillation", "Deployment"}}, 1)});
  bool found = false;
  for (const model::TextRun& run : set.pages[0].runs) found = found || run.text == "熟练程度：";
  EXPECT_TRUE(found);
  EXPECT_LT(only(set, "Deployment").y, only(set, "Distillation").y) << "stacked";
}

// Corpus 04 in sidebar: the columns hold their longest words, but not two words of a
// cell, which a grid would set a word a line ("University / of / Waterloo"): stacked.
// Chinese, broken between characters, and a cell of two words ("Spark / Hive") keep the grid.
TEST_F(TableFoldTest, AGridThatWouldSetACellAWordALineIsStacked) {
  auto stacked = [&](double width, const Cells& rows) {
    narrow(width);
    model::PageSet set = lay({table(rows, 1)});
    for (const model::TextRun& run : set.pages[0].runs)
      if (run.text.starts_with(rows[0][1]))
        return run.text.ends_with(": ") || run.text.ends_with("：");
    return false;
  };
  const Cells education = {{"Degree", "School", "Year"},
                           {"B.Eng. Computer Engineering", "University of Waterloo", "2015"},
                           {"Certified Kubernetes Administrator", "CNCF", "2020"}};
  EXPECT_TRUE(stacked(200, education));
  EXPECT_FALSE(stacked(400, education));  // wide enough for two words a line
  EXPECT_FALSE(stacked(200, {{"技能", "程度", "说明"},
                             {"PyTorch", "熟练", "多任务模型、蒸馏、混合精度训练"},
                             {"Spark / Hive", "熟练", "百亿级样本的特征生产"}}));
  EXPECT_FALSE(stacked(200, {{"Degree", "School", "Year"}, {"B.Eng.", "Waterloo", "2015"}}));
}

TEST_F(TableFoldTest, PairsTooWideEvenFoldedAreStackedWithTheirLabelsLook) {
  narrow(110);
  spec_.tables.label_color = model::Color{0.4, 0.4, 0.4};
  model::PageSet set = lay({table({{"Availability", "Immediately", "Nationality", "Portuguese"}})});
  EXPECT_EQ(only(set, "Availability").color, (model::Color{0.4, 0.4, 0.4}));
  EXPECT_EQ(only(set, "Nationality").color, (model::Color{0.4, 0.4, 0.4}));
  EXPECT_EQ(only(set, "Immediately").color, spec_.body_style.color);
  EXPECT_NEAR(only(set, "Immediately").x, only(set, "Availability").x, 0.01) << "stacked";
  EXPECT_LT(only(set, "Nationality").y, only(set, "Immediately").y);
  EXPECT_LT(only(set, "Portuguese").y, only(set, "Nationality").y);
}

TEST_F(TableFoldTest, AnImageInACellIsDrawnInItAndItsRowGrowsToHoldIt) {
  image::Catalog images;
  images.add("logo.png", {.path = "logo.png", .width = 80, .height = 80});  // 60 pt at 96 dpi
  model::Block block = table({{"技能", "标志"}, {"Python", ""}, {"Rust", "熟练"}}, 1);
  model::Span logo{
      .text = "Python",
      .image = model::Image{
          .src = "logo.png", .alt = "Python", .width = model::Length{80, model::Length::Unit::Px}}};
  block.table->rows[1].cells[1].inlines = {logo};
  model::PageSet set = lay({block}, images);
  ASSERT_EQ(set.pages[0].images.size(), 1u);
  const model::PlacedImage& image = set.pages[0].images[0];
  EXPECT_NEAR(image.width, 60, 0.01);
  EXPECT_NEAR(image.height, 60, 0.01);
  EXPECT_NEAR(image.x, only(set, "标志").x, 0.01) << "in the second column";
  // PDF y grows upwards: the image lies between the header's line and the next row's.
  EXPECT_LT(image.y + image.height, only(set, "技能").y);
  EXPECT_GT(image.y, only(set, "Rust").y + spec_.body_style.size);
  EXPECT_LT(image.y, only(set, "Python").y) << "the cell beside it centred on the image's row";
  EXPECT_GT(image.y + image.height, only(set, "Python").y);
}

}  // namespace
}  // namespace jianli::layout
