#include "layout/hyphenation.h"

#include <algorithm>
#include <string_view>

#include "text/hyphenate.h"
#include "text/links.h"

namespace jianli::layout {
namespace {

// The letters word_end() takes are ASCII (letters_only), so A–Z are the capitals.
bool is_capital(char32_t cp) { return cp >= U'A' && cp <= U'Z'; }

class Marker {
 public:
  Marker(const StyledText& in, Paragraph& out) : in_(in), out_(out) {}

  // Hyphenates the word of glyphs [k, end) from its source text, not from the glyphs: a
  // ligature glyph stands for several letters (the "ffi" of "Efficient"), and reading only its
  // first made the patterns see "Efcient" and "unifed" (no point at all). A point inside a
  // ligature is skipped: no line can end between the letters of one glyph.
  void word(size_t k, size_t end, const std::function<float(uint16_t)>& hyphen_width) {
    const size_t first = out_.glyphs[k].source;
    const std::u32string_view word =
        std::u32string_view(in_.text).substr(first, cluster_end(end - 1) - first);
    for (size_t point : text::hyphenation_points(word)) {
      size_t g = k + 1;  // the glyph that starts the letter after the point, if one does
      while (g < end && out_.glyphs[g].source < first + point) ++g;
      if (g == end || out_.glyphs[g].source != first + point || out_.glyphs[g].chars == 0) continue;
      out_.junctions[g - 1].hyphen = hyphen_width(out_.glyphs[g - 1].font);
    }
  }

  // The end of the word of letters that starts at glyph k: glyphs of letters with nothing
  // between them (no space, no Han–Latin gap); k itself when glyph k is no letter.
  size_t word_end(size_t k) const {
    size_t end = k;
    while (end < out_.glyphs.size() && letters_only(end) &&
           (end == k || (!out_.junctions[end - 1].space && out_.junctions[end - 1].width == 0)))
      ++end;
    return end;
  }

 private:
  // Where the characters glyph k stands for end: a glyph that continues a cluster (chars 0)
  // ends where the cluster's first glyph does.
  size_t cluster_end(size_t k) const {
    while (k > 0 && out_.glyphs[k].chars == 0) --k;
    return out_.glyphs[k].source + std::max<size_t>(out_.glyphs[k].chars, 1);
  }

  // Whether every character glyph k stands for is an ASCII letter (a ligature's several).
  bool letters_only(size_t k) const {
    for (size_t i = out_.glyphs[k].source; i < cluster_end(k); ++i) {
      const char32_t cp = in_.text[i];
      if (!((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z'))) return false;
    }
    return true;
  }

  const StyledText& in_;
  Paragraph& out_;
};

}  // namespace

void mark_hyphenation_points(const StyledText& in, Paragraph& out, const model::Hyphenation& rules,
                             const std::function<float(uint16_t font)>& hyphen_width) {
  // URLs and e-mail addresses break only where B5 and B6 allow (issue 11 item 2).
  const text::LinkSpans links = text::find_link_spans(in.text);
  Marker marker(in, out);
  const size_t n = out.glyphs.size();
  for (size_t k = 0; k < n;) {
    const size_t end = marker.word_end(k);
    // Nor the text of a link: a handle or a name to type in ("hejingwen-emb" went
    // "hejing-|wen-emb" in a side column).
    const bool address = end > k && (links.kind[out.glyphs[k].source] != text::LinkKind::None ||
                                     in.link[out.glyphs[k].source] >= 0);
    const bool code = end > k && in.style_at(out.glyphs[k].source).mono;
    const bool capitalised = end > k && is_capital(in.text[out.glyphs[k].source]);
    if (end > k && !address && !code && (rules.capitalised || !capitalised))
      marker.word(k, end, hyphen_width);
    k = std::max(end, k + 1);
  }
}

}  // namespace jianli::layout
