// The tagged PDF (ISO 32000-1 §14.8) as an assistive technology or an applicant-tracking
// system reads it: tests/tools/structure_tree.py walks the structure tree with pypdf and
// prints each element with the text of its marked content.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <sstream>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

const std::string kSource = JIANLI_SOURCE_DIR;
const std::string kSeed = kSource + "/resume.md";

struct Element {
  int depth = 0;
  std::string type;
  std::string text;  // its own marked content's, or "alt=…" for a figure
};

class TaggedTest : public ScratchDirTest {
 protected:
  std::vector<Element> tree(const std::string& pdf) {
    Result r = run("/usr/bin/python3 " + kSource + "/tests/tools/structure_tree.py " + pdf);
    EXPECT_EQ(r.status, 0) << r.out;
    std::vector<Element> out;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
      size_t indent = line.find_first_not_of(' ');
      if (indent == std::string::npos) continue;
      size_t space = line.find(' ', indent);
      out.push_back({static_cast<int>(indent / 2), line.substr(indent, space - indent),
                     space == std::string::npos ? "" : line.substr(space + 1)});
    }
    return out;
  }
  std::vector<Element> render_tree(const std::string& source, const std::string& layout) {
    const std::string pdf = path(layout + ".pdf");
    SplitResult r = run_split(jianli() + " " + source + " -l " + layout + " -o " + pdf);
    EXPECT_EQ(r.status, 0) << r.err;
    return tree(pdf);
  }
  // The Figures of `markdown` rendered in classic, with a PNG badge and an SVG icon beside it.
  std::vector<Element> figures_of(const std::string& markdown) {
    for (const char* image : {"badge.png", "github.svg"})
      fs::copy_file(std::string(JIANLI_TEST_DATA) + "/images/" + image, dir_ / image);
    write("cv.md", markdown);
    std::vector<Element> figures;
    for (const Element& e : render_tree(path("cv.md"), "classic"))
      if (e.type == "Figure") figures.push_back(e);
    return figures;
  }
};

// The headings of a Markdown file, levels and text, in order; the first is the name (H1).
std::vector<std::pair<int, std::string>> source_headings(const std::string& markdown) {
  std::vector<std::pair<int, std::string>> out;
  std::istringstream lines(markdown);
  bool in_front_matter = false;
  for (std::string line; std::getline(lines, line);) {
    if (line == "---" && out.empty()) in_front_matter = !in_front_matter;
    if (in_front_matter) continue;
    std::smatch m;
    if (std::regex_match(line, m, std::regex("(#{1,6}) (.*)")))
      out.emplace_back(static_cast<int>(m[1].length()), m[2]);
  }
  return out;
}

int count_list_items(const std::string& markdown) {
  std::regex item(R"(^\s*([-*+]|\d+\.) )");
  int n = 0;
  std::istringstream lines(markdown);
  for (std::string line; std::getline(lines, line);) n += std::regex_search(line, item);
  return n;
}

std::vector<const Element*> of_type(const std::vector<Element>& tree, const std::regex& type) {
  std::vector<const Element*> out;
  for (const Element& e : tree)
    if (std::regex_match(e.type, type)) out.push_back(&e);
  return out;
}

// Pointers into a tree that is about to be destroyed would dangle: a temporary is refused.
std::vector<const Element*> of_type(std::vector<Element>&& tree, const std::regex& type) = delete;

class TaggedLayoutTest : public TaggedTest, public ::testing::WithParamInterface<const char*> {};

// Every heading of the résumé, at its level and in the résumé's order, in every layout: in
// the sidebar layout too, whose side column is drawn after the main one.
TEST_P(TaggedLayoutTest, TheTreeHasEveryHeadingAtItsLevelInSourceOrder) {
  for (const char* file : {"resume.md", "resume.en.md"}) {
    const std::string source = kSource + "/" + file;
    auto expected = source_headings(slurp(source));
    // The tree outlives the pointers of_type hands out (a temporary here would not).
    const std::vector<Element> tree = render_tree(source, GetParam());
    auto headings = of_type(tree, std::regex("H[1-6]"));
    ASSERT_EQ(headings.size(), expected.size()) << file;
    for (size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(headings[i]->type, "H" + std::to_string(expected[i].first))
          << file << ": " << expected[i].second;
      // An entry's dates move to the right margin; a plain heading reads as typed.
      if (!std::regex_search(expected[i].second, std::regex("[0-9]"))) {
        EXPECT_EQ(headings[i]->text, expected[i].second) << file;
      }
    }
  }
}

