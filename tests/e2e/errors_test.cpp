// Issue 5's catalogue, run through the built program the way a user meets it: every
// bad input gives one precise message on stderr and exit status 1 (2 for bad usage),
// leaves no file behind and keeps the previous PDF; awkward but valid input renders.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <regex>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {
namespace fs = std::filesystem;

class ErrorsTest : public ScratchDirTest {
 protected:
  // Renders `input` to `output` (default: out.pdf in the test's folder).
  SplitResult render(const std::string& input, const std::string& extra = "",
                     const std::string& output = "") {
    return run_split(jianli() + " " + input + " -o " + (output.empty() ? path("out.pdf") : output) +
                     " " + extra);
  }
  // Files other than the ones the test wrote: a temporary PDF left behind, say.
  std::vector<std::string> hidden_files() const {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(dir_)) {
      std::string name = entry.path().filename().string();
      if (name.starts_with(".")) found.push_back(name);
    }
    return found;
  }
  // An input error: status 1, the message on stderr only, no PDF, nothing left behind.
  void expect_input_error(const SplitResult& r, const std::string& message_start) {
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_TRUE(r.err.starts_with(message_start)) << "stderr:\n" << r.err;
    EXPECT_EQ(r.out, "") << "messages belong on stderr";
    EXPECT_FALSE(fs::exists(path("out.pdf")));
    EXPECT_EQ(hidden_files(), std::vector<std::string>{});
  }
};

const std::string kBody = "# 张三\n电话 123\n\n## 经历\n\n你好，world。\n";

// ---- the front matter -------------------------------------------------------------

TEST_F(ErrorsTest, MalformedFrontMatterNamesLineColumnAndShowsACaret) {
  std::string md = write("r.md", "---\ntitle: a: b\n---\n" + kBody);
  SplitResult r = render(md);
  expect_input_error(r, md + ":2:9: error: malformed front matter: illegal map value\n");
  EXPECT_NE(r.err.find("\n  title: a: b\n          ^"), std::string::npos) << r.err;
}

TEST_F(ErrorsTest, TabIndentedFrontMatterIsMalformedAtThatLine) {
  std::string md = write("r.md", "---\ntitle: 简历\n\tauthor: y\n---\n" + kBody);
  expect_input_error(render(md), md + ":3:1: error: malformed front matter: illegal tab");
}

TEST_F(ErrorsTest, UnclosedFrontMatterSaysHowToCloseIt) {
  std::string md = write("r.md", "---\ntitle: 简历\n" + kBody);
  SplitResult r = render(md);
  expect_input_error(r, md + ":1:1: error: the front matter is not closed: add a line '---'");
}

TEST_F(ErrorsTest, WrongTypeInFrontMatterSaysWhatWasExpected) {
  std::string md = write("r.md", "---\ntitle: {a: 1}\n---\n" + kBody);
  SplitResult r = render(md);
  expect_input_error(r, md + ":2:8: error: 'title' must be text, not a map\n");
  EXPECT_NE(r.err.find("\n  title: {a: 1}\n         ^"), std::string::npos) << r.err;

  md = write("r.md", "---\njianli: 3\n---\n" + kBody);
  expect_input_error(render(md), md + ":2:9: error: 'jianli' must hold settings");
}

TEST_F(ErrorsTest, UnknownFrontMatterSettingSuggestsTheNearest) {
  std::string md = write("r.md", "---\njianli:\n  layot: classic\n---\n" + kBody);
  SplitResult r = render(md);
  expect_input_error(
      r, md + ":3:3: error: unknown setting 'layot' under 'jianli'; did you mean 'layout'?\n");
  EXPECT_NE(r.err.find("\n    layot: classic\n    ^"), std::string::npos) << r.err;
}

