// Where the name and the contact block come from, and how section headings are recognised.
#include <gtest/gtest.h>

#include "parse/section_roles.h"
#include "parse_helpers.h"

namespace jianli::parse {
namespace {

using model::SectionRole;
using testing::shipped_roles;

model::Document read(const std::string& source) {
  return read_document(source, "简历.md", shipped_roles());
}

std::string name_of(const model::Document& doc) { return model::plain_text(doc.name); }

std::vector<std::string> contact_lines(const model::Document& doc) {
  std::vector<std::string> out;
  for (const model::Inlines& line : doc.contact) out.push_back(model::plain_text(line));
  return out;
}

TEST(Name, ComesFromTheFirstLevelOneHeading) {
  model::Document doc = read("## 教育经历\n\n北大\n\n# 张三\n电话：138\n");
  EXPECT_EQ(name_of(doc), "张三");
  EXPECT_EQ(contact_lines(doc), (std::vector<std::string>{"电话：138"}));
}

TEST(Name, ALevelOneHeadingThatNamesASectionIsNotTheName) {
  model::Document doc = read("---\nname: 李四\n---\n# 教育背景\n\n北大\n\n# 工作经历\n");
  EXPECT_EQ(name_of(doc), "李四");
  EXPECT_EQ(doc.blocks.size(), 3u);  // both sections stay
}

TEST(Name, ComesFromAHeadingAtTheTopBeforeAnySection) {
  model::Document doc = read("## 王五\n\n- 电话：138\n- 邮箱：w@x.cn\n\n## 专业技能\n\nC++\n");
  EXPECT_EQ(name_of(doc), "王五");
  EXPECT_EQ(contact_lines(doc), (std::vector<std::string>{"电话：138", "邮箱：w@x.cn"}));
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].role, SectionRole::Skills);
  EXPECT_EQ(doc.meta.title, "王五");
}

TEST(Name, IsNeverASectionHeadingAtTheTop) {
  model::Document doc = read("## 基本信息\n\n姓名：赵六\n\n## Education\n");
  EXPECT_EQ(name_of(doc), "");
  EXPECT_EQ(doc.blocks.size(), 3u);
}

TEST(Name, ComesFromTheFrontMatterNameThenAuthorThenTitle) {
  EXPECT_EQ(name_of(read("---\nname: Ada\nauthor: A. L.\n---\nSome text.\n")), "Ada");
  EXPECT_EQ(name_of(read("---\nauthor: A. L.\ntitle: CV\n---\nSome text.\n")), "A. L.");
  EXPECT_EQ(name_of(read("---\ntitle: CV\n---\nSome text.\n")), "CV");
}

TEST(Name, ABoldNameLineInTheBodyComesBeforeTheFrontMatterTitle) {
  // A Jekyll page's title names the page; the name the body sets in bold is the person's
  // (corpus 08 showed both in its header). The title stays the PDF's title.
  model::Document doc = read(
      "---\ntitle: Tomás Novák — CV\n---\n<p align=\"center\"><b><font size=\"5\">Tomás "
      "Novák</font></b><br>\n<small>Mobile engineer · Prague</small></p>\n\n## Experience\n");
  EXPECT_EQ(name_of(doc), "Tomás Novák");
  EXPECT_EQ(contact_lines(doc), (std::vector<std::string>{"Mobile engineer · Prague"}));
  EXPECT_EQ(doc.meta.title, "Tomás Novák — CV");
  // A front matter name or author still comes first.
  EXPECT_EQ(name_of(read("---\nauthor: T. N.\ntitle: CV\n---\n<b>Tomás</b><br>\nPrague\n")),
            "T. N.");
}

TEST(Contact, UnderAFrontMatterNameIsTheShortParagraphTheBodyOpensWith) {
  model::Document doc =
      read("---\nauthor: Daniel Okafor\n---\n📧 d@example.org · 📱 on request\n\n## Summary\n");
  EXPECT_EQ(contact_lines(doc), (std::vector<std::string>{"📧 d@example.org · 📱 on request"}));
  EXPECT_EQ(doc.blocks.size(), 1u);
  const std::string opening(130, 'w');
  doc = read("---\nauthor: Daniel Okafor\n---\n" + opening + "\n\n## Summary\n");
  EXPECT_TRUE(doc.contact.empty());  // a paragraph of text, not a contact line
  EXPECT_EQ(doc.blocks.size(), 2u);
}

