// HTML in Markdown, block and inline, maps onto the model; no tag reaches the text.
#include <gtest/gtest.h>

#include <chrono>

#include "parse/entities.h"
#include "parse/html_styles.h"
#include "parse/html_tags.h"
#include "parse_helpers.h"

namespace jianli::parse {
namespace {

using model::Align;
using model::BlockKind;
using model::Length;
using testing::parse;
using testing::texts;

// "LINE: MESSAGE" for each diagnostic, in order.
std::vector<std::string> messages(const model::Document& doc) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : doc.diagnostics.all())
    out.push_back(std::to_string(d.line) + ": " + d.message);
  return out;
}

std::vector<BlockKind> kinds(const std::vector<model::Block>& blocks) {
  std::vector<BlockKind> out;
  for (const model::Block& b : blocks) out.push_back(b.kind);
  return out;
}

const model::Block& block(const model::Document& doc, size_t i) { return doc.blocks.at(i); }

TEST(Entities, EveryHtml5NameAndNumberDecodes) {
  EXPECT_EQ(decode_entity("&amp;"), "&");
  EXPECT_EQ(decode_entity("&emsp;"), "\u2003");
  EXPECT_EQ(decode_entity("&ensp;"), "\u2002");
  EXPECT_EQ(decode_entity("&hearts;"), "\u2665");
  EXPECT_EQ(decode_entity("&CounterClockwiseContourIntegral;"), "\u2233");
  EXPECT_EQ(decode_entity("&NotEqualTilde;"), "\u2242\u0338");  // two code points
  EXPECT_EQ(decode_entity("&zwnj;"), "\u200C");
  EXPECT_EQ(decode_entity("&Aacute;"), "Á");
  EXPECT_EQ(decode_entity("&aacute;"), "á");  // names are case-sensitive
  EXPECT_EQ(decode_entity("&#x1F4DE;"), "📞");
  EXPECT_EQ(decode_entity("&#X1f4de;"), "📞");
  EXPECT_EQ(decode_entity("&#20013;"), "中");
  EXPECT_EQ(decode_entity("&#150;"), "\u2013");  // Windows-1252, as HTML5 says
  EXPECT_EQ(decode_entity("&#0;"), "\uFFFD");
  EXPECT_EQ(decode_entity("&#xD800;"), "\uFFFD");
  EXPECT_EQ(decode_entity("&#x110000;"), "\uFFFD");
  EXPECT_EQ(decode_entity("&nosuch;"), "&nosuch;");
  EXPECT_EQ(decode_entity("&amp"), "&amp");
}

TEST(Entities, DecodeInMarkdownTextAndInHtml) {
  model::Document doc =
      parse("电话&emsp;&#x1F4DE; &hearts; R&amp;D\n\n<p>邮箱&emsp;a&nbsp;b &lt;x&gt;</p>\n");
  EXPECT_EQ(model::plain_text(block(doc, 0).inlines), "电话\u2003📞 \u2665 R&D");
  EXPECT_EQ(model::plain_text(block(doc, 1).inlines), "邮箱\u2003a\u00A0b <x>");
}

TEST(HtmlTags, ReadsNamesAndAttributesAsHtmlDoes) {
  std::optional<HtmlTag> tag =
      read_tag(R"(<IMG SRC="a b.png" width=120 alt='x&amp;y' hidden Width="9"/>)", 0);
  ASSERT_TRUE(tag);
  EXPECT_EQ(tag->name, "img");
  EXPECT_TRUE(tag->self_closing);
  EXPECT_EQ(tag->attributes, (HtmlAttributes{{"src", "a b.png"},
                                             {"width", "120"},
                                             {"alt", "x&y"},
                                             {"hidden", ""}}));  // the first width wins
  EXPECT_TRUE(read_tag("</b >", 0)->closing);
  EXPECT_FALSE(read_tag("< b>", 0));
  EXPECT_FALSE(read_tag("<b title='open", 0));
  EXPECT_FALSE(read_tag("<!-- c -->", 0));
}

TEST(HtmlTags, NestingIsCappedAndOptionalEndTagsAddNoDepth) {
  CappedHtml capped = cap_nesting("<div><div><div>x</div></div></div>", 2);
  EXPECT_EQ(capped.html, "<div><div>x</div></div>");
  EXPECT_EQ(capped.first_cut, 10);
  std::string items;
  for (int i = 0; i < 500; ++i) items += "<li>a<p>b<br><img src=x>";
  EXPECT_EQ(cap_nesting(items, 2).first_cut, -1);
  EXPECT_EQ(cap_nesting(items, 2).depth, 0u);
}