TEST_F(ErrorsTest, UnknownLayoutInFrontMatterPointsAtItAndListsTheLayouts) {
  std::string md = write("r.md", "---\njianli:\n  layout: nosuch\n---\n" + kBody);
  SplitResult r = render(md);
  expect_input_error(r, md + ":3:11: error: unknown layout 'nosuch'; the layouts are: ");
  EXPECT_NE(r.err.find("classic"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("default"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\n    layout: nosuch\n            ^"), std::string::npos) << r.err;
}

TEST_F(ErrorsTest, APipeAsInputIsRefusedRatherThanWaitedOn) {
  std::string fifo = (dir_ / "p.md").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  SplitResult r = render(fifo);
  expect_input_error(r, fifo + ": error: is not a regular file");
}

TEST_F(ErrorsTest, UnknownLayoutOnTheCommandLineListsTheLayouts) {
  std::string md = write("r.md", kBody);
  SplitResult r = render(md, "--layout nosuch");
  expect_input_error(r, md + ": error: unknown layout 'nosuch'; the layouts are: classic");
}

// ---- layout files -----------------------------------------------------------------

TEST_F(ErrorsTest, MalformedLayoutNamesItsLineColumnAndShowsACaret) {
  std::string md = write("r.md", kBody);
  std::string yaml = write("l.yaml", "extends: classic\npaper: A4: x\n");
  SplitResult r = render(md, "--layout " + yaml);
  expect_input_error(r, yaml + ":2:10: error: malformed YAML: illegal map value\n");
  EXPECT_NE(r.err.find("\n  paper: A4: x\n           ^"), std::string::npos) << r.err;
}

TEST_F(ErrorsTest, WrongTypeInLayoutSaysWhatWasExpected) {
  std::string md = write("r.md", kBody);
  std::string yaml = write("l.yaml", "extends: classic\nstyles:\n  body: {size: big}\n");
  SplitResult r = render(md, "--layout " + yaml);
  expect_input_error(r, yaml + ":3:16: error: expected a number, got 'big'\n");
  EXPECT_NE(r.err.find("\n    body: {size: big}\n                 ^"), std::string::npos) << r.err;
}

TEST_F(ErrorsTest, UnknownLayoutKeySuggestsTheNearest) {
  std::string md = write("r.md", kBody);
  std::string yaml = write("l.yaml", "extends: classic\nlists: {indnt: 3pt}\n");
  SplitResult r = render(md, "--layout " + yaml);
  expect_input_error(r, yaml + ":2:9: error: unknown key 'indnt' in lists; did you mean 'indent'?");
}

TEST_F(ErrorsTest, ALayoutFileNamedInTheFrontMatterIsFoundBesideTheResume) {
  write("cv/mine.yaml", "extends: classic\naccent: \"#123456\"\n");
  std::string md = write("cv/r.md", "---\ntitle: t\njianli:\n  layout: mine.yaml\n---\n" + kBody);
  // Run from another folder: the path is the résumé's, not the working directory's.
  SplitResult r = run_split("cd / && " + jianli() + " " + md + " -o " + path("out.pdf"));
  EXPECT_EQ(r.status, 0) << r.err;
}

TEST_F(ErrorsTest, ALayoutThatIsNotYamlIsRefusedWithoutQuotingIt) {
  std::string md = write("r.md", "---\ntitle: t\njianli:\n  layout: /etc/passwd\n---\n" + kBody);
  SplitResult r = render(md);
  expect_input_error(r, md + ":4:11: error: a layout file must be YAML, named .yaml or .yml");
  EXPECT_EQ(r.err.find("root:"), std::string::npos) << r.err;  // nothing of the file's content
}

// Margins that leave no room would set one character a line, or text off the page.
TEST_F(ErrorsTest, MarginsThatLeaveNoRoomAreRefusedAtTheMarginThatTookIt) {
  std::string md = write("r.md", kBody);
  std::string yaml = write("l.yaml", "extends: classic\nmargins: {left: 300pt, right: 290pt}\n");
  expect_input_error(render(md, "--layout " + yaml),
                     yaml +
                         ":2:17: error: the paper and margins leave 5 pt across the page for "
                         "text; at least 105 pt is needed");
  std::string tall = write("t.md",
                           "---\ntitle: t\njianli:\n  margins: {top: 842pt, bottom: 0}\n"
                           "---\n" +
                               kBody);
  expect_input_error(render(tall), tall +
                                       ":4:18: error: the paper and margins leave 0 pt down "
                                       "the page for text; at least 84 pt is needed");
}

TEST_F(ErrorsTest, MissingFontNamesTheFamilyAndTheDebianPackage) {
  std::string md = write("r.md", kBody);
  // In fonts/packages.yaml, deliberately not installed on the build machines.
  std::string yaml =
      write("l.yaml", "extends: classic\nfonts:\n  chinese: [Droid Sans Fallback]\n");
  SplitResult r = render(md, "--layout " + yaml);
  EXPECT_EQ(r.status, 1);
  // At the line and column that name it, with the caret under the name.
  EXPECT_NE(r.err.find(yaml + ":3:13: error: font family \"Droid Sans Fallback\" is not installed"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("apt-get install fonts-droid-fallback"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\n    chinese: [Droid Sans Fallback]\n              ^"), std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(path("out.pdf")));
}

TEST_F(ErrorsTest, MissingFontNamedInTheFrontMatterIsReportedThere) {
  std::string md = write("r.md",
                         "---\ntitle: t\njianli:\n  fonts:\n    latin: [Noto Serif, No Such Sans]\n"
                         "---\n# 张三\n你好\n");
  // The front matter's naming wins over the layout file's, which also names a family.
  std::string yaml = write("l.yaml", "extends: classic\nfonts: {latin: [No Such Sans]}\n");
  SplitResult r = render(md, "--layout " + yaml);
  expect_input_error(r, md + ":5:25: error: font family \"No Such Sans\" is not installed");
}

TEST_F(ErrorsTest, MissingFontNamedInAParentLayoutIsReportedInTheParent) {
  std::string md = write("r.md", kBody);
  std::string parent = write("parent.yaml", "extends: classic\nfonts: {chinese: [No Such Song]}\n");
  std::string child = write("child.yaml", "extends: parent.yaml\naccent: \"#123456\"\n");
  SplitResult r = render(md, "--layout " + child);
  expect_input_error(r, parent + ":2:19: error: font family \"No Such Song\" is not installed");
}

// ---- the bytes of the file --------------------------------------------------------

TEST_F(ErrorsTest, InvalidUtf8NamesTheByteItsLineAndColumn) {
  std::string md = write("r.md", "---\ntitle: x\n---\n# 张三\n你好 \xFF world\n");
  SplitResult r = render(md);
  expect_input_error(r, md + ":5:4: error: invalid UTF-8 byte 0xFF; save the file as UTF-8\n");
  // The bad byte shows as U+FFFD, the caret under it (Han characters are two cells wide).
  EXPECT_NE(r.err.find("\n  你好 \uFFFD world\n       ^"), std::string::npos) << r.err;
}

TEST_F(ErrorsTest, TruncatedUtf8AtTheEndOfTheFileIsFound) {
  std::string md = write("r.md", "# 张三\n你好\xE4\xBD");
  expect_input_error(render(md), md + ":2:3: error: invalid UTF-8 byte 0xE4");
}

TEST_F(ErrorsTest, EmptyOrBlankFilesSayThereIsNothingToRender) {
  std::string md = write("r.md", "");
  expect_input_error(render(md), md + ": error: the file is empty");
  write("r.md", " \n\t\n\r\n");
  expect_input_error(render(md), md + ": error: the file is empty");
  write("r.md", "---\ntitle: 简历\n---\n\n");
  expect_input_error(render(md), md + ": error: no résumé content after the front matter");
}

// ---- files and folders ------------------------------------------------------------

TEST_F(ErrorsTest, MissingInputCannotBeRead) {
  expect_input_error(render(path("nope.md")), path("nope.md") + ": error: cannot read the file");
}

TEST_F(ErrorsTest, FolderAsInputAsksForAFile) {
  fs::create_directory(path("folder.md"));
  expect_input_error(render(path("folder.md")),
                     path("folder.md") + ": error: is a folder; give a Markdown file");
}

TEST_F(ErrorsTest, OutputInAMissingFolderNamesTheFolder) {
  std::string md = write("r.md", kBody);
  SplitResult r = render(md, "", path("no/such/out.pdf"));
  expect_input_error(r, path("no/such/out.pdf") + ": error: cannot write the PDF");
  EXPECT_NE(r.err.find(path("no/such")), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(path("no")));
}

TEST_F(ErrorsTest, OutputUnderAFileNamesThePath) {
  // Tests run as root, which no chmod stops; a file where a folder should be does.
  std::string md = write("r.md", kBody);
  SplitResult r = render(md, "", md + "/out.pdf");
  expect_input_error(r, md + "/out.pdf: error: cannot write the PDF");
  EXPECT_EQ(slurp(md), kBody);
}

TEST_F(ErrorsTest, OutputInAFolderNobodyCanWriteSaysWhy) {
  std::string md = write("r.md", kBody);
  SplitResult r = render(md, "", "/proc/jianli-out.pdf");
  expect_input_error(r, "/proc/jianli-out.pdf: error: cannot write the PDF");
  EXPECT_FALSE(fs::exists("/proc/jianli-out.pdf"));
}

TEST_F(ErrorsTest, OutputThatIsAFolderIsRefused) {
  std::string md = write("r.md", kBody);
  fs::create_directory(path("out.pdf"));
  SplitResult r = render(md);
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(r.err.starts_with(path("out.pdf") + ": error: cannot write the PDF")) << r.err;
  EXPECT_TRUE(fs::is_directory(path("out.pdf")));
  EXPECT_EQ(hidden_files(), std::vector<std::string>{});
}

TEST_F(ErrorsTest, OutputEqualToTheInputIsRefusedAndTheInputKept) {
  std::string md = write("r.md", kBody);
  for (const std::string& same : {md, (dir_ / "." / "r.md").string()}) {
    SplitResult r = render(md, "", same);
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.starts_with(same + ": error: the output would overwrite the input")) << r.err;
    EXPECT_EQ(slurp(md), kBody);
  }
}

TEST_F(ErrorsTest, UsageErrorsExitWithTwoAndSayWhyOnStderr) {
  SplitResult unknown = run_split(jianli() + " --no-such-option x.md");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("--no-such-option"), std::string::npos) << unknown.err;
  SplitResult none = run_split(jianli());
  EXPECT_EQ(none.status, 2);
  EXPECT_NE(none.err.find("INPUT is required"), std::string::npos) << none.err;
  SplitResult both = run_split(jianli() + " a.md -o a.pdf -d out");
  EXPECT_EQ(both.status, 2);
  EXPECT_NE(both.err.find("excludes"), std::string::npos) << both.err;
}

// ---- never a partial PDF, never a lost one ----------------------------------------

TEST_F(ErrorsTest, EveryKindOfFailureKeepsThePreviousPdf) {
  std::string md = write("r.md", "---\ntitle: 简历\n---\n" + kBody);
  ASSERT_EQ(render(md).status, 0);
  std::string before = slurp(path("out.pdf"));
  ASSERT_TRUE(before.starts_with("%PDF-"));

  std::string font =
      write("font.yaml", "extends: classic\nfonts:\n  chinese: [Droid Sans Fallback]\n");
  struct Case {
    std::string name, markdown, extra;
  };
  for (const Case& c : {
           Case{"malformed front matter", "---\ntitle: a: b\n---\n" + kBody, ""},
           Case{"invalid UTF-8", kBody + "\xC0\n", ""},
           Case{"empty file", "", ""},
           Case{"unknown layout", kBody, "--layout nosuch"},
           Case{"missing font", kBody, "--layout " + font},
       }) {
    write("r.md", c.markdown);
    SplitResult r = render(md, c.extra);
    EXPECT_EQ(r.status, 1) << c.name;
    EXPECT_EQ(slurp(path("out.pdf")), before) << c.name << ": the previous PDF changed";
    EXPECT_EQ(hidden_files(), std::vector<std::string>{}) << c.name;
  }
}

TEST_F(ErrorsTest, OneBadFileInABatchDoesNotStopTheOthers) {
  fs::create_directory(path("out"));
  std::string a = write("a.md", kBody);
  std::string bad = write("bad.md", "---\ntitle: [\n---\n" + kBody);
  std::string empty = write("empty.md", "");
  std::string c = write("c.md", kBody);
  SplitResult r =
      run_split(jianli() + " " + a + " " + bad + " " + empty + " " + c + " -d " + path("out"));
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(fs::exists(path("out/a.pdf")));
  EXPECT_TRUE(fs::exists(path("out/c.pdf")));
  EXPECT_FALSE(fs::exists(path("out/bad.pdf")));
  EXPECT_FALSE(fs::exists(path("out/empty.pdf")));
  EXPECT_NE(r.err.find(bad + ":"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(empty + ": error: the file is empty"), std::string::npos) << r.err;
}

// ---- awkward but valid input ------------------------------------------------------

std::string pdf_text(const std::string& pdf) {
  return run("pdftotext -enc UTF-8 " + pdf + " -").out;
}

TEST_F(ErrorsTest, WindowsLineEndingsAndAByteOrderMarkRender) {
  std::string md = write("r.md",
                         "\xEF\xBB\xBF---\r\ntitle: 简历\r\nauthor: 李四\r\n---\r\n# 张三\r\n"
                         "电话 123\r\n\r\n## 经历\r\n\r\n- 第一\r\n- second\r\n");
  SplitResult r = render(md);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  Result info = run("pdfinfo " + path("out.pdf"));
  EXPECT_NE(info.out.find("Title:           简历\n"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("Author:          李四\n"), std::string::npos) << info.out;
  std::string text = pdf_text(path("out.pdf"));
  EXPECT_NE(text.find("第一"), std::string::npos) << text;
  EXPECT_NE(text.find("second"), std::string::npos) << text;
}

TEST_F(ErrorsTest, ErrorsInAWindowsFileShowTheLineWithoutItsCarriageReturn) {
  std::string md = write("r.md", "\xEF\xBB\xBF---\r\njianli:\r\n  layot: x\r\n---\r\n" + kBody);
  SplitResult r = render(md);
  expect_input_error(r, md + ":3:3: error: unknown setting 'layot'");
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
}

TEST_F(ErrorsTest, TabsAndControlCharactersRender) {
  std::string md = write("r.md", "# 张三\n\n## 经历\n\nleft\tright\x07 bell\x1B escape\n");
  SplitResult r = render(md);
  ASSERT_EQ(r.status, 0) << r.err;
  std::string text = pdf_text(path("out.pdf"));
  EXPECT_NE(text.find("left right bell escape"), std::string::npos) << text;
}

TEST_F(ErrorsTest, NoFrontMatterRendersWithTheNameAsTitle) {
  std::string md = write("r.md", kBody);
  SplitResult r = render(md);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(run("pdfinfo " + path("out.pdf")).out.find("Title:           张三"), std::string::npos);
}

TEST_F(ErrorsTest, MissingImagesShowTheirAltTextWithAWarning) {
  std::string md = write("r.md", kBody + "\n![证件照](photo.png)\n\nend ![](logo.svg)\n");
  SplitResult r = render(md);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find(md + ":8:8: warning: image 'photo.png' is not drawn: there is no such file; "
                            "its alt text is shown instead"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(md + ":10:9: warning: image 'logo.svg' is not drawn: there is no such file; "
                            "it has no alt text to show instead"),
            std::string::npos)
      << r.err;
  EXPECT_NE(pdf_text(path("out.pdf")).find("证件照"), std::string::npos);
}

TEST_F(ErrorsTest, HtmlIsReadNotPrintedAndWhatIsUnknownIsToldOnce) {
  std::string md =
      write("r.md", kBody +
                        "\n<div><blink>块</blink></div>\n\nsome <b>bold</b> <blink>text</blink> "
                        "<span style=\"margin:0\">x</span> <!-- note -->\n");
  SplitResult r = render(md);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, md +
                       ":8: warning: HTML element <blink> is not known; its text is shown "
                       "without it\n" +
                       md +
                       ":10: warning: CSS property 'margin' is ignored: jianli reads color, "
                       "font-size, font-weight, text-align, text-indent, float, and an "
                       "image's or table's width and height\n")
      << r.err;
  std::string text = pdf_text(path("out.pdf"));
  EXPECT_NE(text.find("块"), std::string::npos) << text;
  EXPECT_NE(text.find("some bold text x"), std::string::npos) << text;
  EXPECT_EQ(text.find('<'), std::string::npos) << text;
  EXPECT_EQ(text.find("note"), std::string::npos) << "comments are not shown";
}

TEST_F(ErrorsTest, OnlyHtmlCommentsIsNotAResume) {
  std::string md = write("r.md", "<!-- draft -->\n");
  expect_input_error(render(md), md + ": error: the file has no résumé content");
}

TEST_F(ErrorsTest, CharactersBeyondTheBmpAreDrawnFromTheFallbackFaces) {
  std::string md = write("r.md", kBody + "\n生僻字𠀀与表情😀，信封✉。\n");
  SplitResult r = render(md);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");  // HanaMinB and Symbola have them: nothing to warn about
  std::string text = pdf_text(path("out.pdf"));
  EXPECT_NE(text.find("生僻字𠀀与表情😀，信封✉。"), std::string::npos) << text;
}

TEST_F(ErrorsTest, ACharacterNoFontHasIsABoxWithOneWarningForAllItsOccurrences) {
  // U+E000 is private use: no font of the layout has it. 5,000 of them give one warning.
  std::string many;
  for (int i = 0; i < 5000; ++i) many += "\uE000";
  std::string md = write("r.md", kBody + "\n私用区\uE000字。\n\n" + many + "\n");
  SplitResult r = render(md);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(slurp(path("out.pdf")).starts_with("%PDF-"));
  EXPECT_EQ(r.err, md + ":8: warning: no font of the layout has '\uE000' (U+E000); it is shown "
                        "as a missing-glyph box (5001 times)\n");
  std::string text = pdf_text(path("out.pdf"));
  EXPECT_NE(text.find("私用区\uE000字。"), std::string::npos) << text;  // copies as typed
}

// libharu refuses strings of 64 KB (error 0x105B); what a résumé holds must not reach it.
TEST_F(ErrorsTest, AHugeTitleHeadingAndLinkAreCutOrDroppedWithWarnings) {
  std::string title, heading;
  for (int i = 0; i < 30000; ++i) title += "长";
  for (int i = 0; i < 20000; ++i) heading += "标题";
  std::string url = "https://x.cn/" + std::string(70000, 'a');
  std::string md = write("r.md", "---\ntitle: " + title + "\n---\n# 张三\n\n## " + heading +
                                     "\n\n见 " + url + " 。\n");
  SplitResult r = render(md);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find(md + ":8: warning: a link of 70013 bytes is shown as text only"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(md + ":2:8: warning: the title is 30000 characters long; the PDF keeps its "
                            "first 1000"),
            std::string::npos)
      << r.err;
  EXPECT_NE(pdf_text(path("out.pdf")).find("https://x.cn/"), std::string::npos);  // as text
}

// With no `title:` or `author:` the name is both: a name too long for them is reported at the
// name's text.
TEST_F(ErrorsTest, ATitleCutFromTheNameIsReportedAtTheName) {
  std::string name;
  for (int i = 0; i < 1200; ++i) name += "名";
  std::string md = write("r.md", "---\nlang: zh\n---\n\n# " + name + "\n\n正文。\n");
  SplitResult r = render(md);
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* field : {"title", "author"})
    EXPECT_NE(r.err.find(md + ":5:3: warning: the " + field +
                         " is 1200 characters long; the PDF keeps its first 1000"),
              std::string::npos)
        << r.err;
}

TEST_F(ErrorsTest, AFrontMatterOverOneMegabyteIsRefusedWhereItPassesTheLimit) {
  std::string yaml = "---\ntitle: t\nskills:\n";
  for (int i = 0; i < 60000; ++i) yaml += "  - a skill of some length\n";  // 1.6 MB
  std::string md = write("r.md", yaml + "---\n# 张三\n");
  SplitResult r = render(md);
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(std::regex_search(r.err, std::regex("^" + md +
                                                  R"(:\d+:1: error: the front matter is )"
                                                  "longer than 1 MB")))
      << r.err.substr(0, 300);
}

TEST_F(ErrorsTest, AFiveThousandCharacterUrlRendersAsALink) {
  std::string url = "https://example.com/" + std::string(5000, 'a');
  std::string md = write("r.md", kBody + "\n见 " + url + " 。\n");
  SplitResult r = render(md);
  ASSERT_EQ(r.status, 0) << r.err;
  Result qdf = run("qpdf --qdf --object-streams=disable " + path("out.pdf") + " -");
  EXPECT_NE(qdf.out.find(url), std::string::npos) << "the link target is cut";
}

// ---- the data folder ---------------------------------------------------------------

TEST_F(ErrorsTest, ADataFolderWithoutLayoutsIsAnErrorThatSaysWhatToDo) {
  std::string input = write("r.md", "# Ada\n\ntext\n");
  fs::create_directories(path("data/layouts"));
  SplitResult r = run_split("JIANLI_DATA_DIR=" + path("data") + " " + jianli() + " " + input);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("JIANLI_DATA_DIR '" + path("data") + "' holds no layouts"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("or unset it"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(path("r.pdf")));
}

TEST_F(ErrorsTest, AMissingDataFolderIsAnErrorEvenForListingLayouts) {
  SplitResult r =
      run_split("JIANLI_DATA_DIR=" + path("nowhere") + " " + jianli() + " --list-layouts");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("' is not a folder"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

// ---- what the fuzzers found -------------------------------------------------------

// Each input saved in tests/fuzz/regressions/ once crashed or failed a fuzz target;
// all are résumés a user could write, so each must render.
TEST_F(ErrorsTest, EveryFuzzRegressionRenders) {
  fs::path saved = fs::path(JIANLI_SOURCE_DIR) / "tests/fuzz/regressions";
  int count = 0;
  for (const auto& entry : fs::directory_iterator(saved)) {
    if (entry.path().extension() != ".md") continue;
    ++count;
    SplitResult r = render(entry.path().string());
    EXPECT_EQ(r.status, 0) << entry.path().filename() << "\n" << r.err;
    EXPECT_TRUE(slurp(path("out.pdf")).starts_with("%PDF-")) << entry.path().filename();
    fs::remove(path("out.pdf"));
  }
  EXPECT_GT(count, 0);
}

}  // namespace
}  // namespace jianli::test
