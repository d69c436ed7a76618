#include "layout/prepare.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "layout/hyphenation.h"
#include "layout/opening.h"
#include "text/chars.h"
#include "text/emoji.h"
#include "text/shape_cache.h"
#include "text/utf8.h"

namespace jianli::layout {
namespace {

using text::BreakClass;
using text::MarkKind;

// Marks that Chinese and Latin text share; they take the script of their neighbours
// (cjk-typesetting.md §0: in Chinese text “ ” ‘ ’ · — … are full width).
bool is_ambiguous(char32_t cp) {
  switch (cp) {
    case U'\u201C':
    case U'\u201D':
    case U'\u2018':
    case U'\u2019':
    case U'\u2014':
    case U'\u2026':
    case U'\u00B7':
      return true;
    default:
      return false;
  }
}

bool is_chinese_strong(char32_t cp) {
  return text::is_han(cp) || (text::mark_kind(cp) != MarkKind::None && !is_ambiguous(cp));
}

bool is_strong(char32_t cp) { return cp > U' ' && !is_ambiguous(cp); }

// Whether each character is set as Chinese: Han, full-width marks, and shared
// marks whose nearest strong neighbour on either side is Chinese.
std::vector<uint8_t> chinese_script(const std::u32string& s, bool chinese_default) {
  size_t n = s.size();
  std::vector<int8_t> before(n), after(n);  // -1 unknown, 0 Latin, 1 Chinese
  int8_t state = -1;
  for (size_t i = 0; i < n; ++i) {
    before[i] = state;
    if (is_strong(s[i])) state = is_chinese_strong(s[i]);
  }
  state = -1;
  for (size_t i = n; i-- > 0;) {
    after[i] = state;
    if (is_strong(s[i])) state = is_chinese_strong(s[i]);
  }
  std::vector<uint8_t> out(n);
  for (size_t i = 0; i < n; ++i) {
    if (!is_ambiguous(s[i])) {
      out[i] = is_chinese_strong(s[i]);
    } else if (before[i] < 0 && after[i] < 0) {
      out[i] = chinese_default;
    } else {
      out[i] = before[i] == 1 || after[i] == 1;
    }
  }
  return out;
}

bool dashes_or_ellipsis(char32_t a, char32_t b) {
  return a == b && (a == U'\u2014' || a == U'\u2026' || a == U'\u22EF' || a == U'\u2E3A');
}

struct Builder {
  const StyledText& in;
  const model::TextStyle& style;
  PrepareContext& ctx;
  Paragraph out;

  // Where the cluster glyph k belongs to ends, for a glyph that continues it.
  size_t cluster_end(size_t k) const {
    while (k > 0 && out.glyphs[k].chars == 0) --k;
    return out.glyphs[k].source + std::max<size_t>(out.glyphs[k].chars, 1);
  }

  // The faces a character of `style` asks for: emphasis in Chinese text takes the layout's
  // kai face or bold (dots are drawn later); Latin takes the italic.
  FaceKey face_key(bool chinese, const InlineStyle& st) const {
    const bool emphasis = chinese && st.italic;
    return {.bold = st.bold || (emphasis && ctx.emphasis == model::ChineseEmphasis::Bold),
            .italic = st.italic && !chinese,
            .mono = st.mono,
            .kai = emphasis && ctx.emphasis == model::ChineseEmphasis::Kai};
  }

  // The fallback chain of a script for a face key; looked up once per key, since the
  // table's key is the style's family lists.
  const std::vector<text::FontMatch>& chain(bool chinese, FaceKey key) {
    const StyleFonts*& cached = chains[key.index()];
    if (!cached) cached = &ctx.fonts.fonts(style, key);
    return chinese ? cached->chinese : cached->latin;
  }