TEST(HtmlStyles, ColoursLengthsAlignmentAndSizes) {
  EXPECT_EQ(parse_color("#C00"), (model::Color{0.8, 0, 0}));
  EXPECT_EQ(parse_color("#0000ff"), (model::Color{0, 0, 1}));
  EXPECT_EQ(parse_color(" Grey "), (model::Color{128 / 255.0, 128 / 255.0, 128 / 255.0}));
  EXPECT_EQ(parse_color("rgb(255, 0, 51)"), (model::Color{1, 0, 0.2}));
  EXPECT_EQ(parse_color("blurple"), std::nullopt);
  EXPECT_EQ(parse_color("#12345"), std::nullopt);
  EXPECT_EQ(parse_length("120"), (Length{120, Length::Unit::Px}));
  EXPECT_EQ(parse_length("120px"), (Length{120, Length::Unit::Px}));
  EXPECT_EQ(parse_length("50%"), (Length{50, Length::Unit::Percent}));
  EXPECT_EQ(parse_length("30mm"), (Length{30, Length::Unit::Mm}));
  EXPECT_EQ(parse_length("2.5cm"), (Length{25, Length::Unit::Mm}));
  EXPECT_EQ(parse_length("-3"), std::nullopt);
  EXPECT_EQ(parse_length("auto"), std::nullopt);
  EXPECT_EQ(parse_align("CENTER"), Align::Center);
  EXPECT_EQ(parse_align("middle"), Align::Center);
  EXPECT_EQ(parse_align("justify"), Align::Justify);
  EXPECT_EQ(parse_font_size("24px"), 1.5);
  EXPECT_EQ(parse_font_size("9pt"), 0.75);
  EXPECT_EQ(parse_font_size("120%"), 1.2);
  EXPECT_EQ(parse_font_size("small"), 0.8125);
  EXPECT_EQ(parse_font_size("500px"), 3);  // kept to 3
  EXPECT_EQ(parse_font_size_attribute("5"), 1.5);
  EXPECT_EQ(parse_font_size_attribute("-1"), 0.8125);
  EXPECT_EQ(parse_font_size_attribute("+9"), 3);
}

TEST(HtmlStyles, StyleAttributeKeepsWhatItReadsAndNamesTheRest) {
  CssStyle css = parse_style(
      "color:#333; FONT-WEIGHT: 700;text-align:center ;float: right; margin:0; margin-top: 1px;"
      " font-size: huge; display:block");
  EXPECT_EQ(css.color, (model::Color{0.2, 0.2, 0.2}));
  EXPECT_EQ(css.bold, true);
  EXPECT_EQ(css.align, Align::Center);
  EXPECT_TRUE(css.float_right);
  EXPECT_EQ(css.scale, std::nullopt);
  EXPECT_EQ(css.ignored, (std::vector<std::string>{"margin", "margin-top", "display"}));
  EXPECT_EQ(css.bad_values, (std::vector<std::string>{"font-size: huge"}));
  EXPECT_FALSE(parse_style("float:left").float_right);
  EXPECT_EQ(parse_style("font-weight:normal").bold, false);
}

TEST(HtmlStyles, TextIndentIsReadInEms) {
  EXPECT_EQ(parse_style("text-indent: 2em").indent, 2);
  EXPECT_EQ(parse_text_indent("2rem"), 2);
  EXPECT_EQ(parse_text_indent("32px"), 2);
  EXPECT_EQ(parse_text_indent("24pt"), 2);
  EXPECT_EQ(parse_text_indent("0"), 0);
  for (const char* bad : {"-2em", "50%", "20em", "auto"}) {
    EXPECT_EQ(parse_text_indent(bad), std::nullopt) << bad;
  }
  EXPECT_EQ(parse_style("text-indent: -1em").bad_values,
            (std::vector<std::string>{"text-indent: -1em"}));
}

// A common Chinese template: <p style="text-indent:2em"> for a paragraph of prose (首行缩进).
TEST(Html, ParagraphsKeepTheirFirstLineIndent) {
  model::Document doc = parse(
      "# 韦晓东\n\n电话 1\n\n<p style=\"text-indent:2em\">负责协会每周的算法训练。</p>\n\n"
      "<div style=\"text-indent:1.5em\">\n<p>甲</p><p style=\"text-indent:0\">乙</p>\n</div>\n\n"
      "普通段落\n");
  EXPECT_EQ(block(doc, 0).first_indent, 2);
  EXPECT_EQ(block(doc, 1).first_indent, 1.5);  // inherited, as CSS does
  EXPECT_EQ(block(doc, 2).first_indent, 0);
  EXPECT_EQ(block(doc, 3).first_indent, 0);
  EXPECT_TRUE(doc.diagnostics.empty()) << messages(doc).front();
}