TEST_P(TaggedLayoutTest, EveryListItemHasItsLabelAndBody) {
  const std::string markdown = slurp(kSeed);
  std::vector<Element> elements = render_tree(kSeed, GetParam());
  int items = 0;
  for (size_t i = 0; i < elements.size(); ++i) {
    if (elements[i].type != "LI") continue;
    ++items;
    ASSERT_LT(i + 2, elements.size());
    EXPECT_EQ(elements[i + 1].type, "Lbl");
    EXPECT_NE(elements[i + 1].text, "");
    EXPECT_EQ(elements[i + 2].type, "LBody");
  }
  EXPECT_EQ(items, count_list_items(markdown));
}

INSTANTIATE_TEST_SUITE_P(Layouts, TaggedLayoutTest,
                         ::testing::Values("classic", "modern", "compact", "kai", "sidebar",
                                           "default"));

// The side column's sections come in the tree where the résumé has them: 教育背景 between
// 个人简介 and 工作背景, though it is drawn after the whole main column of its page.
TEST_F(TaggedTest, TheSidebarReadsInSourceOrder) {
  std::vector<Element> elements = render_tree(kSeed, "sidebar");
  std::vector<std::string> top;
  for (const Element& e : elements)
    if (e.depth == 1 && e.type == "H2") top.push_back(e.text);
  ASSERT_GE(top.size(), 3u);
  EXPECT_EQ(top[0], "个人简介");
  EXPECT_EQ(top[1], "教育背景");
  EXPECT_EQ(top[2], "工作背景");
}

// pdftotext -raw reads the content stream as drawn: one whole column, then the other, never
// a line of one between lines of the other.
TEST_F(TaggedTest, TheSidebarsColumnsAreDrawnOneAfterTheOther) {
  const std::string pdf = path("sidebar.pdf");
  ASSERT_EQ(run(jianli() + " " + kSeed + " -l sidebar -o " + pdf).status, 0);
  const std::string text = run("pdftotext -raw -f 1 -l 1 " + pdf + " -").out;
  std::vector<size_t> side, main;
  for (const char* s : {"1990年", "教育背景", "北京大学", "中国科学院大学", "郑州大学"})
    side.push_back(text.find(s));
  for (const char* s : {"钱玉磊", "个人简介", "工作背景", "文本大模型方向"})
    main.push_back(text.find(s));
  for (size_t at : side) ASSERT_NE(at, std::string::npos) << text;
  for (size_t at : main) ASSERT_NE(at, std::string::npos) << text;
  const size_t side_first = *std::min_element(side.begin(), side.end());
  const size_t side_last = *std::max_element(side.begin(), side.end());
  for (size_t at : main) EXPECT_TRUE(at < side_first || at > side_last) << text;
}

// Page numbers, rules and tints are artifacts: no element holds them.
TEST_F(TaggedTest, PageNumbersAreNotContent) {
  std::vector<Element> elements = render_tree(kSeed, "sidebar");  // "{page} / {pages}"
  for (const Element& e : elements)
    EXPECT_FALSE(std::regex_search(e.text, std::regex(R"(^\d+ / \d+$)"))) << e.type << e.text;
}

TEST_F(TaggedTest, TablesHaveRowsAndHeaderAndDataCells) {
  std::vector<Element> elements =
      render_tree(kSource + "/tests/data/resumes/en-tables.md", "classic");
  std::vector<std::string> education;  // the cells of the Education table, in order
  int rows = 0;
  bool in_education = false;
  for (const Element& e : elements) {
    if (e.type == "H2") in_education = e.text == "Education";
    if (in_education && (e.type == "TH" || e.type == "TD"))
      education.push_back(e.type + " " + e.text);
    if (in_education && e.type == "TR") ++rows;
  }
  const std::vector<std::string> expected = {"TH Years",
                                             "TH School",
                                             "TH Degree",
                                             "TH GPA",
                                             "TD 2012–2016",
                                             "TD University of Washington",
                                             "TD B.Sc. Computer Science",
                                             "TD 3.8",
                                             "TD 2016–2018",
                                             "TD Stanford University",
                                             "TD M.Sc. Computer Science",
                                             "TD 3.9"};
  EXPECT_EQ(education, expected);
  EXPECT_EQ(rows, 3);
  for (const Element* table : of_type(elements, std::regex("Table"))) EXPECT_EQ(table->depth, 1);
}

