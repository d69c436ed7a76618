#include "pdf/actual_text.h"

#include <cstdio>

#include "pdf/font_usage.h"
#include "text/utf8.h"

namespace jianli::pdf {
namespace {

// poppler's TextOutputDev starts a word at a gap of 0.1 em (minWordBreakSpace); 0.09 em
// leaves letter-spaced capitals (0.08 em at most in the shipped layouts) as they are.
constexpr double kWordGapEm = 0.09;

struct Placed {
  const model::TextRun* run;
  const model::PlacedGlyph* glyph;
  std::string text;
  double left, right;  // pt: the glyph's origin and where its advance leaves the pen
};

}  // namespace

TextSpans gap_spans(const std::vector<model::TextRun>& runs,
                    const std::vector<const SubsetFont*>& subsets,
                    const std::vector<uint16_t>& codes) {
  std::vector<Placed> glyphs;
  for (const model::TextRun& run : runs)
    for (const model::PlacedGlyph& g : run.glyphs) {
      const double left = run.x + g.x;
      const int width = subsets.at(run.font)->width_of(codes.at(glyphs.size()));
      glyphs.push_back({&run, &g, glyph_text(run, g), left, left + width * run.size / 1000});
    }
  TextSpans spans{std::vector<std::string>(glyphs.size()), std::vector<bool>(glyphs.size())};
  size_t start = glyphs.size();  // the open span's first glyph
  auto end_span = [&](size_t last) {
    if (start == glyphs.size()) return;
    for (size_t j = start; j <= last; ++j) spans.open[start] += glyphs[j].text;
    spans.close[last] = true;
    start = glyphs.size();
  };
  for (size_t k = 1; k < glyphs.size(); ++k) {
    const Placed &a = glyphs[k - 1], &b = glyphs[k];
    const bool spaced = a.text.ends_with(' ') || b.text.starts_with(' ');
    const bool same_line = a.run->y == b.run->y && a.run->element == b.run->element;
    const double em = std::min(a.run->size, b.run->size);
    const bool gap = same_line && !spaced && b.left - a.right > kWordGapEm * em &&
                     b.left - a.right < em;  // a wider gap is a real one (dates set right)
    if (gap && start == glyphs.size()) start = k - 1;
    if (!gap) end_span(k - 1);
  }
  end_span(glyphs.size() - 1);
  return spans;
}

std::string pdf_text_string(const std::string& utf8) {
  std::string out = "<FEFF";
  char buf[8];
  for (char32_t c : text::to_utf32(utf8)) {
    if (c >= 0x10000) {
      c -= 0x10000;
      std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(0xD800 + (c >> 10)));
      out += buf;
      c = 0xDC00 + (c & 0x3FF);
    }
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(c));
    out += buf;
  }
  return out + ">";
}

}  // namespace jianli::pdf