TEST(Html, InlineTagsStyleTheMarkdownTextBetweenThem) {
  model::Document doc = parse(
      "a <b>bold *both*</b> <i>it</i> <u>u</u> <del>d</del> x<sup>2</sup>H<sub>2</sub> "
      "<small>s</small> <code>c</code> <kbd>k</kbd> <font color=\"red\" size=\"5\">f</font> "
      "<span style=\"color:#00f;font-size:12px\">sp</span> <a href=\"https://x.org\">l</a>\n");
  const model::Inlines& in = block(doc, 0).inlines;
  EXPECT_EQ(model::plain_text(in), "a bold both it u d x2H2 s c k f sp l");
  auto span = [&](const std::string& text) {
    for (const model::Span& s : in)
      if (s.text == text) return s;
    ADD_FAILURE() << "no span " << text;
    return model::Span{};
  };
  EXPECT_TRUE(span("bold ").bold);
  EXPECT_TRUE(span("both").bold && span("both").italic);
  EXPECT_TRUE(span("it").italic);
  EXPECT_TRUE(span("u").underline);
  EXPECT_TRUE(span("d").strike);
  EXPECT_EQ(span("2").shift, model::Shift::Super);
  EXPECT_EQ(
      in[std::find_if(in.begin(), in.end(), [](auto& s) { return s.text == "H"; }) - in.begin() + 1]
          .shift,
      model::Shift::Sub);
  EXPECT_DOUBLE_EQ(span("s").scale, 1 / 1.2);
  EXPECT_TRUE(span("c").code);
  EXPECT_TRUE(span("k").code);
  EXPECT_EQ(span("f").color, (model::Color{1, 0, 0}));
  EXPECT_DOUBLE_EQ(span("f").scale, 1.5);
  EXPECT_EQ(span("sp").color, (model::Color{0, 0, 1}));
  EXPECT_DOUBLE_EQ(span("sp").scale, 0.75);
  EXPECT_EQ(span("l").link, "https://x.org");
  EXPECT_FALSE(span(" ").bold);  // styles end at their end tags
  EXPECT_TRUE(doc.diagnostics.empty()) << messages(doc).front();
}

TEST(Html, InlineBreaksImagesAndUnclosedTags) {
  model::Document doc = parse(
      "## 联系\n\n电话<br>邮箱<br/>主页 <img src=\"gh.svg\" width=\"18px\" alt=\"GitHub\"> "
      "<b>粗\n\n下一段\n");
  const model::Block& p = block(doc, 1);
  ASSERT_EQ(texts(p.inlines),
            (std::vector<std::string>{"电话", "\n", "邮箱", "\n", "主页 ", "GitHub", " ", "粗"}));
  ASSERT_TRUE(p.inlines[5].image);
  EXPECT_EQ(p.inlines[5].image->src, "gh.svg");
  EXPECT_EQ(p.inlines[5].image->width, (Length{18, Length::Unit::Px}));
  EXPECT_EQ(p.inlines[5].image->pos.line, 3);
  EXPECT_TRUE(p.inlines[7].bold);
  EXPECT_FALSE(block(doc, 2).inlines.at(0).bold);  // an unclosed tag ends with its paragraph
  EXPECT_EQ(messages(doc),
            (std::vector<std::string>{"3: HTML <b> is not closed: it ends with its paragraph"}));
}

TEST(Html, FloatRightSpanIsSetFlushRight) {
  model::Document doc = parse(
      "# 张三\n\n电话 1\n\n<span style=\"float:left\">北京大学</span><span "
      "style=\"float:right\">2016–2020</span>\n\n"
      "<p><b>字节跳动</b><span style=\"float: right\">2020.7 – 至今</span></p>\n");
  EXPECT_EQ(texts(block(doc, 0).inlines), std::vector<std::string>{"北京大学"});
  EXPECT_EQ(texts(block(doc, 0).right), std::vector<std::string>{"2016–2020"});
  EXPECT_EQ(texts(block(doc, 1).inlines), std::vector<std::string>{"字节跳动"});
  EXPECT_TRUE(block(doc, 1).inlines[0].bold);
  EXPECT_EQ(texts(block(doc, 1).right), std::vector<std::string>{"2020.7 – 至今"});
  EXPECT_TRUE(doc.diagnostics.empty()) << messages(doc).front();
  model::Document heading =
      parse("# 张三\n\n电话 1\n\n### 美团 <span style=\"float:right\">见 https://x.cn</span>\n");
  EXPECT_EQ(texts(block(heading, 0).inlines), std::vector<std::string>{"美团 "});
  EXPECT_EQ(texts(block(heading, 0).right), (std::vector<std::string>{"见 ", "https://x.cn"}));
  EXPECT_EQ(block(heading, 0).right[1].link, "https://x.cn");
}