// Corpus 15: the header's <div> holds the name and a tagline, and a bullet list of contact
// items follows it; a list of other short lines there is the résumé's text.
TEST(Contact, AListOfContactItemsUnderTheContactLinesIsContactToo) {
  const std::string header =
      "<div align=\"center\">\n  <h2>唐雨萱</h2>\n  "
      "<p>产品经理&emsp;·&emsp;五年经验</p>\n</div>\n\n";
  model::Document doc =
      read(header +
           "- 电话：177-5120-3398\n- 邮箱：t@example.cn\n- 所在地：南京\n\n## 个人优势\n\n好\n");
  EXPECT_EQ(name_of(doc), "唐雨萱");
  EXPECT_EQ(contact_lines(doc),
            (std::vector<std::string>{"产品经理\u2003·\u2003五年经验", "电话：177-5120-3398",
                                      "邮箱：t@example.cn", "所在地：南京"}));
  ASSERT_EQ(doc.contact_pos.size(), 4u);
  EXPECT_EQ(doc.contact_pos[1].line, 6);
  EXPECT_EQ(doc.contact_pos[3].line, 8);
  EXPECT_EQ(doc.blocks.front().kind, model::BlockKind::Heading);
  doc = read(header + "- 做过 SaaS 产品\n- 有数据意识\n\n## 工作经历\n");
  EXPECT_EQ(doc.contact.size(), 1u);
  EXPECT_EQ(doc.blocks.front().kind, model::BlockKind::List);
}

// A real résumé: the name, a tagline paragraph, then the phone and address as a paragraph of
// their own, and people who part each contact line by a blank line; a short paragraph with
// only a colon or a date after the contact is the résumé's text.
TEST(Contact, ParagraphsOfWaysToReachThePersonUnderTheContactLinesAreContactToo) {
  model::Document doc = read(
      "# 林明杰\n\n**林明杰** - 系统软件总监 | 10+ 年半导体经验\n\n"
      "(+86) 185-5008-6576 | linmingjie@foxmail.com\n\n[github.com/lmj](https://github.com/lmj)"
      "\n\n籍贯：广西贺州 | 政治面貌：群众\n\nWhat I do: build chips and the tools to test "
      "them.\n\n"
      "## 工作经历\n");
  EXPECT_EQ(contact_lines(doc),
            (std::vector<std::string>{"林明杰 - 系统软件总监 | 10+ 年半导体经验",
                                      "(+86) 185-5008-6576 | linmingjie@foxmail.com",
                                      "github.com/lmj", "籍贯：广西贺州 | 政治面貌：群众"}));
  ASSERT_EQ(doc.contact_pos.size(), 4u);
  EXPECT_EQ(doc.contact_pos[1].line, 5);
  EXPECT_EQ(doc.contact_pos[2].line, 7);
  EXPECT_EQ(model::plain_text(doc.blocks.front().inlines),
            "What I do: build chips and the tools to test them.");
  doc = read("# 邵明哲\n\n后端开发\n\n电话：186 2013 4475\n\n邮箱：s@example.cn\n\n## 教育\n");
  EXPECT_EQ(contact_lines(doc),
            (std::vector<std::string>{"后端开发", "电话：186 2013 4475", "邮箱：s@example.cn"}));
  for (const char* text :
       {"Since 2019-2024 at Acme.", "I write at [my blog](https://x.org) often."}) {
    doc = read("# Ada\n\nLondon\n\n" + std::string(text) + "\n\n## Work\n");
    EXPECT_EQ(contact_lines(doc), (std::vector<std::string>{"London"})) << text;
  }
}

// smt/resume's template (and its many forks): the name, a heading that names the job, then a
// list of contact items. A heading that names a section, or one over other text, stays.
TEST(Contact, AHeadingOverTheContactListUnderTheNameIsTheTagline) {
  model::Document doc = read(
      "# 蔡梦杰\n\n## 安卓开发工程师\n\n- 联系电话: +86 138-0000-0000\n"
      "- 电子邮箱: [b@qq.com](b@qq.com)\n\n## 自我描述\n\n我是一名安卓开发者。\n");
  EXPECT_EQ(contact_lines(doc),
            (std::vector<std::string>{"安卓开发工程师", "联系电话: +86 138-0000-0000",
                                      "电子邮箱: b@qq.com"}));
  ASSERT_EQ(doc.contact_pos.size(), 3u);
  EXPECT_EQ(doc.contact_pos[0].line, 3);
  EXPECT_EQ(doc.blocks.front().kind, model::BlockKind::Heading);
  EXPECT_EQ(model::plain_text(doc.blocks.front().inlines), "自我描述");
  for (const char* body : {"## 联系方式\n\n- 电话: 138-0000-0000\n- 邮箱: b@qq.com\n",
                           "## My work\n\n- Kotlin\n- Rust\n",
                           "## Open source\n\nSee [my GitHub](https://github.com/b).\n"}) {
    doc = read("# Ada\n\n" + std::string(body));
    EXPECT_EQ(doc.blocks.front().kind, model::BlockKind::Heading) << body;
  }
}