  // Adds the glyphs HarfBuzz set for text[begin, end) in `match`; a character no face has
  // (match == nullptr) is drawn as the missing-glyph box of the chain's first face.
  void add_run(size_t begin, size_t end, bool chinese, FaceKey key, const text::FontMatch* match) {
    if (match == nullptr) {
      const text::FontMatch& first = chain(chinese, key).front();
      for (size_t i = begin; i < end; ++i) {
        if (in.text[i] == U' ' || in.text[i] == U'\n' || text::fixed_space_em(in.text[i]) > 0)
          continue;
        ctx.missing.add(in.text[i], ctx.file, ctx.pos);
        text::ShapedGlyph box{0, static_cast<uint32_t>(i),
                              static_cast<float>(first.face->glyph_advance(0)), 0, 0};
        add_glyph(box, 1, chinese, key.bold, first);
      }
      return;
    }
    text::ShapeOptions options{chinese ? text::Script::Han : text::Script::Latin, ctx.language,
                               ctx.small_caps && !chinese};
    std::vector<text::ShapedGlyph> shaped =
        ctx.fonts.shapes().shape(*match->face, in.text, begin, end, options);
    for (size_t k = 0; k < shaped.size(); ++k) {
      const uint32_t cluster = shaped[k].cluster;
      if (in.text[cluster] == U' ' || in.text[cluster] == U'\n' || in_gap(cluster)) continue;
      bool continues = k > 0 && shaped[k - 1].cluster == cluster;
      size_t next = k + 1;
      while (next < shaped.size() && shaped[next].cluster == cluster) ++next;
      size_t cluster_end = next < shaped.size() ? shaped[next].cluster : end;
      size_t chars = continues ? 0 : std::min<size_t>(cluster_end - cluster, 255);
      add_glyph(shaped[k], static_cast<uint8_t>(chars), chinese, key.bold, *match);
    }
  }

  void add_glyph(const text::ShapedGlyph& shaped, uint8_t chars, bool chinese, bool bold,
                 const text::FontMatch& match) {
    const size_t i = shaped.cluster;
    const char32_t cp = in.text[i];
    Glyph g;
    g.cp = cp;
    g.id = shaped.id;
    g.source = static_cast<uint32_t>(i);
    g.chars = chars;
    // Some Chinese bold faces (LXGW WenKai's) are barely darker than the regular;
    // the layout may ask for a stroke on top so that bold reads as bold. Latin letters
    // set in that same face get the stroke too, so that "**Web 开发**" is of one weight.
    text::FontMatch face = match;
    if (bold && face.face->is_bold() && style.embolden_chinese_bold &&
        face.face == chain(true, FaceKey{.bold = true}).front().face)
      face.synthetic_bold = true;
    g.font = static_cast<uint16_t>(ctx.fonts.index(face));
    if (!widths.count(g.font)) {  // a face's measures, once per paragraph, not per glyph
      double space = face.face->advance(U' ');
      widths[g.font] = {space > 0 ? space : 0.25, face.face->advance(U'-')};
      if (out.metrics.size() <= g.font) out.metrics.resize(g.font + 1u);
      const text::TextLine under = face.face->underline(), strike = face.face->strikeout();
      auto pt = [&](double em) { return static_cast<float>(em * style.size); };
      out.metrics[g.font] = {pt(face.face->ascender()), pt(-face.face->descender()),
                             face.face->glyph(U'-'),    face.face->glyph(U' '),
                             pt(under.position),        pt(under.thickness),
                             pt(strike.position),       pt(strike.thickness)};
      // An ideographic space a full em wide draws typed em spaces (line.cpp).
      if (std::abs(face.face->advance(U'\u3000') - 1) < 0.01)
        out.metrics[g.font].ideographic_space = face.face->glyph(U'\u3000');
    }
    // A span set smaller or larger (sup, sub, <small>) scales the glyph, not the paragraph.
    const double size = style.size * out.looks[in.style[i]].scale;
    g.advance = static_cast<float>(shaped.advance * size);
    g.x_offset = static_cast<float>(shaped.x_offset * size);
    g.y_offset = static_cast<float>(shaped.y_offset * size);
    g.link = in.link[i];
    MarkKind kind = text::mark_kind(cp);
    if (chars == 0) {
      g.cls = out.glyphs.empty() ? GlyphClass::Symbol : out.glyphs.back().cls;
    } else if (text::is_han(cp)) {
      g.cls = GlyphClass::Han;
    } else if (chinese && kind != MarkKind::None) {
      g.cls = GlyphClass::Mark;
    } else if (text::is_latin_alnum(cp) || cp < 0x2000) {
      g.cls = GlyphClass::Latin;
    }
    // Chinese fonts often draw “ ” ‘ ’ · narrow, as Latin fonts do; in Chinese text
    // they take a full em (§0), the blank on the side away from the text they mark.
    double pad = size - g.advance;
    if (g.cls == GlyphClass::Mark && is_ambiguous(cp) && pad > 0.1 * size) {
      if (kind == MarkKind::Opening) g.left_cut = -pad;
      if (kind == MarkKind::Closing) g.right_cut = -pad;
      if (kind == MarkKind::Interpunct) g.left_cut = g.right_cut = -pad / 2;
    }
    // A full-width mark's blank half (clreq §3.1.6); P2 drops it at a line edge.
    bool full_width = g.cls == GlyphClass::Mark && g.width() > 0.9 * size;
    if (full_width && (kind == MarkKind::Closing || kind == MarkKind::Stop))
      g.end_trim = 0.5 * size;
    if (full_width && kind == MarkKind::Opening) g.start_trim = 0.5 * size;
    out.glyphs.push_back(g);
  }

