// A résumé written the way most Chinese Markdown résumés are, with an HTML header, an
// HTML table for 基本信息 and inline tags, renders with no tag or entity in the PDF.
#include <gtest/gtest.h>

#include <regex>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

class HtmlTest : public ScratchDirTest {};

const std::string kHtmlResume = R"(<div align="center">

# 张三

<b>电话</b>：138-0000-0000&emsp;|&emsp;<b>邮箱</b>：<a href="mailto:z@x.cn">z@x.cn</a>

</div>

## 基本信息

<table>
  <tr><td><b>性别</b></td><td>男</td><td><b>年龄</b></td><td>28</td></tr>
  <tr><td><b>学历</b></td><td>硕士</td><td><b>城市</b></td><td>北京</td></tr>
</table>

## 教育背景

<span style="float:left"><b>北京大学</b>&nbsp;计算机科学</span><span style="float:right">2016.09&ndash;2019.06</span>

## 技能

- 熟悉 <font color="#c00">C++</font>、<code>Go</code>，了解 H<sub>2</sub>O 与 x<sup>2</sup><br>以及 <small>更多</small>
- <strike>旧技能</strike> <u>重点</u> <foo>未知</foo>

<h2>项目经历</h2>
<p>负责推理框架&hellip;&#x4E2D;&#20013;</p>
)";

TEST_F(HtmlTest, NoTagOrEntityReachesThePdfTitleOrBookmarks) {
  std::string md = write("r.md", kHtmlResume);
  SplitResult r = run_split(jianli() + " " + md + " -o " + path("out.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  // Only the unknown element is worth a warning.
  EXPECT_EQ(r.err, md + ":23: warning: HTML element <foo> is not known; its text is shown "
                        "without it\n");
  std::string text = run("pdftotext -enc UTF-8 " + path("out.pdf") + " -").out;
  EXPECT_TRUE(text.starts_with("张三\n")) << text;
  for (const char* gone : {"<", ">", "&", "div", "span", "font", "table", "emsp", "nbsp"})
    EXPECT_EQ(text.find(gone), std::string::npos) << gone << " in:\n" << text;
  for (const char* kept : {"138-0000-0000", "男", "硕士", "北京大学", "2016.09–2019.06", "旧技能",
                           "未知", "项目经历", "负责推理框架…中中"})
    EXPECT_NE(text.find(kept), std::string::npos) << kept << " not in:\n" << text;
  EXPECT_NE(run("pdfinfo " + path("out.pdf")).out.find("Title:           张三"), std::string::npos);
  Result outline =
      run("/usr/bin/python3 -c \"import pypdf,sys; r=pypdf.PdfReader(sys.argv[1]); "
          "print(chr(10).join(o.title for o in r.outline if not isinstance(o, list)))\" " +
          path("out.pdf"));
  EXPECT_EQ(outline.out, "基本信息\n教育背景\n技能\n项目经历\n");
}

TEST_F(HtmlTest, FloatRightDatesShareTheLineAtTheRightMargin) {
  std::string md = write("r.md", kHtmlResume);
  ASSERT_EQ(run(jianli() + " " + md + " -o " + path("out.pdf")).status, 0);
  std::string layout = run("pdftotext -layout -enc UTF-8 " + path("out.pdf") + " -").out;
  EXPECT_TRUE(std::regex_search(layout, std::regex("北京大学 计算机科学 {8,}2016\\.09–2019\\.06")))
      << layout;
}

}  // namespace
}  // namespace jianli::test