TEST(Name, ComesFromABoldOrLargeFirstLineAtTheTop) {
  // The common HTML header with no heading: the name in <b> or <font size>, then <br>s.
  model::Document doc = read(
      "<div align=\"center\">\n<font size=\"6\"><b>何静雯</b></font><br>\n"
      "<small>嵌入式软件工程师 · 深圳</small><br>\n电话 139-2688-0415\n</div>\n\n## 工作经历\n");
  EXPECT_EQ(name_of(doc), "何静雯");
  EXPECT_EQ(contact_lines(doc),
            (std::vector<std::string>{"嵌入式软件工程师 · 深圳", "电话 139-2688-0415"}));
  EXPECT_EQ(doc.meta.title, "何静雯");
  EXPECT_EQ(name_of(read("**Ada Lovelace**  \nLondon\n\n## Skills\n")), "Ada Lovelace");
  // A first line only partly bold is the opening text, not a name; so is a bold paragraph.
  EXPECT_EQ(name_of(read("**Ada** writes engines.\n\n## Skills\n")), "");
  EXPECT_EQ(name_of(read("**全部加粗的一段话**\n\n## Skills\n")), "");
}

TEST(Name, WithoutOneThePdfIsTitledByTheFileName) {
  model::Document doc = read("Some text.\n\n## Skills\n");
  EXPECT_EQ(name_of(doc), "");
  EXPECT_EQ(doc.meta.title, "简历");
  EXPECT_EQ(doc.meta.author, "");
}

TEST(Contact, ABulletListOfLongItemsIsNotContact) {
  model::Document doc = read(
      "# Ada\n\n- Led a team of eight engineers building the payments platform used by "
      "forty million customers across Asia\n\n## Work\n");
  EXPECT_TRUE(doc.contact.empty());
  EXPECT_EQ(doc.blocks.front().kind, model::BlockKind::List);
}

TEST(SectionRoles, HeadingsAreRecognisedWhateverSurroundsThem) {
  const SectionRoles& roles = shipped_roles();
  EXPECT_EQ(roles.role_of("教育经历"), SectionRole::Education);
  EXPECT_EQ(roles.role_of("🎓 一、教育背景："), SectionRole::Education);
  EXPECT_EQ(roles.role_of("2. TECHNICAL  SKILLS"), SectionRole::Skills);
  EXPECT_EQ(roles.role_of("技 能 专 长"), SectionRole::Skills);
  // ATS-style English headings from real résumés.
  EXPECT_EQ(roles.role_of("CORE TECHNICAL SKILLS"), SectionRole::Skills);
  EXPECT_EQ(roles.role_of("Competencies & Technical Skills"), SectionRole::Skills);
  EXPECT_EQ(roles.role_of("Skills & Expertise"), SectionRole::Skills);
  EXPECT_EQ(roles.role_of("Professional Experience & Key Projects"), SectionRole::Experience);
  EXPECT_EQ(roles.role_of("个人技能"), SectionRole::Skills);
  EXPECT_EQ(roles.role_of("Contact"), SectionRole::Contact);
  EXPECT_EQ(roles.role_of("语言能力"), SectionRole::Languages);
  EXPECT_EQ(roles.role_of("Honors & Awards"), SectionRole::Awards);
  EXPECT_EQ(roles.role_of("Honors & Prizes"), SectionRole::None);
  EXPECT_EQ(roles.role_of("荣誉奖项"), SectionRole::Awards);
  EXPECT_EQ(roles.role_of("Certifications"), SectionRole::Certificates);
  EXPECT_EQ(roles.role_of("兴趣爱好"), SectionRole::Interests);
  EXPECT_EQ(roles.role_of("北京大学"), SectionRole::None);
}

TEST(SectionRoles, TheTableHasFortyHeadingsAndMore) { EXPECT_GE(shipped_roles().size(), 40u); }

TEST(SectionRoles, AnUnknownRoleInTheTableIsALocatedError) {
  std::string path = ::testing::TempDir() + "/sections.yaml";
  std::ofstream(path) << "education: [教育]\nskill: [技能]\n";
  try {
    load_section_roles(path);
    FAIL() << "no error";
  } catch (const model::InputError& e) {
    EXPECT_EQ(e.pos().line, 2);
    EXPECT_NE(std::string(e.what()).find("did you mean 'skills'?"), std::string::npos);
  }
}

}  // namespace
}  // namespace jianli::parse
