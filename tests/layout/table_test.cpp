// Tables laid out with the real fonts: columns aligned, Chinese broken inside cells,
// header rows styled and repeated, rows never split, the column cap.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "layout/engine.h"
#include "layout/table_grid.h"
#include "layout_fixture.h"

namespace jianli::layout {
namespace {

using Cells = std::vector<std::vector<std::string>>;

struct Placed {
  int page = -1;
  const model::TextRun* run = nullptr;
};

class TableTest : public LayoutTest {
 protected:
  model::Block table(const Cells& rows, int header_rows = 1) {
    model::Table t;
    for (const auto& row : rows) {
      t.rows.emplace_back();
      for (const std::string& text : row)
        t.rows.back().cells.push_back(
            {.inlines = plain(text), .header = header_rows > 0 && t.rows.size() == 1});
    }
    t.header_rows = header_rows;
    model::Block block{.kind = model::BlockKind::Table, .pos = {7, 1}};
    block.table = std::move(t);
    return block;
  }
  LayoutResult lay(std::vector<model::Block> blocks) {
    doc_ = model::Document{};
    doc_.meta.source_path = "r.md";
    doc_.blocks = std::move(blocks);
    return lay_out(doc_, spec_, library_);
  }
  // Every run whose text is `text`, with its page.
  static std::vector<Placed> find(const model::PageSet& set, const std::string& text) {
    std::vector<Placed> out;
    for (size_t p = 0; p < set.pages.size(); ++p)
      for (const model::TextRun& run : set.pages[p].runs)
        if (run.text == text) out.push_back({static_cast<int>(p), &run});
    return out;
  }
  static const model::TextRun& only(const model::PageSet& set, const std::string& text) {
    std::vector<Placed> found = find(set, text);
    EXPECT_EQ(found.size(), 1u) << text;
    static const model::TextRun none;
    return found.empty() ? none : *found.front().run;
  }
  double right_margin() const { return spec_.page_width - spec_.margin_right; }

