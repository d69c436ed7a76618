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
  // Renders `body` in a 60 mm measure; returns the lines as laid out (--dump-layout), and the
  // text pdftotext reads and the --text output in `pdf_text` and `text`.
  std::vector<std::string> render(const std::string& lang, const std::string& body,
                                  std::string* pdf_text = nullptr, std::string* text = nullptr) {
    const std::string md = write("r.md", "---\nname: Test Person\nlang: " + lang +
                                             "\njianli:\n  margins: {left: 75mm, right: 75mm}\n"
                                             // "Efficient" is capitalised: hyphenated only so
                                             "  hyphenation: {capitalised: true}\n"
                                             "---\n\n## Work\n\n" +
                                             body + "\n");
    Result r = run(jianli() + " -q " + md + " -o " + path("r.pdf") + " --text " + path("r.txt") +
                   " --dump-layout " + path("r.json"));
    EXPECT_EQ(r.status, 0) << r.out;
    if (text) *text = slurp(path("r.txt"));
    if (pdf_text) *pdf_text = run("pdftotext -enc UTF-8 " + path("r.pdf") + " -").out;
    std::vector<std::string> lines;
    const std::string dump = slurp(path("r.json"));
    const std::regex line("\\{\"text\": \"([^\"]*)\", \"baseline\"");
    for (auto it = std::sregex_iterator(dump.begin(), dump.end(), line);
         it != std::sregex_iterator(); ++it)
      lines.push_back((*it)[1]);
    return lines;
  }
};

// How many lines end with a hyphen the break added (after a lower-case letter).
size_t hyphenated(const std::vector<std::string>& lines) {
  size_t n = 0;
  for (const std::string& line : lines) n += std::regex_search(line, std::regex("[a-z]-$"));
  return n;
}

// `text` with a word cut at a line's end by a hyphen joined again (the --text output keeps it).
std::string joined(const std::string& text) {
  return std::regex_replace(text, std::regex("([a-z])-\n([a-z])"), "$1$2");
}

TEST_F(HyphenationTest, LigaturedWordsKeepEveryLetterWhenHyphenated) {
  std::string pdf_text, text;
  const std::vector<std::string> lines = render("en", kLigatures, &pdf_text, &text);
  EXPECT_GE(hyphenated(lines), 2u);  // the measure is narrow enough to need hyphens
  // Every word as typed, in the PDF's text (poppler joins a hyphenated word) and in the
  // plain-text twin.
  std::istringstream words(kLigatures);
  for (std::string word; words >> word;) {
    EXPECT_NE(pdf_text.find(word), std::string::npos) << word << " in\n" << pdf_text;
    EXPECT_NE(joined(text).find(word), std::string::npos) << word << " in\n" << text;
  }
}

TEST_F(HyphenationTest, EnglishWordsInAChineseDocumentAreHyphenated) {
  // An English reference inside a Chinese résumé (the zh sidebar's ragged lines, issue 11).
  const std::string reference =
      "1. 论文：Unveiling Super Experts in Mixture-of-Experts Large Language Models. "
      "Proceedings of the International Conference on Representation Learning, accelerating "
      "distributed reinforcement learning with heterogeneous infrastructure.";
  EXPECT_GE(hyphenated(render("zh", reference)), 1u);
}

}  // namespace
}  // namespace jianli::test