TEST(Html, ClassesTemplatesFloatRightAreSetFlushRight) {
  // vuepress-theme-resume's `class="right"`, and Bootstrap's and Tachyons' names for it.
  model::Document doc = parse(
      "# 张三\n\n电话 1\n\n## 教育经历\n\n"
      "### 硕士 中山大学<span class=\"role\">&nbsp;</span><span class=\"right\">2022.09 - "
      "2025.06</span>\n\n"
      "<p>本科 中南大学<span class=\"text-muted pull-right\">2014.09 - 2018.06</span></p>\n\n"
      "<p>中学<span class=\"FR\">2011</span><span class=\"rightmost\">！</span></p>\n");
  EXPECT_EQ(model::plain_text(block(doc, 1).inlines), "硕士 中山大学\u00a0");
  EXPECT_EQ(model::plain_text(block(doc, 1).right), "2022.09 - 2025.06");
  EXPECT_EQ(model::plain_text(block(doc, 2).right), "2014.09 - 2018.06");
  EXPECT_EQ(model::plain_text(block(doc, 3).right), "2011");
  EXPECT_EQ(model::plain_text(block(doc, 3).inlines), "中学！");  // "rightmost" is no such class
  EXPECT_TRUE(class_floats_right("float-end"));
  EXPECT_FALSE(class_floats_right("role"));
  EXPECT_FALSE(class_floats_right(""));
}

