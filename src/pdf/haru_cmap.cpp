#include "pdf/haru_cmap.h"

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_mmgr.h>

#include <vector>

namespace jianli::pdf {
namespace {

constexpr HPDF_UINT kCodePoints = 0x10000;

template <class T>
T* haru_alloc(HPDF_MMgr mmgr, HPDF_UINT count) {
  return static_cast<T*>(HPDF_GetMem(mmgr, static_cast<HPDF_UINT>(sizeof(T) * count)));
}

}  // namespace

bool index_cmap_for_haru(HPDF_Doc doc, const char* font_name) {
  HPDF_FontDef def = HPDF_GetFontDef(doc, font_name);
  if (def == nullptr || def->type != HPDF_FONTDEF_TYPE_TRUETYPE || def->attr == nullptr)
    return false;
  auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  HPDF_TTF_CmapRange& cmap = attr->cmap;
  const HPDF_UINT segments = cmap.seg_count_x2 / 2u;
  if (cmap.format != 4 || segments == 0 || cmap.end_count == nullptr ||
      cmap.start_count == nullptr || cmap.id_delta == nullptr || cmap.id_range_offset == nullptr)
    return false;

  // Every answer of the parsed table, asked of libharu itself (so its arithmetic, including its
  // quirks, is kept). A code point outside every segment is glyph 0 there, as here.
  std::vector<HPDF_UINT16> glyphs(kCodePoints, 0);
  for (HPDF_UINT s = 0; s < segments; ++s) {
    HPDF_UINT first = cmap.start_count[s], last = cmap.end_count[s];
    for (HPDF_UINT code = first; code <= last && code < kCodePoints; ++code)
      glyphs[code] = HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(code));
  }

  // One segment 0000-FFFF whose idRangeOffset points at glyph_id_array[0]: GetGlyphid computes
  // idx = id_range_offset / 2 + (code - start) - (segments - i) = 1 + code - 1 = code.
  HPDF_MMgr mmgr = def->mmgr;
  auto* end_count = haru_alloc<HPDF_UINT16>(mmgr, 1);
  auto* start_count = haru_alloc<HPDF_UINT16>(mmgr, 1);
  auto* id_delta = haru_alloc<HPDF_INT16>(mmgr, 1);
  auto* id_range_offset = haru_alloc<HPDF_UINT16>(mmgr, 1);
  auto* glyph_ids = haru_alloc<HPDF_UINT16>(mmgr, kCodePoints);
  if (!end_count || !start_count || !id_delta || !id_range_offset || !glyph_ids) {
    for (void* p : {static_cast<void*>(end_count), static_cast<void*>(start_count),
                    static_cast<void*>(id_delta), static_cast<void*>(id_range_offset),
                    static_cast<void*>(glyph_ids)}) {
      if (p) HPDF_FreeMem(mmgr, p);
    }
    return false;  // HPDF_GetMem reported it to the error handler: the next check() raises it
  }
  end_count[0] = 0xFFFF;
  start_count[0] = 0;
  id_delta[0] = 0;
  id_range_offset[0] = 2;
  for (HPDF_UINT code = 0; code < kCodePoints; ++code) glyph_ids[code] = glyphs[code];

  // The old arrays were allocated with the same memory manager; libharu frees whatever these
  // pointers hold when the document is freed (InitAttr in hpdf_fontdef_tt.c).
  for (void* old : {static_cast<void*>(cmap.end_count), static_cast<void*>(cmap.start_count),
                    static_cast<void*>(cmap.id_delta), static_cast<void*>(cmap.id_range_offset),
                    static_cast<void*>(cmap.glyph_id_array)}) {
    if (old) HPDF_FreeMem(mmgr, old);
  }
  cmap.end_count = end_count;
  cmap.start_count = start_count;
  cmap.id_delta = id_delta;
  cmap.id_range_offset = id_range_offset;
  cmap.glyph_id_array = glyph_ids;
  cmap.glyph_id_array_count = kCodePoints;
  cmap.seg_count_x2 = 2;
  return true;
}

}  // namespace jianli::pdf
