#include "text/hyphenate.h"

#include <hyphen.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace jianli::text {
namespace {

constexpr size_t kMinWord = 6;
constexpr const char* kPatterns = "/usr/share/hyphen/hyph_en_US.dic";

struct DictDeleter {
  void operator()(HyphenDict* dict) const { hnj_hyphen_free(dict); }
};

const HyphenDict* english() {
  static const std::unique_ptr<HyphenDict, DictDeleter> dict(hnj_hyphen_load(kPatterns));
  return dict.get();
}

}  // namespace

std::vector<size_t> hyphenation_points(std::u32string_view word) {
  if (word.size() < kMinWord) return {};
  std::string ascii;
  for (size_t i = 0; i < word.size(); ++i) {
    char32_t cp = word[i];
    bool is_lower = cp >= U'a' && cp <= U'z';
    bool is_upper = cp >= U'A' && cp <= U'Z';
    // Only "word" and "Word": capitals inside (LongCat, GPUs, NVIDIA) mark names.
    if (!is_lower && !(is_upper && i == 0)) return {};
    ascii += static_cast<char>(is_upper ? cp - U'A' + U'a' : cp);
  }
  const HyphenDict* dict = english();
  if (dict == nullptr) return {};
  std::vector<char> hyphens(ascii.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate3(const_cast<HyphenDict*>(dict), ascii.data(), static_cast<int>(ascii.size()),
                        hyphens.data(), nullptr, &rep, &pos, &cut, 2, 3, 2, 3);
  std::vector<size_t> points;
  for (size_t i = 0; i + 1 < ascii.size(); ++i)
    if (hyphens[i] & 1) points.push_back(i + 1);  // an odd digit: a break after letter i
  // English patterns make no replacements, but free them if the library allocated any.
  if (rep) {
    for (size_t i = 0; i < ascii.size(); ++i) free(rep[i]);
    free(rep);
  }
  free(pos);
  free(cut);
  return points;
}

}  // namespace jianli::text