  // An image in the line: a glyph as wide as the image, in the face of the Latin text
  // around it (so that a space beside it has a width), drawn as the image, not as text.
  void add_object(size_t i, FaceKey key) {
    const text::FontMatch& face = chain(false, key).front();
    add_glyph({0, static_cast<uint32_t>(i), 0, 0, 0}, 1, false, key.bold, face);
    Glyph& g = out.glyphs.back();
    g.id = static_cast<uint32_t>(objects_added);
    g.advance = static_cast<float>(in.objects[objects_added++].width);
  }

  // P1: of two adjacent full-width marks, the first loses its right blank half,
  // else the second its left one; an opening mark before a closing one keeps both.
  void compress_pair(Glyph& a, Glyph& b) {
    if (a.cls != GlyphClass::Mark || b.cls != GlyphClass::Mark) return;
    if (a.end_trim > 0 && (b.end_trim > 0 || b.start_trim > 0)) {
      a.right_cut += a.end_trim;
      a.end_trim = 0;
    } else if (b.start_trim > 0) {
      b.left_cut += b.start_trim;
      b.start_trim = 0;
    }
  }

  // Whether the fixed-width space text[i] is set as the gap between glyphs (a junction's
  // width), not as a glyph: all but those that open the paragraph or a line after a hard
  // break, which are kept as typed (an indent of 　　).
  bool in_gap(size_t i) const { return text::fixed_space_em(in.text[i]) > 0 && !indent[i]; }

