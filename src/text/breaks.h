// Where a line may break: UAX #14 (ICU, locale "zh") tailored by the
// rules B1–B6 of ../shared/docs/cjk-typesetting.md §1.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace jianli::text {

enum class BreakClass : uint8_t {
  Prohibited,  // never: inside —— and ……, in C++ and 100+, before ，。）… after a letter
  Emergency,  // only when no allowed break fits the line: inside a Latin word (H20),
              // a URL or an e-mail address, between non-starters (B6)
  Penalized,  // allowed at a cost, taken only where every other way is worse: after the
              // hard hyphen of a compound (EPS-|MoE) or of a range (2018-|2019), as TeX's
              // \exhyphenpenalty (issue 11 item 2)
  Costly,     // allowed at a hyphenation point's cost, with no hyphen added: after the slash
              // between Latin tokens (abs/|2507.23279, C++/|Python)
  Allowed,
  Mandatory,  // after a hard line break ('\n')
};

// breaks[i] tells whether a line may break between text[i-1] and text[i];
// breaks[0] is Prohibited. The result has text.size() entries.
std::vector<BreakClass> find_breaks(std::u32string_view text);

}  // namespace jianli::text
