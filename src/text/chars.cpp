#include "text/chars.h"

#include <array>
#include <cstddef>
#include <string_view>

namespace jianli::text {
namespace {

struct Range {
  char32_t first;
  char32_t last;
};

template <std::size_t N>
bool in_ranges(char32_t cp, const std::array<Range, N>& ranges) {
  for (const Range& r : ranges) {
    if (cp >= r.first && cp <= r.last) return true;
  }
  return false;
}

constexpr std::array<Range, 12> kHanRanges{{
    {0x4E00, 0x9FFF},    // CJK Unified Ideographs
    {0x3400, 0x4DBF},    // Extension A
    {0x20000, 0x2A6DF},  // Extension B
    {0x2A700, 0x2B73F},  // Extension C
    {0x2B740, 0x2B81F},  // Extension D
    {0x2B820, 0x2CEAF},  // Extension E
    {0x2CEB0, 0x2EBEF},  // Extension F
    {0x30000, 0x3134F},  // Extension G
    {0xF900, 0xFAFF},    // CJK Compatibility Ideographs
    {0x2F800, 0x2FA1F},  // CJK Compatibility Ideographs Supplement
    {0x3007, 0x3007},    // 〇 ideographic number zero
    {0x31350, 0x323AF},  // Extension H
}};

// Letters of the Latin, Greek and Cyrillic blocks; symbols and punctuation
// living in the same blocks (× ÷ · ; ΄ ҂ …) are cut out below.
constexpr std::array<Range, 14> kLatinLetterRanges{{
    {0x00C0, 0x00D6},  // Latin-1 letters before ×
    {0x00D8, 0x00F6},  // … between × and ÷
    {0x00F8, 0x024F},  // … after ÷, Latin Extended-A and -B
    {0x0250, 0x02AF},  // IPA Extensions
    {0x1E00, 0x1EFF},  // Latin Extended Additional
    {0x2C60, 0x2C7F},  // Latin Extended-C
    {0xA720, 0xA7FF},  // Latin Extended-D
    {0xAB30, 0xAB6F},  // Latin Extended-E
    {0x0386, 0x0386},  // Greek Ά
    {0x0388, 0x03FF},  // Greek letters (0x0387 is the ano teleia, a punctuation mark)
    {0x1F00, 0x1FBC},  // Greek Extended letters (accents follow)
    {0x0400, 0x0481},  // Cyrillic letters before the ҂ sign and combining marks
    {0x048A, 0x052F},  // Cyrillic letters after them, Cyrillic Supplement
    {0x1C80, 0x1C88},  // Cyrillic Extended-C
}};

}  // namespace

bool is_han(char32_t cp) {
  if (cp < 0x3007) return false;  // fast path for Latin text
  return in_ranges(cp, kHanRanges);
}

double fixed_space_em(char32_t cp) {
  switch (cp) {
    case 0x3000:  // ideographic space
    case 0x2003:  // em space
      return 1;
    case 0x2002:  // en space
      return 1.0 / 2;
    case 0x2004:  // three-per-em space
      return 1.0 / 3;
    case 0x2005:  // four-per-em space
      return 1.0 / 4;
    case 0x2006:  // six-per-em space
      return 1.0 / 6;
    case 0x2009:  // thin space (Unicode: a fifth of an em, or a sixth)
      return 1.0 / 5;
    case 0x200A:  // hair space: thinner than thin
      return 1.0 / 10;
    default:
      return 0;
  }
}

bool is_whitespace(char32_t cp) {
  return cp == 0x20 || cp == 0x09 || cp == 0x0A || cp == 0x0D || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool is_latin_alnum(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= U'0' && cp <= U'9') || (cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z');
  }
  if (cp == 0x00AA || cp == 0x00B5 || cp == 0x00BA) return true;  // ª µ º
  if (cp >= 0x037E && cp <= 0x0385) return false;                 // Greek ; and tonos marks
  return in_ranges(cp, kLatinLetterRanges);
}

// clreq §3.1.6.1: where the blank half of a full-width mark sits. “ ” ‘ ’ count as
// full-width marks here (Chinese text); the layout decides by font whether they are.
constexpr std::u32string_view kOpeningMarks = U"（〈《「『【〔〖［｛‘“〘〚｟〝";
constexpr std::u32string_view kClosingMarks = U"）〉》」』】〕〗］｝’”〙〛｠〞〟";
constexpr std::u32string_view kStops = U"、。，．：；！？";
constexpr std::u32string_view kInterpuncts = U"·・‧";
constexpr std::u32string_view kSolidMarks = U"—…～〜⸺⸻⋯";

MarkKind mark_kind(char32_t cp) {
  if (cp < U'·') return MarkKind::None;  // fast path: ASCII and most of Latin-1
  auto contains = [cp](std::u32string_view set) { return set.find(cp) != set.npos; };
  if (contains(kOpeningMarks)) return MarkKind::Opening;
  if (contains(kClosingMarks)) return MarkKind::Closing;
  if (contains(kStops)) return MarkKind::Stop;
  if (contains(kInterpuncts)) return MarkKind::Interpunct;
  if (contains(kSolidMarks)) return MarkKind::Solid;
  return MarkKind::None;
}

}  // namespace jianli::text
