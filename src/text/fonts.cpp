// Face: one memory-mapped font face measured with HarfBuzz. itemize: per-character
// fallback through a chain of faces. FontLibrary lives in font_library.cpp.
#include "text/fonts.h"

#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <iterator>

#include "model/error.h"
#include "text/chars.h"
#include "text/font_tables.h"

namespace jianli::text {

using font_tables::BlobPtr;
using font_tables::FacePtr;
using font_tables::FontPtr;

namespace {

// Used when a font has no usable vertical metrics: typical values for CJK fonts.
constexpr double kFallbackAscender = 0.88;
constexpr double kFallbackDescender = -0.12;

}  // namespace

Face::Face(std::string path, int index) : path_(std::move(path)), index_(index) {
  // Memory-mapped: a CJK font is 10-20 MB and a résumé uses a few hundred glyphs.
  BlobPtr blob(hb_blob_create_from_file_or_fail(path_.c_str()));
  if (!blob)
    throw model::InputError(path_, {}, "cannot read font: the file is missing or unreadable");
  unsigned face_count = hb_face_count(blob.get());
  if (face_count == 0) {
    throw model::InputError(path_, {}, "cannot read font: not a TrueType or OpenType font file");
  }
  if (index < 0 || static_cast<unsigned>(index) >= face_count) {
    throw model::InputError(path_, {},
                            "cannot read font: the file has " + std::to_string(face_count) +
                                " face(s), there is no face number " + std::to_string(index));
  }
  FacePtr face(hb_face_create(blob.get(), static_cast<unsigned>(index)));
  if (hb_face_get_glyph_count(face.get()) == 0) {
    throw model::InputError(path_, {}, "cannot read font: the face has no glyphs");
  }
  hb_face_make_immutable(face.get());
  unsigned upem = hb_face_get_upem(face.get());

  FontPtr font(hb_font_create(face.get()));
  // Scale = units per em, so every value HarfBuzz returns is in font units.
  hb_font_set_scale(font.get(), static_cast<int>(upem), static_cast<int>(upem));
  // Immutable from here on: HarfBuzz's getters are then safe from several threads.
  hb_font_make_immutable(font.get());

  family_ = font_tables::display_family(face.get());
  upem_ = upem;
  blob_ = blob.release();
  face_ = face.release();
  font_ = font.release();
}

Face::~Face() {
  hb_font_destroy(font_);
  hb_face_destroy(face_);
  hb_blob_destroy(blob_);
}

bool Face::has_glyph(char32_t cp) const {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(font_, cp, &glyph);
}

double Face::advance(char32_t cp) const {
  hb_codepoint_t glyph = 0;
  if (!hb_font_get_nominal_glyph(font_, cp, &glyph)) return 0;
  return hb_font_get_glyph_h_advance(font_, glyph) / upem_;
}

uint32_t Face::glyph(char32_t cp) const {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(font_, cp, &glyph) ? glyph : 0;
}

double Face::glyph_advance(uint32_t glyph) const {
  return hb_font_get_glyph_h_advance(font_, glyph) / upem_;
}

bool Face::has_feature(uint32_t tag) const {
  hb_tag_t tags[256];
  unsigned count = std::size(tags);
  hb_ot_layout_table_get_feature_tags(face_, HB_OT_TAG_GSUB, 0, &count, tags);
  return std::find(tags, tags + count, tag) != tags + count;
}

double Face::ascender() const {
  hb_position_t value = 0;
  if (!hb_ot_metrics_get_position(font_, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &value) ||
      value <= 0) {
    return kFallbackAscender;
  }
  return value / upem_;
}

double Face::descender() const {
  hb_position_t value = 0;
  if (!hb_ot_metrics_get_position(font_, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &value) ||
      value >= 0) {
    return kFallbackDescender;
  }
  return value / upem_;
}

bool Face::is_bold() const { return font_tables::weight_class(face_) >= 600; }

bool Face::is_italic() const { return font_tables::is_italic(face_); }

// A line the face's tables place, or `fallback` (em) when they say nothing usable.
TextLine Face::text_line(uint32_t offset_tag, uint32_t size_tag, TextLine fallback) const {
  hb_position_t offset = 0, size = 0;
  const auto offset_metric = static_cast<hb_ot_metrics_tag_t>(offset_tag);
  const auto size_metric = static_cast<hb_ot_metrics_tag_t>(size_tag);
  if (!hb_ot_metrics_get_position(font_, offset_metric, &offset) ||
      !hb_ot_metrics_get_position(font_, size_metric, &size) || size <= 0)
    return fallback;
  return {offset / upem_, size / upem_};
}

TextLine Face::underline() const {
  // The post table gives the top of the underline; the line's centre is half a stroke lower.
  TextLine line = text_line(HB_OT_METRICS_TAG_UNDERLINE_OFFSET, HB_OT_METRICS_TAG_UNDERLINE_SIZE,
                            {-0.075, 0.05});
  line.position -= line.thickness / 2;
  return line;
}

TextLine Face::strikeout() const {
  // OS/2 yStrikeoutPosition is the top of the stroke, like the underline's.
  TextLine line =
      text_line(HB_OT_METRICS_TAG_STRIKEOUT_OFFSET, HB_OT_METRICS_TAG_STRIKEOUT_SIZE, {0.3, 0.05});
  line.position -= line.thickness / 2;
  return line;
}

// ---------------------------------------------------------------------------
// itemize

namespace {

// Invisible characters the shaper consumes with their neighbour: zero-width space
// and joiners, direction marks, word joiner, BOM, variation selectors. They never
// need a glyph of their own, so they never start a run.
bool is_default_ignorable(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x00AD;
}

// Combining marks belong with their base letter (é written as e + U+0301).
bool is_combining_mark(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x3099 || cp == 0x309A;
}

// Characters every script shares; they follow the run they are in.
bool is_common(char32_t cp) {
  return is_default_ignorable(cp) || is_whitespace(cp) || is_combining_mark(cp);
}

bool face_has(const std::vector<FontMatch>& chain, int font, char32_t cp) {
  return font >= 0 && chain[font].face && chain[font].face->has_glyph(cp);
}

int first_face_with(const std::vector<FontMatch>& chain, char32_t cp) {
  for (size_t i = 0; i < chain.size(); ++i) {
    if (face_has(chain, static_cast<int>(i), cp)) return static_cast<int>(i);
  }
  return -1;
}

// A common character stays in the run `font` when that face can show it (a space
// between two Latin words), or when it needs no glyph at all.
bool can_join(const std::vector<FontMatch>& chain, int font, char32_t cp) {
  return is_common(cp) && (is_default_ignorable(cp) || face_has(chain, font, cp));
}

}  // namespace

std::vector<FontRun> itemize(std::u32string_view text, const std::vector<FontMatch>& chain) {
  std::vector<FontRun> runs;
  // Leading common characters (text that starts with a space) join the run of the
  // first real character rather than the first face that has a space.
  std::optional<int> leading_font;
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t cp = text[i];
    if (!runs.empty() && can_join(chain, runs.back().font, cp)) {
      runs.back().end = i + 1;
      continue;
    }
    int font = first_face_with(chain, cp);
    if (runs.empty() && is_common(cp)) {
      if (!leading_font) {
        size_t next = i;
        while (next < text.size() && is_common(text[next])) ++next;
        leading_font = next < text.size() ? first_face_with(chain, text[next]) : font;
      }
      if (can_join(chain, *leading_font, cp)) font = *leading_font;
    }
    if (!runs.empty() && runs.back().font == font) {
      runs.back().end = i + 1;
    } else {
      runs.push_back({i, i + 1, font});
    }
  }
  return runs;
}

}  // namespace jianli::text