TEST_F(TaggedTest, ThePhotoIsAFigureWithItsAltText) {
  fs::copy_file(std::string(JIANLI_TEST_DATA) + "/images/photo.jpg", dir_ / "photo.jpg");
  write("cv.md",
        "# 张三\n\n![一寸照片](photo.jpg)\n\n电话：138-0000-0000\n\n## 教育背景\n\n清华大学\n");
  std::vector<Element> elements = render_tree(path("cv.md"), "classic");
  auto figures = of_type(elements, std::regex("Figure"));
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0]->text, "alt=一寸照片");
}

TEST_F(TaggedTest, AnImageInATableCellIsAFigureOfItsCellAndAnIconWithoutAltIsNot) {
  for (const char* image : {"badge.png", "github.svg"})
    fs::copy_file(std::string(JIANLI_TEST_DATA) + "/images/" + image, dir_ / image);
  write("cv.md",
        "# 张三\n\n## 技能\n\n| 技能 | 证书 |\n|---|---|\n| Python | ![PCEP 证书](badge.png) |\n"
        "| GitHub | <img src=\"github.svg\" width=\"16\"> 主页 |\n");
  std::vector<Element> elements = render_tree(path("cv.md"), "classic");
  auto figures = of_type(elements, std::regex("Figure"));
  ASSERT_EQ(figures.size(), 1u) << "the icon without alt text is an artifact";
  EXPECT_EQ(figures[0]->text, "alt=PCEP 证书");
  const Element* parent = nullptr;  // the element just above the figure in the tree
  for (const Element& e : elements) {
    if (&e == figures[0]) break;
    if (e.depth == figures[0]->depth - 1) parent = &e;
  }
  ASSERT_NE(parent, nullptr);
  EXPECT_EQ(parent->type, "TD");
  // Read in the table's order: the header row first, though the image is drawn before text.
  auto header = of_type(elements, std::regex("TH"));
  ASSERT_FALSE(header.empty());
  EXPECT_LT(header.front(), figures[0]) << "the header row reads before the figure's row";
}

// PDF/UA 7.18.5: each link annotation says where it leads in /Contents, one shared string a
// target however many lines the link spans.
TEST_F(TaggedTest, EveryLinkAnnotationSaysWhereItLeads) {
  std::string text;
  for (int i = 0; i < 12; ++i) text += "一段很长的说明文字，";
  write("cv.md", "# 张三\n\n## 项目\n\n见 [" + text + "](https://example.com/p?a=1&b=%E4) 。\n");
  render_tree(path("cv.md"), "classic");
  Result r =
      run("/usr/bin/python3 -c \"import pypdf,sys; r=pypdf.PdfReader(sys.argv[1]); "
          "a=[x.get_object() for p in r.pages for x in p.get('/Annots',[])]; "
          "print(len(a), len(set(x.raw_get('/Contents').idnum for x in a)), "
          "*set(str(x['/Contents']) == x['/A']['/URI'] for x in a))\" " +
          path("classic.pdf"));
  EXPECT_TRUE(std::regex_match(r.out, std::regex("[2-9] 1 True\n")))
      << r.out << "(annotations, distinct /Contents objects, each equal to its /URI): a link over "
      << "several lines, one /Contents equal to its URI";
}

// An icon in a line of text with no alt text is decoration: no Figure with an empty /Alt.
TEST_F(TaggedTest, AnInlineIconWithoutAltIsAnArtifactAndOneWithAltAFigure) {
  std::vector<Element> figures = figures_of(
      "# 张三\n\n<img src=\"github.svg\" width=\"14\"> github.com/zhangsan\n\n"
      "## 技能\n\nPython ![PCEP 证书](badge.png) 熟练。\n");
  ASSERT_EQ(figures.size(), 1u) << "the icon without alt text is an artifact";
  EXPECT_EQ(figures[0].text, "alt=PCEP 证书");
}