TEST(Html, EachLineKeepsItsOwnFloatRightDates) {
  // One paragraph of lines, each with its school floated left and its dates right.
  model::Document doc = parse(
      "# 张三\n\n电话 1\n\n## 教育经历\n\n"
      "<span style=\"float:left\"><b>浙江工业大学</b></span><span "
      "style=\"float:right\">2018–2021</span><br>\n研究方向：分布式存储。<br>\n"
      "<span style=\"float:left\"><b>宁波大学</b></span><span "
      "style=\"float:right\">2014–2018</span><br>\n主修课程：数据结构。\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(model::plain_text(block(doc, 1).right), "2018–2021");
  EXPECT_EQ(model::plain_text(block(doc, 1).inlines), "浙江工业大学\n研究方向：分布式存储。");
  EXPECT_EQ(model::plain_text(block(doc, 2).right), "2014–2018");
  EXPECT_EQ(model::plain_text(block(doc, 2).inlines), "宁波大学\n主修课程：数据结构。");
}

TEST(Html, CenteredHeaderAcrossBlocksAlignsTheMarkdownBetween) {
  model::Document doc = parse(
      "<div align=\"center\">\n\n# 张三\n\n电话：138-0000-0000\n\n</div>\n\n## 教育背景\n\n正文\n");
  EXPECT_EQ(model::plain_text(doc.name), "张三");
  EXPECT_EQ(doc.meta.title, "张三");
  ASSERT_EQ(doc.contact.size(), 1u);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(block(doc, 0).align, std::nullopt);  // closed before the section
  EXPECT_EQ(block(doc, 1).align, std::nullopt);
  model::Document centred = parse(
      "# 张三\n\n电话 1\n\n<center>\n\n## 一\n\n段落\n\n<div "
      "style=\"text-align:right\">\n\n右\n\n</div>\n\n"
      "又居中\n\n</center>\n\n左\n");
  EXPECT_EQ(kinds(centred.blocks),
            (std::vector<BlockKind>{BlockKind::Heading, BlockKind::Paragraph, BlockKind::Paragraph,
                                    BlockKind::Paragraph, BlockKind::Paragraph}));
  EXPECT_EQ(block(centred, 0).align, Align::Center);
  EXPECT_EQ(block(centred, 1).align, Align::Center);
  EXPECT_EQ(block(centred, 2).align, Align::Right);
  EXPECT_EQ(block(centred, 3).align, Align::Center);
  EXPECT_EQ(block(centred, 4).align, std::nullopt);
  EXPECT_TRUE(centred.diagnostics.empty()) << messages(centred).front();
}

TEST(Html, HeaderWrittenWholeInHtml) {
  model::Document doc = parse(
      "<div align=\"center\">\n  <h1>李四</h1>\n  <p>电话：138 | 邮箱：<a "
      "href=\"mailto:l@x.cn\">l@x.cn</a></p>\n</div>\n\n## 经历\n");
  EXPECT_EQ(model::plain_text(doc.name), "李四");
  ASSERT_EQ(doc.contact.size(), 1u);
  EXPECT_EQ(model::plain_text(doc.contact[0]), "电话：138 | 邮箱：l@x.cn");
  EXPECT_EQ(doc.contact[0].back().link, "mailto:l@x.cn");
  EXPECT_EQ(texts(block(doc, 0).inlines), std::vector<std::string>{"经历"});
}

TEST(Html, AListItemsLabelIsPartedFromTheLatinWordAfterIt) {
  // vuepress-theme-resume's contact list: the template's style sheet spaces each label.
  model::Document doc = parse(
      "# 邵明哲\n\n<ul>\n<li><span>电话</span>186 2013 4475</li>\n"
      "<li><span><img src=\"x.svg\" alt=\"\">GitHub</span><a "
      "href=\"https://github.com/shao\">github.com/shao</a></li>\n"
      "<li><b>Email:</b>s@x.cn</li>\n<li><span>QQ</span> 1223</li>\n"
      "<li><b>C</b>++ and <b>Go</b>lang</li>\n<li><span>QQ</span><p>1223</p></li>\n</ul>\n");
  std::vector<std::string> items;
  for (const model::ListItem& item : block(doc, 0).items)
    items.push_back(model::plain_text(item.blocks.at(0).inlines));
  EXPECT_EQ(items, (std::vector<std::string>{"电话186 2013 4475", "GitHub github.com/shao",
                                             "Email: s@x.cn", "QQ 1223", "C++ and Golang", "QQ"}));
  EXPECT_EQ(model::plain_text(block(doc, 0).items[5].blocks.at(1).inlines), "1223");
}

TEST(Html, BlockElementsBecomeBlocks) {
  model::Document doc = parse(
      "<h2 align=\"center\">技能</h2>\n<ul>\n  <li>C++ <b>20</b></li>\n  <li>Go\n    "
      "<ol start=\"3\"><li>gin</li></ol>\n  </li>\n</ul>\n<hr>\n<blockquote><p>引</p><p>文</p>"
      "</blockquote>\n<pre>int main() {\n\treturn 0;\n}</pre>\n<p align=\"right\">右</p>\n"
      "<details><summary>更多</summary>内容</details>\n");
  ASSERT_EQ(kinds(doc.blocks),
            (std::vector<BlockKind>{BlockKind::Heading, BlockKind::List, BlockKind::Rule,
                                    BlockKind::Quote, BlockKind::Code, BlockKind::Paragraph,
                                    BlockKind::Paragraph, BlockKind::Paragraph}));
  EXPECT_EQ(block(doc, 0).level, 2);
  EXPECT_EQ(block(doc, 0).align, Align::Center);
  const model::Block& list = block(doc, 1);
  ASSERT_EQ(list.items.size(), 2u);
  EXPECT_EQ(texts(list.items[0].blocks.at(0).inlines), (std::vector<std::string>{"C++ ", "20"}));
  EXPECT_TRUE(list.items[0].blocks[0].inlines[1].bold);
  ASSERT_EQ(list.items[1].blocks.size(), 2u);
  EXPECT_EQ(list.items[1].blocks[1].kind, BlockKind::List);
  EXPECT_TRUE(list.items[1].blocks[1].ordered);
  EXPECT_EQ(list.items[1].blocks[1].start, 3);
  EXPECT_EQ(kinds(block(doc, 3).children),
            (std::vector<BlockKind>{BlockKind::Paragraph, BlockKind::Paragraph}));
  EXPECT_EQ(texts(block(doc, 4).inlines),
            (std::vector<std::string>{"int main() {", "\n", "    return 0;", "\n", "}"}));
  EXPECT_TRUE(block(doc, 4).inlines[0].code);
  EXPECT_EQ(block(doc, 5).align, Align::Right);
  EXPECT_EQ(model::plain_text(block(doc, 6).inlines), "更多");
  EXPECT_EQ(model::plain_text(block(doc, 7).inlines), "内容");
  EXPECT_EQ(block(doc, 7).pos.line, 14);
  EXPECT_TRUE(doc.diagnostics.empty()) << messages(doc).front();
}

TEST(Html, TableWithSpansAlignmentAndWidths) {
  model::Document doc = parse(
      "## 基本信息\n\n<table width=\"100%\">\n<thead><tr><th "
      "colspan=\"2\">基本信息</th></tr></thead>\n"
      "<tr align=\"center\"><td width=\"80\">姓名</td><td>张三</td>"
      "<td rowspan=\"2\" align=\"right\"><img src=\"me.jpg\" width=\"100\"></td></tr>\n"
      "<tr><td>电话</td><td>138<br>0000</td></tr>\n</table>\n");
  const model::Block& b = block(doc, 1);
  ASSERT_EQ(b.kind, BlockKind::Table);
  EXPECT_EQ(b.pos.line, 3);
  const model::Table& t = *b.table;
  EXPECT_EQ(t.width, (Length{100, Length::Unit::Percent}));
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].cells.at(0).colspan, 2);
  EXPECT_TRUE(t.rows[0].cells[0].header);
  const auto& row = t.rows[1].cells;
  ASSERT_EQ(row.size(), 3u);
  EXPECT_EQ(row[0].align, Align::Center);  // from the row
  EXPECT_EQ(row[0].width, (Length{80, Length::Unit::Px}));
  EXPECT_EQ(row[2].rowspan, 2);
  EXPECT_EQ(row[2].align, Align::Right);
  ASSERT_EQ(row[2].inlines.size(), 1u);
  EXPECT_EQ(row[2].inlines[0].image->src, "me.jpg");
  EXPECT_EQ(texts(t.rows[2].cells.at(1).inlines), (std::vector<std::string>{"138", "\n", "0000"}));
}