  Junction junction(size_t k) {
    Glyph& a = out.glyphs[k];
    Glyph& b = out.glyphs[k + 1];
    const double em = style.size;
    Junction j;
    bool hard = false;
    int spaces = 0;    // one, but where a code block keeps its spaces
    double fixed = 0;  // typed fixed-width spaces, pt
    // The break opportunities between the end of a's cluster and the start of b's.
    for (size_t t = cluster_end(k); t <= b.source && t < in.text.size(); ++t) {
      j.brk = std::max(j.brk, breaks[t]);
      spaces += in.text[t] == U' ';
      hard = hard || in.text[t] == U'\n';
      if (t < b.source)
        fixed += text::fixed_space_em(in.text[t]) * em * out.looks[in.style[t]].scale;
    }
    const bool space = spaces > 0;
    if (hard) j.brk = BreakClass::Mandatory;
    if (!hard && (fixed > 0 || text::fixed_space_em(a.cp) > 0 || text::fixed_space_em(b.cp) > 0)) {
      // Typed fixed-width spaces (U+3000, &emsp; …) are the gap, as wide as typed: they never
      // stretch or shrink, and no Han–Latin quarter em or U+0020 typed beside them adds to
      // them ("&emsp;" at a source line's end, "成都　 github"). Like a space, the gap is
      // dropped where a line breaks (issue 11: "业大学　　计算机科学与技术　　" ended a line
      // of the side column with two blank ems). Beside an indent kept as glyphs, likewise.
      j.width = static_cast<float>(fixed);
      j.fixed = fixed > 0;
      return j;
    }
    j.space = space;
    if (in.style_at(a.source).mono && in.style_at(b.source).mono) {
      // Code keeps its grid: a typed space is one cell of the mono face, whatever face the
      // glyph before it came from, and Han beside Latin gets no quarter em (a terminal adds
      // none). Before, a space after Han took the Chinese face's (0.22 em against 0.6) and
      // "拉取代码 → 单元测试" stood lopsided round its arrows (corpus 18).
      j.width = static_cast<float>(mono_space_width(b) * spaces);
      j.spread = space;
      return j;
    }
    bool han_latin = (a.cls == GlyphClass::Han && text::is_latin_alnum(b.cp)) ||
                     (b.cls == GlyphClass::Han && text::is_latin_alnum(a.cp));
    if (han_latin && !hard) {
      // S1, S2: a quarter em between Han and Latin, whether or not a space was typed.
      j.width = 0.25 * em, j.stretch = kHanLatinGlue * em, j.shrink = em / 8, j.spread = true;
    } else if (space && (a.cls == GlyphClass::Mark || b.cls == GlyphClass::Mark)) {
      // A space typed next to a full-width mark adds nothing, on either side: after "。" or
      // before "（" the blank half is already the gap (as xeCJK and Typst drop it), and
      // before "，" or just inside 「 」《 》（ ） it would only open a hole
      // ("AndroidStandardDevelop  ，", issue 11 item 3). The marks pair up as if it were not
      // typed (P1).
      j.spread = true;
      compress_pair(a, b);
    } else if (space) {
      // A space beside a Chinese character ("管理 / 技术") is a gap in Chinese text: it
      // stretches no more than a Han–Latin gap (em/12), where a word space takes half its
      // width (0.175 em in LXGW WenKai, whose space is 0.35 em: +0.18 em, issue 11).
      const bool chinese_side = a.cls == GlyphClass::Han || a.cls == GlyphClass::Mark ||
                                b.cls == GlyphClass::Han || b.cls == GlyphClass::Mark;
      j.word_space = !chinese_side;
      j.width = static_cast<float>(space_width(a) * spaces);
      j.stretch = chinese_side ? std::min(j.width / 2, float(kHanLatinGlue * em)) : j.width / 2;
      j.shrink = j.width / 3;  // TeX: a third of the space
      j.spread = true;
    } else {
      bool inside_word = a.cls != GlyphClass::Han && a.cls != GlyphClass::Mark &&
                         b.cls != GlyphClass::Han && b.cls != GlyphClass::Mark;
      j.spread = !inside_word && !dashes_or_ellipsis(a.cp, b.cp);  // S3, J2.3
      compress_pair(a, b);
    }
    return j;
  }

  // A space takes the width of the font before it (its own space glyph), at its size.
  double space_width(const Glyph& g) const {
    return widths.at(g.font).space * style.size * out.look_of(g).scale;
  }

  // One cell of the mono face, at the size of glyph g's style.
  double mono_space_width(const Glyph& g) {
    const text::FontMatch& mono = chain(false, FaceKey{.mono = true}).front();
    return mono.face->advance(U' ') * style.size * out.look_of(g).scale;
  }

  std::vector<BreakClass> breaks;
  // Per character: a fixed-width space with nothing but white space before it since the
  // paragraph's start or a hard break, kept as a glyph.
  std::vector<bool> indent;
  const StyleFonts* chains[16] = {};  // by FaceKey::index
  struct SpacingWidths {
    double space;   // em
    double hyphen;  // em; 0 when the face has no '-'
  };
  std::map<int, SpacingWidths> widths;  // by font index
  size_t objects_added = 0;             // images met so far: the next one's index
};

// Builder::indent: the fixed-width spaces that open the paragraph or a line after a hard break.
std::vector<bool> indent_spaces(const std::u32string& text) {
  std::vector<bool> out(text.size());
  bool line_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool fixed = text::fixed_space_em(text[i]) > 0;
    out[i] = fixed && line_start;
    line_start = text[i] == U'\n' || (line_start && (fixed || text[i] == U' '));
  }
  return out;
}

// How a style's glyphs are drawn in a paragraph of `size`.
GlyphLook look(const InlineStyle& st, double size, const PrepareContext& ctx) {
  GlyphLook out;
  // A scale comes from the input (CSS font-size): kept to a fifth to five times the size, so
  // that no glyph is set at 0 pt (the PDF's glyph positions divide by the size) or fills a page.
  out.scale = std::isfinite(st.scale) ? std::clamp(st.scale, 0.2f, 5.0f) : 1.0f;
  if (st.shift != model::Shift::None) out.scale *= kShiftScale;
  if (st.shift == model::Shift::Super) out.rise = static_cast<float>(kSuperRise * size);
  if (st.shift == model::Shift::Sub) out.rise = static_cast<float>(-kSubDrop * size);
  out.color = st.color;
  out.strike = st.strike;
  out.underline = st.underline;
  out.dots = st.italic && ctx.emphasis == model::ChineseEmphasis::Dots;
  return out;
}

}  // namespace