// A block image without alt text or title is decoration too (PDF/UA-1 7.3), and the user is
// told once, at the first, how to describe it; a title stands in for the alt text, and
// HTML's alt="" says "decoration" on purpose, without a warning.
TEST_F(TaggedTest, ABlockImageWithoutAltIsAnArtifactAndTheFirstIsWarnedOnce) {
  for (const char* image : {"badge.png", "github.svg"})
    fs::copy_file(std::string(JIANLI_TEST_DATA) + "/images/" + image, dir_ / image);
  write("cv.md",
        "# 张三\n\n## 技能\n\n<img src=\"github.svg\" width=\"48\" alt=\"\">\n\n"
        "![](badge.png)\n\n![](github.svg)\n\n![](badge.png \"PCEP 证书\")\n");
  const std::string pdf = path("out.pdf");
  SplitResult r = run_split(jianli() + " " + path("cv.md") + " -o " + pdf);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, path("cv.md") +
                       ":7:5: warning: image has no alt text; add ![description](file) or it is "
                       "treated as decoration\n");
  auto elements = tree(pdf);
  auto figures = of_type(elements, std::regex("Figure"));
  ASSERT_EQ(figures.size(), 1u) << "the images without alt text are artifacts";
  EXPECT_EQ(figures[0]->text, "alt=PCEP 证书");
}

TEST_F(TaggedTest, AnIconInALineOfTextIsDecorationWithNoWarning) {
  // Icons without alt text beside contact links are the usual case (corpus 07): no warning.
  fs::copy_file(std::string(JIANLI_TEST_DATA) + "/images/github.svg", dir_ / "github.svg");
  write("cv.md",
        "# 张三\n\n![](github.svg) github.com/zs\n\n## 技能\n\n"
        "会用 <img src=\"github.svg\" width=\"14\"> 写代码。\n");
  SplitResult r = run_split(jianli() + " " + path("cv.md") + " -o " + path("out.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  auto elements = tree(path("out.pdf"));
  EXPECT_TRUE(of_type(elements, std::regex("Figure")).empty());
}

TEST_F(TaggedTest, LinksAreElementsOfTheirParagraph) {
  std::vector<Element> elements = render_tree(kSeed, "classic");
  auto links = of_type(elements, std::regex("Link"));
  ASSERT_FALSE(links.empty());
  EXPECT_EQ(links[0]->text, "lang=en qianyulei@126.com");  // Latin in a Chinese résumé
  // Its annotation is in the tree too, and every annotation says which element it belongs to.
  Result r =
      run("/usr/bin/python3 -c \"import pypdf,sys; r=pypdf.PdfReader(sys.argv[1]); "
          "a=[x.get_object() for p in r.pages for x in p.get('/Annots',[])]; "
          "print(len(a), sum('/StructParent' in x for x in a))\" " +
          path("classic.pdf"));
  std::istringstream counts(r.out);
  int annotations = 0, with_parent = -1;
  counts >> annotations >> with_parent;
  EXPECT_GT(annotations, 0) << r.out;
  EXPECT_EQ(with_parent, annotations) << r.out;
}

// An English title in the Chinese résumé's 论文 reads as English; Chinese text does not.
TEST_F(TaggedTest, EnglishTextInAChineseResumeHasItsLanguage) {
  std::vector<Element> elements = render_tree(kSeed, "classic");
  int english = 0;
  for (const Element& e : elements) {
    if (e.text.find("lang=en") == 0) ++english;
    if (e.text.find("LongCat-Flash-Omni Technical Report") != std::string::npos) {
      EXPECT_EQ(e.text.find("lang=en"), 0u) << e.type << " " << e.text;
    }
    if (e.type == "H2") {
      EXPECT_EQ(e.text.find("lang="), std::string::npos) << e.text;
    }
  }
  EXPECT_GT(english, 0);
}

TEST_F(TaggedTest, TheCatalogSaysTheFileIsTaggedAndShowsItsTitle) {
  const std::string pdf = path("out.pdf");
  ASSERT_EQ(run(jianli() + " " + kSeed + " -o " + pdf).status, 0);
  Result check = run("qpdf --check " + pdf);
  EXPECT_EQ(check.status, 0) << check.out;
  EXPECT_NE(check.out.find("No syntax or stream encoding errors"), std::string::npos);
  Result r = run(
      "/usr/bin/python3 -c \"import pypdf,sys; c=pypdf.PdfReader(sys.argv[1]).trailer['/Root']; "
      "print(c['/MarkInfo']['/Marked'], c['/ViewerPreferences']['/DisplayDocTitle'], "
      "c['/Lang'], '/ParentTree' in c['/StructTreeRoot'])\" " +
      pdf);
  EXPECT_EQ(r.out, "True True zh-CN True\n");
}

}  // namespace
}  // namespace jianli::test
