#include "text/breaks_chars.h"

#include <unicode/uchar.h>

#include <string_view>

#include "text/chars.h"

namespace jianli::text::break_chars {

namespace {

bool contains(std::u32string_view set, char32_t cp) { return set.find(cp) != set.npos; }

// B1 beyond the full-width stops, closing marks and interpuncts (a single — is
// contextual and decided by the caller).
constexpr std::u32string_view kConnectors = U"～〜–-";
constexpr std::u32string_view kDoubleStops = U"‼⁇⁈⁉";
constexpr std::u32string_view kAsciiNonStarters = U")]},.:;!?%";
constexpr std::u32string_view kUnitsAfterDigits = U"‰℃";
constexpr std::u32string_view kEllipses = U"…⋯";  // B3: no break before …… (UAX #14 LB22)
// The marks that part the items of a run-in list ("男 ｜ 1992 年生 ｜ 本科", "Email • Phone"):
// like an interpunct, one belongs to the item before it, so a wrapped contact line never
// starts with one (corpus 11 printed "｜ 郑州" at the start of its second header line).
constexpr std::u32string_view kItemSeparators = U"|｜•‣";

}  // namespace

bool is_non_starter(char32_t cp) {
  const MarkKind kind = mark_kind(cp);
  if (kind == MarkKind::Stop || kind == MarkKind::Closing || kind == MarkKind::Interpunct) {
    return true;  // B1 stops, closing marks (incl. ” ’), interpuncts · ・ ‧
  }
  return contains(kConnectors, cp) || contains(kDoubleStops, cp) ||
         contains(kAsciiNonStarters, cp) || contains(kUnitsAfterDigits, cp) ||
         contains(kEllipses, cp) || contains(kItemSeparators, cp);
}

bool is_non_ender(char32_t cp) {
  if (mark_kind(cp) == MarkKind::Opening) return true;  // B2 （《「“‘【 …
  return cp == U'(' || cp == U'[' || cp == U'{';        // B2 ASCII
}

bool is_unit_after_number(char32_t cp) { return contains(U"×%‰℃", cp); }

bool is_currency_prefix(char32_t cp) { return contains(U"¥$￥€£＄", cp); }

bool is_slash(char32_t cp) { return cp == U'/' || cp == U'／'; }

bool is_unit_char(char32_t cp) {
  return cp == U'—' || cp == U'…' || cp == U'⋯' || cp == U'⸺' || cp == U'⸻';
}

bool is_ellipsis(char32_t cp) { return contains(kEllipses, cp); }

bool is_word_char(char32_t cp) {
  if (cp > 0x20 && cp < 0x7F) return true;          // ASCII letters, digits, symbols
  if (cp >= 0xA1 && cp <= 0xBF) return cp != U'·';  // ¡ ¢ £ ¥ § ° ± µ …, not the interpunct
  return is_latin_alnum(cp) || contains(U"′″€™℃‰", cp);
}

bool is_word_joiner(char32_t cp) { return cp == U'×' || cp == U'’' || cp == U'–'; }

bool is_attached(char32_t cp) {
  if (cp < 0x300) return false;  // fast path: nothing attaches below
  // UAX #14 LB9: class CM (combining marks, variation selectors, emoji tags) and ZWJ
  // attach to the character before; so do emoji modifiers (class EM, LB30b).
  switch (u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_LINE_BREAK)) {
    case U_LB_COMBINING_MARK:
    case U_LB_ZWJ:
    case U_LB_E_MODIFIER:
      return true;
    default:
      return false;
  }
}

bool is_break_space(char32_t cp) {
  switch (cp) {
    case U' ':
    case U'\t':
    case U'\n':
    case U'\r':
    case 0x0B:
    case 0x0C:
    case 0x85:
    case 0x2028:
    case 0x2029:
    case 0x3000:
    case 0x200B:
      return true;
    default:
      return false;
  }
}

}  // namespace jianli::text::break_chars