TEST(Html, TableSplitByBlankLinesIsOneTable) {
  model::Document doc = parse(
      "# 张三\n\n电话 1\n\n## "
      "信息\n\n<table>\n<tr>\n<td>姓名</td>\n\n<td>张三</td>\n</tr>\n\n<tr><td>年龄</td>"
      "<td>28</td></tr>\n</table>\n\n后文\n");
  ASSERT_EQ(kinds(doc.blocks),
            (std::vector<BlockKind>{BlockKind::Heading, BlockKind::Table, BlockKind::Paragraph}));
  const model::Table& t = *block(doc, 1).table;
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(model::plain_text(t.rows[0].cells.at(1).inlines), "张三");
  EXPECT_EQ(model::plain_text(t.rows[1].cells.at(1).inlines), "28");
  EXPECT_EQ(t.header_rows, 0);
}

// md4c 0.4.8 starts no HTML block at <thead> (nor at <colgroup>): after a blank line, a
// `<thead><tr>…` line came as a paragraph of inline tags and cut the table in two.
TEST(Html, TableHeadAfterABlankLineStaysInItsTable) {
  model::Document doc = parse(
      "# 张三\n\n电话 1\n\n## 信息\n\n<table>\n\n<thead><tr><th>项目</th><th>内容</th></tr>"
      "</thead>\n<tr><td>姓名</td><td>张三</td></tr>\n\n</table>\n\n后文 **加粗**\n");
  ASSERT_EQ(kinds(doc.blocks),
            (std::vector<BlockKind>{BlockKind::Heading, BlockKind::Table, BlockKind::Paragraph}));
  const model::Table& t = *block(doc, 1).table;
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_TRUE(t.rows[0].cells.at(0).header);
  EXPECT_EQ(model::plain_text(t.rows[0].cells.at(1).inlines), "内容");
  EXPECT_EQ(model::plain_text(t.rows[1].cells.at(1).inlines), "张三");
  EXPECT_EQ(block(doc, 1).pos.line, 7);
  EXPECT_EQ(block(doc, 2).pos.line, 14);
  EXPECT_TRUE(messages(doc).empty()) << messages(doc).front();
}

// Past a table left open, a paragraph that opens with an inline tag is still a paragraph,
// after the table.
TEST(Html, AParagraphOpeningWithATagAfterAnOpenTableStaysAParagraph) {
  model::Document doc =
      parse("# 张三\n\n电话 1\n\n## 信息\n\n<table><tr><td>姓名</td></tr>\n\n<b>粗</b> 正文\n");
  EXPECT_EQ(block(doc, 1).kind, BlockKind::Table);
  EXPECT_EQ(block(doc, 2).kind, BlockKind::Paragraph);
  EXPECT_EQ(model::plain_text(block(doc, 2).inlines), "粗 正文");
  EXPECT_TRUE(block(doc, 2).inlines.at(0).bold);
}

TEST(Html, AThousandColumnsAreCutWithALocatedWarning) {
  std::string row;
  for (int i = 0; i < 1000; ++i) row += "<td>" + std::to_string(i) + "</td>";
  model::Document doc =
      parse("# 张三\n\n电话 1\n\n## 表\n\n<table>\n<tr>" + row + "</tr>\n</table>\n");
  EXPECT_EQ(block(doc, 1).table->rows.at(0).cells.size(), 24u);
  EXPECT_EQ(messages(doc), (std::vector<std::string>{
                               "8: a table row of 1000 cells is cut to its first 24 (24 columns "
                               "at most)"}));
}

