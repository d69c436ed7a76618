// Private to breaks.cpp: the character sets the break rules B1–B6 of
// ../shared/docs/cjk-typesetting.md §1 speak of, taken one code point at a time.
// Context-dependent roles (a single —, ’ inside a word, ¥ before a digit) live
// in breaks.cpp, which sees the neighbours.
#pragma once

namespace jianli::text::break_chars {

// B1: marks that may not start a line, whatever their neighbours; with them the
// separators of run-in lists (| ｜ •).
bool is_non_starter(char32_t cp);

// B2: marks that may not end a line, whatever their neighbours.
bool is_non_ender(char32_t cp);

// Issue 11 item 2: signs that stay with the number before them, even across a space
// (11 ×, 90 %, 5 ‰, 30 ℃).
bool is_unit_after_number(char32_t cp);

// B2, B3: currency signs that stick to a following digit (¥500).
bool is_currency_prefix(char32_t cp);

// B2 GB style: / and ／ neither start nor end a line outside URLs.
bool is_slash(char32_t cp);

// B3: the halves of 2em units (——, ……, ⋯⋯) and the 2em/3em dashes themselves.
bool is_unit_char(char32_t cp);
bool is_ellipsis(char32_t cp);

// B4: members of a Latin run (letters, digits, ASCII symbols, µ ° € ™ …), inside
// which lines break only at spaces and after "-" (B6 makes the rest Emergency).
bool is_word_char(char32_t cp);

// B3: marks that join two alphanumerics into one word (8×H100, NVIDIA’s, 26B–560B).
bool is_word_joiner(char32_t cp);

// Characters that attach to the one before (combining marks, variation selectors,
// emoji modifiers): a line never breaks before them.
bool is_attached(char32_t cp);

// Spaces and line ends: UAX #14 already decides the breaks around them.
bool is_break_space(char32_t cp);

}  // namespace jianli::text::break_chars
