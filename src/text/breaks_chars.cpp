#include "text/breaks_chars.h"

#include <linebreak.h>
#include <linebreakdef.h>

#include <algorithm>
#include <span>
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

}  // namespace

bool is_non_starter(char32_t cp) {
  const MarkKind kind = mark_kind(cp);
  if (kind == MarkKind::Stop || kind == MarkKind::Closing || kind == MarkKind::Interpunct) {
    return true;  // B1 stops, closing marks (incl. ” ’), interpuncts · ・ ‧
  }
  return contains(kConnectors, cp) || contains(kDoubleStops, cp) ||
         contains(kAsciiNonStarters, cp) || contains(kUnitsAfterDigits, cp) ||
         contains(kEllipses, cp);
}

bool is_non_ender(char32_t cp) {
  if (mark_kind(cp) == MarkKind::Opening) return true;  // B2 （《「“‘【 …
  return cp == U'(' || cp == U'[' || cp == U'{';        // B2 ASCII
}

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

namespace {

// libunibreak's own property table (sorted, ended by a 0xFFFFFFFF sentinel):
// its CM class is exactly "attaches to the character before" in UAX #14 LB9.
std::span<const LineBreakProperties> unibreak_properties() {
  static const std::span<const LineBreakProperties> table = [] {
    size_t n = 0;
    while (lb_prop_default[n].start != 0xFFFFFFFF) ++n;
    return std::span<const LineBreakProperties>(lb_prop_default, n);
  }();
  return table;
}

bool has_combining_class(char32_t cp) {
  const auto table = unibreak_properties();
  auto it = std::upper_bound(table.begin(), table.end(), static_cast<utf32_t>(cp),
                             [](utf32_t c, const LineBreakProperties& p) { return c < p.start; });
  if (it == table.begin()) return false;
  --it;
  return cp <= it->end && it->prop == LBP_CM;
}

}  // namespace

bool is_attached(char32_t cp) {
  if (cp < 0x300) return false;                     // fast path: nothing attaches below
  if (cp >= 0xFE00 && cp <= 0xFE0F) return true;    // variation selectors
  if (cp >= 0xE0100 && cp <= 0xE01EF) return true;  // variation selectors supplement
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return true;  // emoji skin-tone modifiers (post-6.2)
  if (cp >= 0xE0020 && cp <= 0xE007F) return true;  // emoji tag sequences
  if (cp == 0x200D) return true;                    // zero-width joiner
  return has_combining_class(cp);
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