Paragraph prepare(const StyledText& in, const model::TextStyle& style, PrepareContext& ctx) {
  Builder b{in, style, ctx, {}, text::find_breaks(in.text), indent_spaces(in.text), {}};
  b.out.text = in.typed.empty() ? in.text : in.typed;
  b.out.links.reserve(in.links.size());
  for (const std::string& uri : in.links) b.out.links.push_back(ctx.uris.add(uri));
  b.out.objects = in.objects;
  b.out.size = style.size;
  b.out.color = style.color;
  b.out.link_color = ctx.link_color;
  b.out.style = in.style;
  b.out.looks.reserve(in.styles.size());
  for (const InlineStyle& st : in.styles) b.out.looks.push_back(look(st, style.size, ctx));
  std::vector<uint8_t> chinese = chinese_script(in.text, ctx.chinese_default);
  // Runs of one script and style share a fallback chain; itemize picks the face, and each
  // face's run is shaped as a whole (kerning and ligatures across its characters).
  const std::u32string_view text = in.text;
  for (size_t begin = 0, end = 0; begin < text.size(); begin = end) {
    if (text[begin] == kObject) {
      // Text cut into pieces (small capitals) may keep the mark without its image: skipped.
      if (b.objects_added < in.objects.size())
        b.add_object(begin, b.face_key(false, in.style_at(begin)));
      ++end;
      continue;
    }
    while (end < text.size() && chinese[end] == chinese[begin] &&
           in.style[end] == in.style[begin] && text[end] != kObject)
      ++end;
    const FaceKey key = b.face_key(chinese[begin], in.style_at(begin));
    const auto& chain = b.chain(chinese[begin], key);
    for (const text::FontRun& run : text::itemize(text.substr(begin, end - begin), chain)) {
      const text::FontMatch* match = run.font >= 0 ? &chain[run.font] : nullptr;
      b.add_run(begin + run.begin, begin + run.end, chinese[begin], key, match);
    }
  }
  size_t n = b.out.glyphs.size();
  b.out.junctions.reserve(n);
  for (size_t k = 0; k + 1 < n; ++k) b.out.junctions.push_back(b.junction(k));
  if (ctx.hyphenate) {
    mark_hyphenation_points(in, b.out, ctx.hyphenation, [&](uint16_t font) {
      return static_cast<float>(b.widths.at(font).hyphen * style.size);
    });
  }
  return std::move(b.out);
}

void MissingCharacters::add(char32_t cp, const std::string& file, model::SourcePos pos) {
  Seen& seen = seen_[cp];
  if (seen.count++ == 0) seen.file = file, seen.pos = pos;
}

void MissingCharacters::append_to(model::Diagnostics& diagnostics) const {
  for (const auto& [cp, seen] : seen_) {
    std::string name;
    text::append_utf8(name, cp);
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    // An emoji is usually typed as its shortcode; the name finds it in the file.
    std::string shortcode(text::shortcode_of(cp));
    if (!shortcode.empty()) shortcode = ", :" + shortcode + ":";
    diagnostics.add({seen.file, seen.pos.line, seen.pos.column,
                     "no font of the layout has '" + name + "' (" + code + shortcode +
                         "); it is shown as a missing-glyph box",
                     seen.count});
  }
}

}  // namespace jianli::layout
