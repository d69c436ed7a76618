#include "text/hyphenate.h"

#include <algorithm>
#include <fstream>
#include <string>
#include <unordered_map>

namespace jianli::text {
namespace {

constexpr size_t kMinWord = 6;
constexpr const char* kPatterns = "/usr/share/hyphen/hyph_en_US.dic";

// Liang's hyphenation patterns (TeX's algorithm, F. M. Liang 1983), as Debian's hyphen-en-us
// ships them for libhyphen: each line a pattern of letters with a digit between any two
// (".a2ch4"), after a charset line and LEFTHYPHENMIN/RIGHTHYPHENMIN. libhyphen turned the
// 11,000 patterns into its state machine in 30 ms, a third of a cold render's CPU
// (hnj_hyphen_load: 37 M of the seed's 195 M instructions); read into a hash map, they and
// every hyphenation of the seed take 11 M, and give the same points (tests/text/hyphenate_test.cpp
// compares them with libhyphen's).
struct Patterns {
  // The letters of each pattern, '.' for a word's edge, and the digits: values[k] stands
  // before letter k, values[letters.size()] after the last.
  std::unordered_map<std::string, std::string> values;
  size_t longest = 0;
  size_t left_min = 2, right_min = 3;  // letters kept whole before the first and after the last
  bool usable = false;  // read, and nothing in it this reader does not know (NEXTLEVEL, a/b=c)
};

Patterns read_patterns(const char* path) {
  Patterns p;
  std::ifstream in(path);
  if (!in) return p;
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (first) {  // the charset
      first = false;
      continue;
    }
    if (line.empty() || line[0] == '%' || line[0] == '#') continue;
    if (line.rfind("LEFTHYPHENMIN", 0) == 0) {
      p.left_min = std::stoul(line.substr(13));
      continue;
    }
    if (line.rfind("RIGHTHYPHENMIN", 0) == 0) {
      p.right_min = std::stoul(line.substr(14));
      continue;
    }
    // A pattern with a letter beyond ASCII (the ligatures ﬀ ﬁ ﬂ) never meets a word here:
    // only words of ASCII letters are hyphenated.
    if (std::any_of(line.begin(), line.end(), [](char c) { return (c & 0x80) != 0; })) continue;
    std::string letters, digits = "0";
    for (char c : line) {
      if (c >= '0' && c <= '9') {
        digits.back() = c;
      } else if ((c >= 'a' && c <= 'z') || c == '.') {
        letters += c;
        digits += '0';
      } else {
        return {};  // a directive or a pattern libhyphen reads otherwise: leave it to nobody
      }
    }
    p.longest = std::max(p.longest, letters.size());
    p.values[letters] = digits;
  }
  p.usable = !p.values.empty();
  return p;
}

// Read once, on first use, and never freed: freeing 11,000 strings at exit was 1.3 % of a
// cold render's instructions.
const Patterns& english() {
  static const Patterns* const patterns = new Patterns(read_patterns(kPatterns));
  return *patterns;
}

}  // namespace

std::vector<size_t> hyphenation_points(std::u32string_view word) {
  if (word.size() < kMinWord) return {};
  std::string dotted = ".";
  for (size_t i = 0; i < word.size(); ++i) {
    char32_t cp = word[i];
    bool is_lower = cp >= U'a' && cp <= U'z';
    bool is_upper = cp >= U'A' && cp <= U'Z';
    // Only "word" and "Word": capitals inside (LongCat, GPUs, NVIDIA) mark names.
    if (!is_lower && !(is_upper && i == 0)) return {};
    dotted += static_cast<char>(is_upper ? cp - U'A' + U'a' : cp);
  }
  dotted += '.';
  const Patterns& patterns = english();
  if (!patterns.usable) return {};
  // value[v]: the highest digit of any pattern found at the place before dotted[v].
  std::vector<char> value(dotted.size() + 1, '0');
  std::string_view text(dotted);
  for (size_t start = 0; start < dotted.size(); ++start) {
    for (size_t length = 1; length <= patterns.longest && start + length <= dotted.size();
         ++length) {
      auto found = patterns.values.find(std::string(text.substr(start, length)));
      if (found == patterns.values.end()) continue;
      for (size_t k = 0; k < found->second.size(); ++k)
        value[start + k] = std::max(value[start + k], found->second[k]);
    }
  }
  // A break after letter i of the word is the place before dotted[i + 2]; an odd digit allows
  // it, with at least left_min letters before it and right_min after (2 and 3 at the least).
  const size_t left = std::max<size_t>(patterns.left_min, 2);
  const size_t right = std::max<size_t>(patterns.right_min, 3);
  std::vector<size_t> points;
  for (size_t after = left; after + right <= word.size(); ++after)
    if ((value[after + 1] - '0') % 2 == 1) points.push_back(after);
  return points;
}

}  // namespace jianli::text
