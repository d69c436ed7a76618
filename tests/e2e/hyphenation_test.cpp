// Issue 11: the line breaker working harder on English. In a narrow measure, English words are
// hyphenated from the letters typed (a ligature's glyph stands for several), in English and in
// Chinese documents, and a reference's arXiv number may break after its slash; the text copied
// from the PDF and the --text output keep every letter.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

// Words full of ligatures (ff, fi, ffi, fl, ffl in Noto Serif).
const std::string kLigatures =
    "Efficient officials affirm sufficiently efficient offices; difficult traffic fluffily "
    "baffles staffing. Efficiently, the officiating affiliates reaffirmed effortless efficiency "
    "in affluent offices and coffee shops, sufficiently.";

class HyphenationTest : public ScratchDirTest {
 protected:
  // Renders `body` with a 60 mm measure; returns the lines pdftotext reads, and the --text
  // output in `text`.
  std::vector<std::string> render(const std::string& lang, const std::string& body,
                                  std::string* text = nullptr) {
    const std::string md = write("r.md", "---\nname: Test Person\nlang: " + lang +
                                             "\njianli:\n  margins: {left: 75mm, right: 75mm}\n"
                                             "---\n\n## Work\n\n" +
                                             body + "\n");
    Result r = run(jianli() + " -q " + md + " -o " + path("r.pdf") + " --text " + path("r.txt"));
    EXPECT_EQ(r.status, 0) << r.out;
    if (text) *text = slurp(path("r.txt"));
    std::vector<std::string> lines;
    std::istringstream in(run("pdftotext -enc UTF-8 " + path("r.pdf") + " -").out);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }
};

// The words of `text`, a word cut at a line's end by an added hyphen joined again.
std::string joined(const std::string& text) {
  return std::regex_replace(text, std::regex("([a-z])-\n([a-z])"), "$1$2");
}

TEST_F(HyphenationTest, LigaturedWordsKeepEveryLetterWhenHyphenated) {
  std::string text;
  const std::vector<std::string> lines = render("en", kLigatures, &text);
  size_t hyphenated = 0;
  std::string pdf_text;
  for (const std::string& line : lines) {
    pdf_text += line + "\n";
    hyphenated += std::regex_search(line, std::regex("[a-z]-$"));
  }
  EXPECT_GE(hyphenated, 2u) << pdf_text;  // the measure is narrow enough to need hyphens
  // Every word as typed, in the PDF's text and in the plain-text twin.
  std::istringstream words(kLigatures);
  for (std::string word; words >> word;) {
    EXPECT_NE(joined(pdf_text).find(word), std::string::npos) << word << " in\n" << pdf_text;
    EXPECT_NE(joined(text).find(word), std::string::npos) << word << " in\n" << text;
  }
}

TEST_F(HyphenationTest, EnglishWordsInAChineseDocumentAreHyphenated) {
  // References in English inside a Chinese résumé (the zh sidebar's ragged lines, issue 11).
  const std::string reference =
      "1. 论文：Unveiling Super Experts in Mixture-of-Experts Large Language Models. "
      "Proceedings of the International Conference on Representation Learning, accelerating "
      "distributed reinforcement learning with heterogeneous infrastructure.";
  const std::vector<std::string> lines = render("zh", reference);
  size_t hyphenated = 0;
  std::string all;
  for (const std::string& line : lines) {
    all += line + "\n";
    hyphenated += std::regex_search(line, std::regex("[a-z]-$"));
  }
  EXPECT_GE(hyphenated, 1u) << all;
}

}  // namespace
}  // namespace jianli::test
