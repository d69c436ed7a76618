// A paragraph prepared for line breaking: each visible character as a glyph with
// its face and width, and between each pair of glyphs a junction that says how
// wide the space there is, how far it may stretch or shrink, and whether a line
// may break there (../shared/docs/cjk-typesetting.md §1–5).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "layout/collect.h"
#include "model/style.h"
#include "text/breaks.h"

namespace jianli::layout {

enum class GlyphClass : uint8_t {
  Han,     // ideographs
  Mark,    // full-width punctuation set in the Chinese face
  Latin,   // letters, digits and the punctuation of Latin text
  Symbol,  // anything else (bullets, emoji …)
};

// One glyph as set: what shaping chose for a cluster of characters (usually one;
// two for a ligature such as "fi"). Kept small (48 bytes): a paragraph may hold millions.
struct Glyph {
  char32_t cp = 0;      // the cluster's first character, for the typesetting rules
  uint32_t id = 0;      // glyph id in the face
  uint32_t source = 0;  // index of `cp` in Paragraph::text
  int32_t link = -1;    // index into Paragraph::links
  uint16_t font = 0;    // PageSet font index
  GlyphClass cls = GlyphClass::Symbol;
  uint8_t chars = 1;  // characters it stands for; 0: it continues the previous glyph's
  float advance = 0;  // shaped advance (kerning included), pt
  float x_offset = 0, y_offset = 0;  // shaped offsets (marks), pt
  float left_cut = 0;                // blank removed on the left (P1), pt
  float right_cut = 0;               // blank removed on the right (P1), pt
  float start_trim = 0;              // blank an opening mark drops at a line start (P2), pt
  float end_trim = 0;                // blank a mark drops at a line end (P2), pt

  double width() const { return double(advance) - left_cut - right_cut; }
};

// What lies between glyph k and glyph k+1.
struct Junction {
  text::BreakClass brk = text::BreakClass::Prohibited;
  bool space = false;   // a U+0020 stood here (kept in the PDF's text)
  bool spread = false;  // may take an equal share of what is left (J2 step 2)
  // A space between words (not a Han–Latin gap): it may open as far as the layout's
  // `justify.space`, any other junction only `justify.han` (issue 11 item 1).
  bool word_space = false;
  // Typed spaces of a fixed width stood here (U+3000, &emsp; …): `width` is theirs, as typed,
  // and never stretches or shrinks; the PDF's text keeps them (text::fixed_space_em).
  bool fixed = false;
  float width = 0;    // a space or a Han–Latin gap, pt; dropped at a line break
  float stretch = 0;  // how much it may grow before anything else does (J2 step 1), pt
  float shrink = 0;   // how much it may give when a line is tight (J1), pt
  float hyphen = 0;   // > 0: a hyphenation point; the hyphen's width a break here adds
};

// What a face needs beyond its glyphs, at the paragraph's size: ascent and descent for
// link areas, and the hyphen a line broken at a hyphenation point ends with.
struct FontMetrics {
  float ascent = 0, descent = 0;  // pt, both positive
  uint32_t hyphen = 0;            // glyph id of '-'
  uint32_t space = 0;             // glyph id of ' ', drawn where a space was typed; 0: none
  float underline = 0, underline_thickness = 0;  // pt; position of the centre above the baseline
  float strikeout = 0, strikeout_thickness = 0;  // pt; likewise
  // Glyph id of U+3000 when the face has it a full em wide; 0: none. A typed space an em wide
  // is drawn with it, so that its box in the PDF spans the gap it stands for.
  uint32_t ideographic_space = 0;
};

// How the glyphs of one InlineStyle are drawn: the style resolved against the paragraph's.
struct GlyphLook {
  float scale = 1;  // of the paragraph's size
  float rise = 0;   // pt the baseline is raised (negative: lowered)
  std::optional<model::Color> color;
  bool strike = false;
  bool underline = false;
  bool dots = false;  // 着重号: a dot under each Han character
};

struct Paragraph {
  std::u32string text;  // as typed: what the glyphs stand for when the PDF is copied
  std::vector<Glyph> glyphs;
  std::vector<Junction> junctions;    // junctions[k] follows glyphs[k]; one fewer than glyphs
  std::vector<int> links;             // Glyph::link indexes it; each an index into the URIs
  std::vector<InlineObject> objects;  // images in the text: a kObject glyph's id indexes it
  double size = 10;                   // pt: one paragraph, one style
  model::Color color, link_color;     // of plain text and of links
  std::vector<FontMetrics> metrics;   // by PageSet font index
  std::vector<uint8_t> style;         // per code point of text: index into looks
  std::vector<GlyphLook> looks;       // by InlineStyle index; [0] plain

  const GlyphLook& look_of(const Glyph& g) const { return looks[style[g.source]]; }
  // A link's colour, else the span's own, else the paragraph's.
  const model::Color& color_of(const Glyph& g) const {
    if (g.link >= 0) return link_color;
    const GlyphLook& look = look_of(g);
    return look.color ? *look.color : color;
  }
};

}  // namespace jianli::layout