TEST(Html, ImageAloneIsAnImageBlock) {
  model::Document doc = parse(
      "# 张三\n\n电话 1\n\n## 照片\n\n<img src=\"photo.jpg\" width=\"30mm\" height=\"120\" "
      "align=\"right\" "
      "alt=\"照片\">\n\n<p align=center><img src=\"a.png\"> 图注</p>\n");
  const model::Block& image = block(doc, 1);
  ASSERT_EQ(image.kind, BlockKind::Image);
  ASSERT_TRUE(image.image);
  EXPECT_EQ(image.image->src, "photo.jpg");
  EXPECT_EQ(image.image->alt, "照片");
  EXPECT_EQ(image.image->width, (Length{30, Length::Unit::Mm}));
  EXPECT_EQ(image.image->height, (Length{120, Length::Unit::Px}));
  EXPECT_EQ(image.image->align, Align::Right);
  EXPECT_EQ(image.image->pos.line, 7);
  EXPECT_EQ(block(doc, 2).kind, BlockKind::Paragraph);  // with text, the image is inline
  EXPECT_TRUE(block(doc, 2).inlines.at(0).image);
}

TEST(Html, CssSizesImagesAndTablesButNothingElse) {
  model::Document doc = parse(
      "# 张三\n\n电话 1\n\n## 照片\n\n<img src=\"me.jpg\" width=\"200\" style=\"width: 30mm; "
      "float: right; "
      "border-radius: 50%\">\n\n"
      "<table style=\"width:80%\"><tr><td style=\"width:25%\">键</td></tr></table>\n\n"
      "<p style=\"width:50%\">段</p>\n");
  const model::Image& image = *block(doc, 1).image;
  EXPECT_EQ(image.width, (Length{30, Length::Unit::Mm}));  // CSS wins, as in a browser
  EXPECT_EQ(image.align, Align::Right);
  const model::Table& table = *block(doc, 2).table;
  EXPECT_EQ(table.width, (Length{80, Length::Unit::Percent}));
  EXPECT_EQ(table.rows.at(0).cells.at(0).width, (Length{25, Length::Unit::Percent}));
  EXPECT_EQ(messages(doc),
            (std::vector<std::string>{
                "7: CSS property 'border-radius' is ignored: jianli reads color, "
                "font-size, font-weight, text-align, text-indent, float, and an image's "
                "or table's width and height",
                "11: CSS property 'width' is ignored: jianli reads color, font-size, "
                "font-weight, text-align, text-indent, float, and an image's or table's "
                "width and height"}));
}

TEST(Html, CommentsDropAndPageBreaksStay) {
  model::Document doc = parse(
      "甲 <!-- 注释 --> 乙\n\n<!-- 块注释\n多行 -->\n\n<!-- pagebreak -->\n\n<p>丙<!-- x "
      "--></p>\n");
  ASSERT_EQ(kinds(doc.blocks), (std::vector<BlockKind>{BlockKind::Paragraph, BlockKind::PageBreak,
                                                       BlockKind::Paragraph}));
  EXPECT_EQ(model::plain_text(block(doc, 0).inlines), "甲  乙");
  EXPECT_EQ(block(doc, 1).pos.line, 6);
  EXPECT_EQ(model::plain_text(block(doc, 2).inlines), "丙");
  // Inside a larger HTML block too.
  model::Document inside = parse("<div>一</div>\n<!-- Page-Break -->\n<div>二</div>\n");
  ASSERT_EQ(
      kinds(inside.blocks),
      (std::vector<BlockKind>{BlockKind::Paragraph, BlockKind::PageBreak, BlockKind::Paragraph}));
  EXPECT_EQ(block(inside, 1).pos.line, 2);
}

TEST(Html, UnknownElementsAndPropertiesWarnOncePerName) {
  model::Document doc = parse(
      "<foo>一</foo> <foo>二</foo> <span style=\"margin:0;color:nope\">三</span>\n\n"
      "<div><bar>四</bar><span style=\"margin:1px\">五</span><script>alert(1)</script></div>\n");
  EXPECT_EQ(model::plain_text(block(doc, 0).inlines), "一 二 三");
  EXPECT_EQ(model::plain_text(block(doc, 1).inlines), "四五");
  EXPECT_EQ(messages(doc),
            (std::vector<std::string>{
                "1: HTML element <foo> is not known; its text is shown without it",
                "1: CSS property 'margin' is ignored: jianli reads color, font-size, font-weight, "
                "text-align, text-indent, float, and an image's or table's width and height",
                "1: CSS 'color: nope' is not understood and is ignored",
                "3: HTML element <bar> is not known; its text is shown without it",
                "3: HTML <script> is not shown, nor anything inside it"}));
}

