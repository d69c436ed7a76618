// Entries: a heading, list item or paragraph that starts or ends with a date range keeps
// its dates apart in the model, so a layout can set them at the right margin.
#include "parse/entries.h"

#include <gtest/gtest.h>

#include "model/document.h"

namespace jianli::parse {
namespace {

model::Inlines text(const std::string& s) { return {model::Span{.text = s}}; }

TEST(Entries, ChineseMonthRangeToPresent) {
  auto entry = find_entry(text("2023年2月-至今，美团，大模型方向"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "2023年2月");
  EXPECT_EQ(entry->end, "至今");
  EXPECT_EQ(model::plain_text(entry->title), "美团，大模型方向");
}

TEST(Entries, BoldYearRangeWithDoubleDashKeepsTheTitleStyle) {
  model::Inlines inlines = {{.text = "2021年——2023年", .bold = true},
                            {.text = "，北京大学，工商管理，硕士"}};
  auto entry = find_entry(inlines);
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "2021年");
  EXPECT_EQ(entry->end, "2023年");
  ASSERT_EQ(entry->title.size(), 1u);
  EXPECT_EQ(entry->title[0].text, "北京大学，工商管理，硕士");
  EXPECT_FALSE(entry->title[0].bold);
}

TEST(Entries, EnglishMonthNamesAndEnDash) {
  auto entry = find_entry(text("Feb 2023 – Present, Meituan, LLM inference"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "Feb 2023");
  EXPECT_EQ(entry->end, "Present");
  EXPECT_EQ(model::plain_text(entry->title), "Meituan, LLM inference");
}

TEST(Entries, ChineseOrdinalStaysWithTheTitle) {
  auto entry = find_entry(text("一、2020年5月—至今，美团，Staff Engineer，团队Lead"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "2020年5月");
  EXPECT_EQ(model::plain_text(entry->title), "一、美团，Staff Engineer，团队Lead");
}

TEST(Entries, SpacedYearsAsInTheSeed) {
  auto entry = find_entry(text("2018 年-2020 年，负责千亿级稀疏模型GPU训练框架"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "2018 年");
  EXPECT_EQ(entry->end, "2020 年");
}

// Issue 11 item 6: an ideographic space, or a run of spaces, parts the dates from the title.
TEST(Entries, IdeographicSpaceOrARunOfSpacesSeparatesTheTitle) {
  auto entry = find_entry(text("2019年7月—至今　字节跳动"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "2019年7月");
  EXPECT_EQ(entry->end, "至今");
  EXPECT_EQ(model::plain_text(entry->title), "字节跳动");
  entry = find_entry(text("2016.09 - 2019.06    清华大学"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(model::plain_text(entry->title), "清华大学");
  entry = find_entry(text("2016年9月\u2003至\u20032019年6月\u2003清华大学"));  // &emsp;
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->end, "2019年6月");
  EXPECT_EQ(model::plain_text(entry->title), "清华大学");
}

// Issue 11 item 6: every dash résumés write between two dates.
TEST(Entries, EveryRangeDashIsRecognised) {
  for (const char* dash : {"—", "——", "–", "-", "~", "～", "至", " - ", " ~ ", "　至　"}) {
    auto entry = find_entry(text(std::string("2019年7月") + dash + "2021年6月，字节跳动"));
    ASSERT_TRUE(entry) << dash;
    EXPECT_EQ(entry->start, "2019年7月") << dash;
    EXPECT_EQ(entry->end, "2021年6月") << dash;
    EXPECT_EQ(model::plain_text(entry->title), "字节跳动") << dash;
  }
}

TEST(Entries, ARangeWrittenWithAWordKeepsTheWord) {
  // 至 and "to" are words of the résumé: a layout keeps them instead of putting its dash.
  for (const char* written : {"至", " 至 ", "　至　"}) {
    auto entry = find_entry(text(std::string("2020年7月") + written + "今　青禾科技"));
    ASSERT_TRUE(entry) << written;
    EXPECT_EQ(entry->range_word, "至") << written;
    EXPECT_EQ(entry->end, "今") << written;
  }
  EXPECT_EQ(find_entry(text("May 2019 to June 2021, Acme"))->range_word, "to");
  EXPECT_EQ(find_entry(text("2019年7月——2021年6月，字节跳动"))->range_word, "");
}

TEST(Entries, IsoMonthsAreDatesButARangeOfYearsIsNotOne) {
  auto entry = find_entry(text("2019-07 – 2021-06 Bytedance"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "2019-07");
  EXPECT_EQ(entry->end, "2021-06");
  entry = find_entry(text("2018-2019 Baidu"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "2018");
  EXPECT_EQ(entry->end, "2019");
}

// Dates typed after the title, parted from it by wide spaces, a bar or a comma, or in
// brackets at its end (corpus 04, 05, 07, 10).
TEST(Entries, DatesTypedAfterTheTitleEndIt) {
  auto entry = find_entry(text("深圳青云智控科技有限公司　嵌入式软件主管　2020.04 — 至今"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "2020.04");
  EXPECT_EQ(entry->end, "至今");
  EXPECT_TRUE(entry->end_date && entry->end_date->present);
  EXPECT_EQ(model::plain_text(entry->title), "深圳青云智控科技有限公司　嵌入式软件主管");
  entry = find_entry(text("Maplepay Inc., Toronto — Senior SRE (2021 – present)"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "2021");
  EXPECT_EQ(entry->end, "present");
  EXPECT_EQ(model::plain_text(entry->title), "Maplepay Inc., Toronto — Senior SRE");
  entry = find_entry(text("成都蜀光网络科技有限公司 · 前端负责人（2021.08 ~ 至今）"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "2021.08");
  EXPECT_EQ(model::plain_text(entry->title), "成都蜀光网络科技有限公司 · 前端负责人");
  entry = find_entry(text("Meituan | Staff Engineer | 2020年5月 至 2024年1月 "));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->range_word, "至");
  EXPECT_EQ(model::plain_text(entry->title), "Meituan | Staff Engineer");
}

// The dates keep the look they were typed in: corpus 08's "<small>Prague · Jan 2021 –
// present</small>" set its dates flush right at body size beside a small "Prague".
TEST(Entries, TheDatesKeepTheLookTheyWereTypedIn) {
  auto entry = find_entry({{.text = "Prague · Jan 2021 – present", .italic = true, .scale = 0.8}});
  ASSERT_TRUE(entry);
  EXPECT_EQ(model::plain_text(entry->title), "Prague");
  EXPECT_TRUE(entry->look.italic);
  EXPECT_DOUBLE_EQ(entry->look.scale, 0.8);
  EXPECT_TRUE(entry->look.text.empty());
  entry = find_entry({{.text = "南京禾木协同软件有限公司", .bold = true},
                      {.text = "　高级产品经理　2021.05 ~ 至今"}});
  ASSERT_TRUE(entry);
  EXPECT_FALSE(entry->look.bold);  // typed plain, after a bold company
  entry = find_entry({{.text = "2021年——2023年", .bold = true}, {.text = "，北京大学"}});
  ASSERT_TRUE(entry);
  EXPECT_TRUE(entry->look.bold);
}

TEST(Entries, ATitleEndingInYearsIsNoEntryWithoutAPartOrBrackets) {
  EXPECT_FALSE(find_entry(text("Kotva Bank hackathon 2018 - 2019")));   // a single space
  EXPECT_FALSE(find_entry(text("ACM CTU Open, 4th place (2016)")));     // one date, no range
  EXPECT_FALSE(find_entry(text("项目经历（2019.01 ~ 2020.02）更多")));  // not at the end
  EXPECT_FALSE(find_entry(text("　2019.01 ~ 2020.02")));                // no title before
  EXPECT_FALSE(find_entry(text("负责平台，2019.01 ~ 2020.02 期间上线")));
}

TEST(Entries, TextThatMerelyMentionsYearsIsNoEntry) {
  EXPECT_FALSE(find_entry(text("2018-2019主导百度凤巢软硬一体的训练框架")));
  EXPECT_FALSE(find_entry(text("2018年百度技术最高奖")));
  EXPECT_FALSE(find_entry(text("主要方向：大模型Infra")));
  EXPECT_FALSE(find_entry(text("2021年——2023年")));  // no title after the dates
}

TEST(Entries, FoundInHeadingsAndListItemsAtAnyDepth) {
  model::Block heading{.kind = model::BlockKind::Heading,
                       .level = 4,
                       .inlines = text("2020年5月-2024年1月，美团，搜索推荐机器学习方向")};
  model::Block inner_list{.kind = model::BlockKind::List};
  inner_list.items.push_back({{model::Block{.inlines = text("2012年——2015年，中国科学院大学")}}});
  model::Block outer_list{.kind = model::BlockKind::List};
  outer_list.items.push_back({{model::Block{
                                   .inlines = text("教育"),
                               },
                               inner_list}});
  std::vector<model::Block> blocks{heading, outer_list};
  find_entries(blocks);
  ASSERT_TRUE(blocks[0].entry);
  EXPECT_EQ(blocks[0].entry->end, "2024年1月");
  EXPECT_FALSE(blocks[1].items[0].blocks[0].entry);
  ASSERT_TRUE(blocks[1].items[0].blocks[1].items[0].blocks[0].entry);
  EXPECT_EQ(blocks[1].items[0].blocks[1].items[0].blocks[0].entry->start, "2012年");
}

// smt/resume's template and its forks: the heading names the job, the line under it holds
// its dates alone, in italics. The dates become the heading's, and that line goes.
TEST(Entries, DatesAloneUnderAHeadingAreItsDates) {
  std::vector<model::Block> blocks{
      {.kind = model::BlockKind::Heading,
       .level = 3,
       .inlines = text("高级 Android 开发工程师 阿里巴巴")},
      {.kind = model::BlockKind::Paragraph,
       .inlines = {{.text = "2018/10 - 至今", .italic = true}}},
      {.kind = model::BlockKind::Heading, .level = 3, .inlines = text("Android Engineer 53iq")},
      {.kind = model::BlockKind::Paragraph, .inlines = text("June 2015 - February 2017, Hangzhou")},
      {.kind = model::BlockKind::Paragraph, .inlines = text("2019 - 2020")}};
  find_entries(blocks);
  ASSERT_EQ(blocks.size(), 4u);
  ASSERT_TRUE(blocks[0].entry);
  EXPECT_EQ(blocks[0].entry->start, "2018/10");
  EXPECT_TRUE(blocks[0].entry->end_date->present);
  EXPECT_TRUE(blocks[0].entry->look.italic);
  EXPECT_EQ(model::plain_text(blocks[0].entry->title), "高级 Android 开发工程师 阿里巴巴");
  EXPECT_FALSE(blocks[1].entry);  // dates with more after them stay a paragraph of their own
  EXPECT_EQ(blocks[2].kind, model::BlockKind::Paragraph);
  EXPECT_EQ(blocks[3].kind, model::BlockKind::Paragraph);  // not under a heading
}

TEST(Entries, FoundInParagraphsAsChineseEducationLinesAreTyped) {
  // corpus 11: "## 教育经历" then a paragraph, the fields parted by ideographic spaces
  std::vector<model::Block> blocks{
      {.kind = model::BlockKind::Paragraph,
       .inlines = text("2010.09　—　2014.06　　郑州轻工业大学　　计算机科学与技术　　本科")},
      {.kind = model::BlockKind::Paragraph, .inlines = text("2018年百度技术最高奖")}};
  find_entries(blocks);
  ASSERT_TRUE(blocks[0].entry);
  EXPECT_EQ(blocks[0].entry->start, "2010.09");
  EXPECT_EQ(blocks[0].entry->end, "2014.06");
  EXPECT_EQ(model::plain_text(blocks[0].entry->title),
            "郑州轻工业大学　　计算机科学与技术　　本科");
  EXPECT_FALSE(blocks[1].entry);
}

// Issue 14 item 5: every way of writing a month reads as the same date.
TEST(Entries, EveryFormOfAMonthReadsAsTheSameDate) {
  for (std::string typed :
       {"2023-02", "2023.02", "2023/02", "2023/2", "2023年2月", "2023年02月", "2023 年 2 月",
        "Feb 2023", "February 2023", "Feb. 2023", "02/2023", "2/2023", "02.2023"}) {
    auto entry = find_entry(text(typed + " – 2024年1月，美团"));
    ASSERT_TRUE(entry) << typed;
    EXPECT_EQ(entry->start, typed);
    ASSERT_TRUE(entry->start_date) << typed;
    EXPECT_EQ(entry->start_date->year, 2023) << typed;
    EXPECT_EQ(entry->start_date->month, 2) << typed;
    EXPECT_FALSE(entry->start_date->present) << typed;
    ASSERT_TRUE(entry->end_date) << typed;
    EXPECT_EQ(entry->end_date->year, 2024) << typed;
    EXPECT_EQ(entry->end_date->month, 1) << typed;
  }
}

TEST(Entries, AYearAloneHasNoMonth) {
  for (std::string typed : {"2021", "2021年", "2021 年"}) {
    auto entry = find_entry(text(typed + "——2023年，北京大学"));
    ASSERT_TRUE(entry) << typed;
    ASSERT_TRUE(entry->start_date) << typed;
    EXPECT_EQ(entry->start_date->year, 2021) << typed;
    EXPECT_FALSE(entry->start_date->month) << typed;
  }
}

TEST(Entries, EveryWordForThePresentReadsAsThePresent) {
  for (std::string typed : {"至今", "今", "Present", "Now", "now"}) {
    auto entry = find_entry(text("2019年7月—" + typed + "　字节跳动"));
    ASSERT_TRUE(entry) << typed;
    EXPECT_EQ(entry->end, typed);
    ASSERT_TRUE(entry->end_date) << typed;
    EXPECT_TRUE(entry->end_date->present) << typed;
  }
}

TEST(Entries, EveryDashAndSpacingReadsTheRange) {
  for (std::string dash : {"—", "——", "–", "-", "~", "～", "至", " – ", "　-　"}) {
    auto entry = find_entry(text("2018.03" + dash + "2020.05，百度"));
    ASSERT_TRUE(entry) << dash;
    ASSERT_TRUE(entry->start_date && entry->end_date) << dash;
    EXPECT_EQ(entry->start_date->month, 3) << dash;
    EXPECT_EQ(entry->end_date->year, 2020) << dash;
    EXPECT_EQ(entry->end_date->month, 5) << dash;
  }
}

// Pandoc and ATS-style English entries: the dates, a middle dot or a dash, the place.
TEST(Entries, AMiddleDotOrADashPartsTheDatesFromTheTitle) {
  for (std::string part : {" · ", " — ", " – ", " - ", " | ", " • "}) {
    auto entry = find_entry(text("Dec 2021 — Present" + part + "Pune, India"));
    ASSERT_TRUE(entry) << part;
    EXPECT_EQ(entry->end, "Present") << part;
    EXPECT_EQ(model::plain_text(entry->title), "Pune, India") << part;
  }
  auto entry = find_entry(text("03/2025 — Present | Manesar, Gurugram"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->start, "03/2025");
  EXPECT_EQ(entry->start_date->month, 3);
  EXPECT_EQ(model::plain_text(entry->title), "Manesar, Gurugram");
  EXPECT_FALSE(find_entry(text("10.5 – 12.5 GHz band")));  // no year: no date
}

// A month out of range is still an entry, but its dates are not read: printed as typed.
TEST(Entries, AMonthOutOfRangeLeavesBothDatesAsTyped) {
  for (std::string typed : {"2023-13", "2023年0月", "2023.00"}) {
    auto entry = find_entry(text(typed + " – 2024-01，美团"));
    ASSERT_TRUE(entry) << typed;
    EXPECT_EQ(entry->start, typed);
    EXPECT_FALSE(entry->start_date) << typed;
    EXPECT_FALSE(entry->end_date) << typed;
  }
}

}  // namespace
}  // namespace jianli::parse
