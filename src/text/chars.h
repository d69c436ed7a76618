// Character classes the Chinese typesetting rules speak of
// (../shared/docs/cjk-typesetting.md). Pure functions of a code point.
#pragma once

namespace jianli::text {

// Han ideographs: CJK Unified (and extensions A–G), compatibility ideographs, 〇.
bool is_han(char32_t cp);

// The width, in em, of a typed space of fixed width: U+3000 (the ideographic space) and
// &emsp; 1, &ensp; 1/2, &emsp13; 1/3, &emsp14; 1/4, U+2006 1/6, &thinsp; 1/5, &hairsp; 1/10;
// 0 for any other character. Such spaces never stretch or shrink in justification.
double fixed_space_em(char32_t cp);

// White space: the ASCII space, tab and line ends, the no-break space, the spaces of fixed
// width U+2000–U+200A, U+202F, U+205F and the ideographic space U+3000.
bool is_whitespace(char32_t cp);

// Letters and digits of Latin, Greek and Cyrillic (the "Latin" side of Han–Latin spacing).
bool is_latin_alnum(char32_t cp);

// Full-width punctuation and where its blank half sits (clreq §3.1.6).
enum class MarkKind {
  None,        // not a full-width mark
  Opening,     // （《「“‘【 …: blank half on the left
  Closing,     // ）》」”’】 …: blank half on the right
  Stop,        // ，。、；：？！: blank half on the right
  Interpunct,  // ·・‧: a quarter em blank on each side
  Solid,       // —…～: full-width but no blank
};
MarkKind mark_kind(char32_t cp);

// True when the mark has a blank half that compression may remove.
inline bool has_blank_half(MarkKind k) {
  return k == MarkKind::Opening || k == MarkKind::Closing || k == MarkKind::Stop;
}

}  // namespace jianli::text