TEST(Html, UnclosedTagsInABlockAreToldAndEndWithIt) {
  model::Document doc = parse("<div>\n<b>粗\n<i>斜</div>\n\n正常\n");
  EXPECT_EQ(texts(block(doc, 0).inlines), (std::vector<std::string>{"粗", "斜"}));
  EXPECT_TRUE(block(doc, 0).inlines[1].bold && block(doc, 0).inlines[1].italic);
  EXPECT_FALSE(block(doc, 1).inlines[0].bold);
  EXPECT_EQ(messages(doc),
            (std::vector<std::string>{"2: HTML <b> is not closed: it ends where its block does",
                                      "3: HTML <i> is not closed: it ends where its block does"}));
  // Indented HTML with a line of spaces in it: the blank line ends the HTML block, and the
  // end tag after it closes nothing.
  model::Document split = parse("<h1>\n  <span>张三</span>\n  \n</h1>\n\n正文\n");
  EXPECT_EQ(model::plain_text(split.name), "张三");
  EXPECT_EQ(messages(split),
            (std::vector<std::string>{
                "1: HTML <h1> is not closed when its HTML block ends, at line 2: a blank line "
                "ends an HTML block in Markdown; take the blank line out, or close <h1> before "
                "it"}));
  model::Document open = parse("<div align=center>\n\n正文\n");
  EXPECT_EQ(block(open, 0).align, Align::Center);
  EXPECT_EQ(messages(open),
            (std::vector<std::string>{"1: HTML <div> is never closed: it runs to the end"}));
}

TEST(Html, LinksInHtmlPassTheSameSchemeCheck) {
  model::Document doc = parse(
      "<a href=\"javascript:alert(1)\">坏</a> <a href=\"www.x.org\">好</a>\n\n"
      "<p><a href=\"file:///etc/passwd\">文件</a></p>\n");
  EXPECT_EQ(block(doc, 0).inlines.at(0).link, "");
  EXPECT_EQ(block(doc, 0).inlines.back().link, "http://www.x.org");
  EXPECT_EQ(block(doc, 1).inlines.at(0).link, "");
  // An address inside an HTML link leads where the link does.
  model::Document inside = parse("<a href=\"https://a.cn\">见 www.b.cn</a>\n");
  EXPECT_EQ(block(inside, 0).inlines.size(), 1u);
  EXPECT_EQ(block(inside, 0).inlines.at(0).link, "https://a.cn");
  EXPECT_EQ(messages(doc),
            (std::vector<std::string>{
                "1: the link to 'javascript:alert(1)' is shown as text only: a PDF keeps http, "
                "https, mailto and tel links",
                "3: the link to 'file:///etc/passwd' is shown as text only: a PDF keeps http, "
                "https, mailto and tel links"}));
}

TEST(Html, NestingTenThousandDeepIsCappedQuickly) {
  for (const std::string tag : {"div", "b", "ul", "blockquote", "table", "span"}) {
    std::string html;
    for (int i = 0; i < 10000; ++i) html += "<" + tag + ">";
    html += "深";
    auto start = std::chrono::steady_clock::now();
    model::Document doc = parse("## 深\n\n" + html + "\n\n<b>" + html + "</b>\n");
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 1.0) << tag;  // 40,000 <div>s took gumbo 4 s uncapped
    ASSERT_FALSE(doc.diagnostics.empty()) << tag;
    EXPECT_EQ(doc.diagnostics.all()[0].message,
              "HTML nested more than 100 elements deep: the deeper tags are ignored, their text "
              "kept")
        << tag;
    EXPECT_EQ(doc.diagnostics.all()[0].line, 3) << tag;
  }
}

TEST(Html, ThousandsOfUnclosedBlocksStayLinear) {
  std::string md = "# 张三\n\n电话 1\n\n## 段\n\n";
  for (int i = 0; i < 20000; ++i) md += "<div align=right>\n\n<b>\n\n";
  auto start = std::chrono::steady_clock::now();
  model::Document doc = parse(md + "末\n");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // About 1 s on a busy machine; 12,000 blocks took 3 s, growing with the square, when
  // each notice was compared with all before it.
  EXPECT_LT(seconds, 5.0);
  EXPECT_EQ(doc.blocks.back().align, Align::Right);
  // A notice for each unclosed <b>, one for the divisions past 100 deep, and one for each
  // of the 100 left open at the end.
  EXPECT_EQ(doc.diagnostics.all().size(), 20000u + 1 + 100);
}

}  // namespace
}  // namespace jianli::parse
