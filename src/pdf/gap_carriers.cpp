#include "pdf/gap_carriers.h"

#include <algorithm>
#include <cmath>

#include "pdf/font_usage.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace jianli::pdf {
namespace {

// No extractor starts a word below a tenth of an em (poppler at 0.1, pypdf at half a
// space: 0.11 em for Source Han's 224); such a gap is left alone.
constexpr double kSmallestGapEm = 0.1;
// What is left of the gap once carried must stay under MuPDF's 0.15 em (SPACE_DIST) and
// under pypdf's half space (0.13 em for Noto Sans's 260, 0.11 for Source Han when the subset
// draws a space) in the common case: the Han–Latin gap is 0.25 em, shrinks to 0.125 em
// and stretches to 1/3 em (S1), so carrying it leaves at most 0.125 em.
constexpr double kLargestResidualEm = 0.14;

struct Glyph {
  const model::TextRun* run;
  const model::PlacedGlyph* glyph;
  double left() const { return run->x + glyph->x; }
  std::string_view text() const { return glyph_text_view(*run, *glyph); }
};

// Whether runs of elements `a` and `b` are one text: the same element, or a link and the
// paragraph (or item, cell …) it is in, or two links in one. "邮箱" then the link
// "s@example.cn" read "邮箱 s@example.cn" in every extractor, its Han–Latin gap left a gap.
bool one_text(const std::vector<model::StructureElement>& structure, int a, int b) {
  if (a == b) return true;
  auto link_in = [&](int link) {
    return link >= 0 && link < static_cast<int>(structure.size()) &&
                   structure[link].type == model::StructureType::Link
               ? structure[link].parent
               : -2;
  };
  return link_in(b) == a || link_in(a) == b || (link_in(a) >= 0 && link_in(a) == link_in(b));
}

}  // namespace

std::vector<GapCarrier> gap_carriers(const std::vector<model::TextRun>& runs,
                                     const std::vector<model::StructureElement>& structure,
                                     FontFacts& fonts) {
  std::vector<Glyph> glyphs;
  for (const model::TextRun& run : runs)
    for (const model::PlacedGlyph& g : run.glyphs) glyphs.push_back({&run, &g});
  std::vector<GapCarrier> carriers(glyphs.size(), GapCarrier::None);
  auto add = [&](size_t k, GapCarrier part) {
    carriers[k] =
        static_cast<GapCarrier>(static_cast<uint8_t>(carriers[k]) | static_cast<uint8_t>(part));
  };
  for (size_t k = 1; k < glyphs.size(); ++k) {
    const Glyph &a = glyphs[k - 1], &b = glyphs[k];
    // A list's bullet or number and its text are two elements (Lbl, LBody): the gap between
    // them is a real one, and extractors read it as the space it stands for.
    if (a.run->y != b.run->y || !one_text(structure, a.run->element, b.run->element)) continue;
    if (text::is_whitespace(text::last_code_point(a.text())) ||
        text::is_whitespace(text::first_code_point(b.text())))
      continue;
    const double em = std::min(a.run->size, b.run->size);
    const double gap =
        b.left() - (a.left() + fonts.advance(a.run->font, a.glyph->id) * a.run->size / 1000);
    if (gap < kSmallestGapEm * em) continue;
    auto fits = [&](double size) {
      return std::abs(gap - kCarriedGap * size / 1000) < kLargestResidualEm * em;
    };
    if (fits(a.run->size) && fonts.copyable(a.run->font)) {
      add(k - 1, GapCarrier::Trailing);
    } else if (fits(b.run->size) && fonts.copyable(b.run->font)) {
      add(k, GapCarrier::Leading);
    }
  }
  return carriers;
}

}  // namespace jianli::pdf