  model::Document doc_;
};

TEST_F(TableTest, ColumnsAlignLeftCentreAndRightAsTheirColumnSays) {
  model::Block block = table({{"Year", "Company", "Amount"},
                              {"2018", "Acme", "12"},
                              {"2020–2023", "Initech International", "1,234,567"},
                              {"2024", "Umbrella", "7"}});
  block.table->column_align = {model::Align::Left, model::Align::Center, model::Align::Right};
  model::PageSet set = lay({block}).pages;
  const std::vector<std::string> columns[] = {
      {"Year", "2018", "2020–2023", "2024"},
      {"Company", "Acme", "Initech International", "Umbrella"},
      {"Amount", "12", "1,234,567", "7"}};
  for (const std::string& text : columns[0])
    EXPECT_NEAR(only(set, text).x, only(set, "Year").x, 0.01) << text;
  const model::TextRun& company = only(set, "Company");
  for (const std::string& text : columns[1]) {
    const model::TextRun& run = only(set, text);
    EXPECT_NEAR(run.x + run.width / 2, company.x + company.width / 2, 0.01) << text;
  }
  const model::TextRun& amount = only(set, "Amount");
  for (const std::string& text : columns[2]) {
    const model::TextRun& run = only(set, text);
    EXPECT_NEAR(run.x + run.width, amount.x + amount.width, 0.01) << text;
  }
  // The columns are as wide as their widest cell: they do not touch or overlap.
  const model::TextRun& initech = only(set, "Initech International");
  EXPECT_GT(initech.x, only(set, "2020–2023").x + only(set, "2020–2023").width);
  EXPECT_GT(only(set, "1,234,567").x, initech.x + initech.width);
  EXPECT_LT(only(set, "1,234,567").x + only(set, "1,234,567").width, right_margin() - 100)
      << "a table of short cells is as wide as its content, not the measure";
}

TEST_F(TableTest, LongChineseCellBreaksInsideItsColumnAndTheLabelStaysWhole) {
  std::string long_text;
  for (int i = 0; i < 12; ++i) long_text += "负责推荐系统召回与排序模型的迭代，";
  model::PageSet set = lay({table({{"项目", "内容"}, {"职责", long_text}})}).pages;
  const model::TextRun& label = only(set, "职责");
  const model::TextRun& header = only(set, "内容");
  std::set<double> baselines;
  for (const model::TextRun& run : set.pages[0].runs) {
    if (run.text.find("推荐") == std::string::npos && run.text.find("模型") == std::string::npos)
      continue;
    baselines.insert(std::round(run.y * 10));
    EXPECT_GE(run.x, header.x - 0.01) << "every line starts at the column's edge";
    EXPECT_LE(run.x + run.width, right_margin() + 0.01) << "no line runs past the measure";
  }
  EXPECT_GE(baselines.size(), 4u) << "the long cell is set in several lines";
  EXPECT_GT(header.x, label.x + label.width) << "the label's column is not squeezed";
}

TEST_F(TableTest, AWordTooLongForItsColumnIsBrokenNotOverflowed) {
  const std::string word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
  model::PageSet set = lay({table({{word, word, word, word}, {word, word, word, word}})}).pages;
  size_t letters = 0;
  for (const model::TextRun& run : set.pages[0].runs) {
    if (run.y < spec_.margin_bottom) continue;  // the page number
    EXPECT_GE(run.x, spec_.margin_left - 0.01);
    EXPECT_LE(run.x + run.width, right_margin() + 0.01) << run.text;
    // Hyphens may be added where the word is cut at a hyphenation point.
    letters += std::count_if(run.text.begin(), run.text.end(), [](char c) { return c != '-'; });
  }
  EXPECT_EQ(letters, 8 * word.size()) << "no letter lost";
}

TEST_F(TableTest, HeaderRowIsBoldAndRepeatsOnEachPageAndNoRowSplits) {
  // 150 rows whose second cell takes two or three lines, each row marked by its own character.
  Cells rows = {{"编号", "说明"}};
  for (int i = 0; i < 150; ++i) {
    std::u32string mark(60, static_cast<char32_t>(0x4E00 + 0x100 + i));
    rows.push_back({text::to_utf8(mark.substr(0, 2)), text::to_utf8(mark)});
  }
  spec_.tables.header_color = model::Color{0.5, 0, 0};
  model::PageSet set = lay({table(rows)}).pages;
  ASSERT_GE(set.pages.size(), 3u);
  std::vector<Placed> headers = find(set, "编号");
  ASSERT_EQ(headers.size(), set.pages.size()) << "the header on every page";
  const model::TextRun& first_cell = only(set, text::to_utf8(std::u32string(2, 0x4E00 + 0x100)));
  for (const Placed& h : headers) {
    EXPECT_EQ(h.run->color, (model::Color{0.5, 0, 0}));
    EXPECT_NE(set.fonts[h.run->font].path + std::to_string(set.fonts[h.run->font].index),
              set.fonts[first_cell.font].path + std::to_string(set.fonts[first_cell.font].index))
        << "the header is bold";
    for (const model::TextRun& run : set.pages[h.page].runs)
      if (run.y < spec_.margin_bottom)
        continue;  // the page number
      else
        EXPECT_LE(run.y, h.run->y + 0.01) << "nothing above the header: " << run.text;
  }
  for (int i = 0; i < 150; ++i) {
    const std::string mark = text::to_utf8(std::u32string(1, char32_t(0x4E00 + 0x100 + i)));
    std::set<int> pages;
    for (size_t p = 0; p < set.pages.size(); ++p)
      for (const model::TextRun& run : set.pages[p].runs)
        if (run.text.find(mark) != std::string::npos) pages.insert(static_cast<int>(p));
    EXPECT_EQ(pages.size(), 1u) << "row " << i << " is split between pages";
    ASSERT_EQ(find(set, mark + mark).size(), 1u) << "row " << i << "'s first cell";
  }
}

TEST_F(TableTest, ARowTallerThanAPageRunsOnBetweenItsLines) {
  std::u32string long_text;
  for (int i = 0; i < 5000; ++i)
    long_text += static_cast<char32_t>(0x4E00 + i % 1000);  // 编号 and 说明 are not among them
  model::PageSet set = lay({table({{"编号", "说明"}, {"1", text::to_utf8(long_text)}})}).pages;
  ASSERT_GE(set.pages.size(), 3u);
  size_t chars = 0;
  const double page_top = spec_.page_height - spec_.margin_top;
  for (size_t p = 0; p < set.pages.size(); ++p) {
    for (const model::TextRun& run : set.pages[p].runs) {
      if (run.y < spec_.margin_bottom / 2 + 1) continue;  // the page number
      EXPECT_GE(run.y, spec_.margin_bottom) << "page " << p + 1 << ": text below the foot";
      EXPECT_LE(run.y, page_top) << "page " << p + 1;
      for (char32_t c : text::to_utf32(run.text)) chars += c >= 0x4E00 && c < 0x4E00 + 1000;
    }
    for (const model::Box& box : set.pages[p].boxes)
      EXPECT_GE(box.y, spec_.margin_bottom - 0.01) << "page " << p + 1 << ": a rule below the foot";
  }
  EXPECT_EQ(chars, 5000u) << "every character set once";
  EXPECT_LE(set.pages.size(), 4u) << "the parts fill the pages";
  EXPECT_EQ(find(set, "编号").size(), set.pages.size()) << "the header over each part";
}

TEST_F(TableTest, RulesAreTheLayoutsBooktabsGridOrNone) {
  const Cells cells = {{"年份", "公司"}, {"2018", "甲"}, {"2020", "乙"}};
  spec_.tables.frame_width = 0.9;
  spec_.tables.rule_width = 0.3;
  spec_.tables.rules = model::TableRules::Booktabs;
  model::PageSet set = lay({table(cells)}).pages;
  std::vector<model::Box> rules = set.pages[0].boxes;
  const double measure = right_margin() - spec_.margin_left;
  // Not the grid's lines, nor the header's rule across the measure.
  std::erase_if(rules, [&](const model::Box& b) { return b.width < 20 || b.width > measure - 1; });
  ASSERT_EQ(rules.size(), 3u) << "top, mid and bottom rules";
  std::sort(rules.begin(), rules.end(), [](auto& a, auto& b) { return a.y > b.y; });
  EXPECT_DOUBLE_EQ(rules[0].height, 0.9);
  EXPECT_DOUBLE_EQ(rules[1].height, 0.3);
  EXPECT_DOUBLE_EQ(rules[2].height, 0.9);
  EXPECT_GT(rules[0].y, only(set, "年份").y);
  EXPECT_LT(rules[1].y, only(set, "年份").y);
  EXPECT_GT(rules[1].y, only(set, "2018").y);
  EXPECT_LT(rules[2].y, only(set, "2020").y);

  spec_.tables.rules = model::TableRules::Grid;
  set = lay({table(cells)}).pages;
  std::set<double> verticals;
  for (const model::Box& b : set.pages[0].boxes)
    if (b.width == 0.3 && b.height > 5) verticals.insert(std::round(b.x * 10) / 10);
  EXPECT_EQ(verticals.size(), 3u) << "the grid's left edge and each column's right edge";
  EXPECT_LT(*verticals.begin(), only(set, "年份").x);
  EXPECT_GT(*std::next(verticals.begin()), only(set, "2020").x + only(set, "2020").width);
  EXPECT_LT(*std::next(verticals.begin()), only(set, "公司").x);

  spec_.tables.rules = model::TableRules::None;
  set = lay({table(cells)}).pages;
  EXPECT_TRUE(std::none_of(set.pages[0].boxes.begin(), set.pages[0].boxes.end(),
                           [&](const model::Box& b) { return b.width < measure - 1; }))
      << "no line but the header's rule";
}

TEST_F(TableTest, AGridWithNoHeaderIsClosedAtTheTopOfEachPage) {
  spec_.tables.rules = model::TableRules::Grid;
  Cells rows;
  for (int i = 0; i < 120; ++i) rows.push_back({std::to_string(i), "值", "备注"});
  model::PageSet set = lay({table(rows, 0)}).pages;
  ASSERT_GE(set.pages.size(), 2u);
  for (size_t p = 1; p < set.pages.size(); ++p) {
    double top_text = 0, top_rule = 0;
    for (const model::TextRun& run : set.pages[p].runs) top_text = std::max(top_text, run.y);
    for (const model::Box& box : set.pages[p].boxes)
      if (box.width > box.height) top_rule = std::max(top_rule, box.y);
    EXPECT_GT(top_rule, top_text) << "page " << p + 1 << " opens with the grid's top line";
  }
}

TEST_F(TableTest, AHeaderTallerThanAQuarterPageIsNotRepeated) {
  std::u32string tall(60, U'标');  // 20 lines in a column three characters wide
  Cells rows = {{text::to_utf8(tall), "说明", "备注"}};
  for (int i = 0; i < 150; ++i) rows.push_back({std::to_string(i), "值", "无"});
  model::Block block = table(rows);
  block.table->rows[0].cells[0].width = model::Length{40, model::Length::Unit::Pt};
  model::PageSet set = lay({block}).pages;
  ASSERT_GE(set.pages.size(), 2u);
  EXPECT_EQ(find(set, "说明").size(), 1u) << "the header only where the table starts";
}

TEST_F(TableTest, KeyValueGridSpansTheMeasureWithItsLabelsStyled) {
  spec_.tables.label_color = model::Color{0.4, 0.4, 0.4};
  model::PageSet set = lay({table({{"姓名", "张三", "性别", "男"},
                                   {"电话", "138-0000-0000", "邮箱", "zhang@example.com"}},
                                  0)})
                           .pages;
  EXPECT_EQ(only(set, "姓名").color, (model::Color{0.4, 0.4, 0.4}));
  EXPECT_EQ(only(set, "性别").color, (model::Color{0.4, 0.4, 0.4}));
  EXPECT_EQ(only(set, "张三").color, spec_.body_style.color);
  EXPECT_GT(only(set, "性别").x, spec_.margin_left + (right_margin() - spec_.margin_left) / 2 - 40)
      << "the second pair starts near the middle of the measure";
  EXPECT_NEAR(only(set, "性别").x, only(set, "邮箱").x, 0.01);
  EXPECT_NEAR(only(set, "男").x, only(set, "zhang@example.com").x, 0.01);
}

TEST_F(TableTest, CellAcrossTwoRowsIsCentredBesideThem) {
  model::Block block = table({{"照片", "姓名", "张三"}, {"电话", "138"}}, 0);
  block.table->rows[0].cells[0].rowspan = 2;
  model::PageSet set = lay({block}).pages;
  const double photo = only(set, "照片").y, first = only(set, "姓名").y,
               second = only(set, "电话").y;
  EXPECT_NEAR(photo, (first + second) / 2, 0.01);
  EXPECT_GT(only(set, "电话").x, only(set, "照片").x + only(set, "照片").width)
      << "the second row's first cell sits beside the photo";
  EXPECT_NEAR(only(set, "电话").x, only(set, "姓名").x, 0.01);
}

TEST_F(TableTest, CellAcrossColumnsIsCentredOverThem) {
  model::Block block =
      table({{"基本信息"}, {"姓名", "张三丰", "男"}, {"电话", "138-0000-0000", "女"}});
  block.table->rows[0].cells[0].colspan = 3;
  block.table->rows[0].cells[0].align = model::Align::Center;
  model::PageSet set = lay({block}).pages;
  const model::TextRun& title = only(set, "基本信息");
  const model::TextRun& first = only(set, "电话");
  const model::TextRun& last = only(set, "女");
  const double left = first.x - spec_.tables.padding_x;
  const double right = last.x + last.width + spec_.tables.padding_x;
  EXPECT_NEAR(title.x + title.width / 2, (left + right) / 2, 0.1);
  EXPECT_NEAR(only(set, "张三丰").x, only(set, "138-0000-0000").x, 0.01);
}

TEST_F(TableTest, ATableInAListItemLinesUpWithTheItemsText) {
  model::Block list{.kind = model::BlockKind::List};
  list.items.push_back({{{.kind = model::BlockKind::Paragraph, .inlines = plain("条目文字")},
                         table({{"年份", "奖项"}, {"2018", "国家奖学金"}})}});
  model::PageSet set = lay({list}).pages;
  EXPECT_NEAR(only(set, "年份").x - spec_.tables.padding_x, only(set, "条目文字").x, 0.01);
}

TEST_F(TableTest, StrikeAndUnderlineInACellAreDrawnOverTheirText) {
  spec_.tables.rules = model::TableRules::None;  // no rule to take for a line under the text
  spec_.tables.header_fill.reset();
  model::Block block = table({{"技能", "水平"}, {"旧的", "新的"}, {"Perl", "Rust"}});
  block.table->rows[1].cells[0].inlines.front().strike = true;
  block.table->rows[1].cells[1].inlines.front().underline = true;
  block.table->rows[2].cells[0].inlines.front().strike = true;
  model::PageSet set = lay({block}).pages;
  ASSERT_EQ(set.pages.size(), 1u);
  // The boxes drawn across a run's width, lowest first.
  auto across = [&](const model::TextRun& run) {
    std::vector<model::Box> found;
    for (const model::Box& box : set.pages[0].boxes)
      if (std::abs(box.x - run.x) < 0.01 && std::abs(box.width - run.width) < 0.01 &&
          std::abs(box.y - run.y) < run.size)
        found.push_back(box);
    return found;
  };
  const model::TextRun& old = only(set, "旧的");
  ASSERT_EQ(across(old).size(), 1u) << "struck";
  // Through the middle of the em box (0.12 em under the baseline to 0.88 over it).
  EXPECT_NEAR(across(old)[0].y + across(old)[0].height / 2, old.y + 0.38 * old.size, 0.01);
  const model::TextRun& fresh = only(set, "新的");
  ASSERT_EQ(across(fresh).size(), 1u) << "underlined";
  EXPECT_LT(across(fresh)[0].y + across(fresh)[0].height, fresh.y - 0.12 * fresh.size + 0.01);
  const model::TextRun& perl = only(set, "Perl");
  ASSERT_EQ(across(perl).size(), 1u) << "struck";
  EXPECT_GT(across(perl)[0].y, perl.y + 0.15 * perl.size);
  EXPECT_LT(across(perl)[0].y, perl.y + 0.45 * perl.size);
  EXPECT_TRUE(across(only(set, "Rust")).empty()) << "plain text stays plain";
}

TEST_F(TableTest, AThousandColumnsWarnAtTheTableAndKeepTheirText) {
  Cells rows(2);
  for (auto& row : rows)
    for (int c = 0; c < 1000; ++c) row.push_back("c" + std::to_string(c));
  LayoutResult laid = lay({table(rows, 0)});
  ASSERT_EQ(laid.diagnostics.all().size(), 1u);
  const model::Diagnostic& d = laid.diagnostics.all().front();
  EXPECT_EQ(d.file, "r.md");
  EXPECT_EQ(d.line, 7);
  EXPECT_NE(d.message.find("1000 columns"), std::string::npos) << d.message;
  std::string text;
  for (const model::Page& page : laid.pages.pages)
    for (const model::TextRun& run : page.runs) text += run.text;
  EXPECT_NE(text.find("c999"), std::string::npos);
}

TEST_F(TableTest, TenThousandRowsAreSet) {
  Cells rows = {{"#", "x"}};
  for (int i = 0; i < 10000; ++i) rows.push_back({std::to_string(i), "值"});
  model::PageSet set = lay({table(rows)}).pages;
  EXPECT_GT(set.pages.size(), 100u);
  EXPECT_EQ(find(set, "9999").size(), 1u);
}

}  // namespace
}  // namespace jianli::layout
