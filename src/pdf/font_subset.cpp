#include "pdf/font_subset.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>

#include "model/error.h"
#include "pdf/embedded_font.h"
#include "pdf/glyph_copies.h"
#include "text/font_tables.h"

namespace jianli::pdf {
namespace {

using text::font_tables::BlobPtr;
using text::font_tables::FacePtr;
using text::font_tables::FontPtr;

template <class T, void (*Destroy)(T*)>
struct HbDeleter {
  void operator()(T* p) const { Destroy(p); }
};
using InputPtr =
    std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;
using PlanPtr =
    std::unique_ptr<hb_subset_plan_t, HbDeleter<hb_subset_plan_t, hb_subset_plan_destroy>>;

constexpr hb_tag_t kGlyf = HB_TAG('g', 'l', 'y', 'f');
constexpr hb_tag_t kCff = HB_TAG('C', 'F', 'F', ' ');

bool has_table(hb_face_t* face, hb_tag_t tag) {
  BlobPtr table(hb_face_reference_table(face, tag));
  return hb_blob_get_length(table.get()) > 0;
}

std::string table_bytes(hb_face_t* face, hb_tag_t tag) {
  BlobPtr table(hb_face_reference_table(face, tag));
  unsigned length = 0;
  const char* data = hb_blob_get_data(table.get(), &length);
  return data ? std::string(data, length) : std::string();
}

// Tables no PDF viewer reads from an embedded program: layout (the glyphs are shaped
// already), the character map (the PDF maps codes to glyphs itself), names, vertical
// metrics, hinting aids. The subsetter is given the font without them (hidden_tables_face),
// which also spares it the work they cost: with the cmap present, hb-subset 6.0 maps all
// 44,000 characters of Noto Serif CJK to find which the kept glyphs stand for, 40 M of the
// 51 M instructions a subset of that font took (callgrind, 120 glyphs).
constexpr hb_tag_t kHiddenTables[] = {
    HB_TAG('c', 'm', 'a', 'p'), HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'),
    HB_TAG('G', 'D', 'E', 'F'), HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'),
    HB_TAG('M', 'A', 'T', 'H'), HB_TAG('k', 'e', 'r', 'n'), HB_TAG('D', 'S', 'I', 'G'),
    HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'), HB_TAG('V', 'O', 'R', 'G'),
    HB_TAG('h', 'd', 'm', 'x'), HB_TAG('L', 'T', 'S', 'H'), HB_TAG('V', 'D', 'M', 'X'),
    HB_TAG('g', 'a', 's', 'p'), HB_TAG('p', 'o', 's', 't'), HB_TAG('n', 'a', 'm', 'e'),
};

hb_blob_t* table_unless_hidden(hb_face_t*, hb_tag_t tag, void* real_face) {
  for (hb_tag_t hidden : kHiddenTables)
    if (tag == hidden) return hb_blob_get_empty();
  return hb_face_reference_table(static_cast<hb_face_t*>(real_face), tag);
}

// `face` as the subsetter should see it: without kHiddenTables.
FacePtr hidden_tables_face(hb_face_t* face) {
  FacePtr wrapper(
      hb_face_create_for_tables(table_unless_hidden, hb_face_reference(face),
                                [](void* f) { hb_face_destroy(static_cast<hb_face_t*>(f)); }));
  hb_face_set_upem(wrapper.get(), hb_face_get_upem(face));
  hb_face_set_glyph_count(wrapper.get(), hb_face_get_glyph_count(face));
  return wrapper;
}

int16_t read_int16(const std::string& table, size_t at) {
  if (at + 2 > table.size()) return 0;
  return static_cast<int16_t>((static_cast<uint8_t>(table[at]) << 8) |
                              static_cast<uint8_t>(table[at + 1]));
}

DescriptorMetrics metrics_of(hb_face_t* face, hb_font_t* font, double per_unit) {
  DescriptorMetrics m;
  auto scaled = [&](double v) { return static_cast<int>(std::lround(v * per_unit)); };
  hb_position_t v = 0;
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &v))
    m.ascent = scaled(v);
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &v))
    m.descent = scaled(v);
  m.cap_height =
      hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &v) ? scaled(v) : m.ascent;
  std::string head = table_bytes(face, HB_TAG('h', 'e', 'a', 'd'));  // xMin..yMax at 36..43
  for (int i = 0; i < 4; ++i) m.bbox[i] = scaled(read_int16(head, 36 + 2 * i));
  return m;
}

// A PDF name may not hold spaces or delimiters; PostScript names never should, but a
// font's name table is the font maker's to fill.
std::string postscript_name(hb_face_t* face, const std::string& path) {
  char buf[128];
  unsigned size = sizeof buf;
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, buf);
  std::string name;
  for (const char* p = buf; *p; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c > 0x20 && c < 0x7F &&
        std::string_view("()<>[]{}/%#").find(static_cast<char>(c)) == std::string_view::npos)
      name += static_cast<char>(c);
  }
  if (name.empty()) {
    name = path.substr(path.find_last_of('/') + 1);
    name = name.substr(0, name.find('.'));
  }
  return name.empty() ? "Font" : name;
}

// CID of each glyph of a CFF program: a CID-keyed font (Noto CJK: Adobe-Identity-0) keeps
// the original CIDs through hb-subset; a name-keyed one is drawn by glyph id.
std::vector<uint16_t> cids_of(const std::string& subset_file, unsigned glyph_count) {
  std::vector<uint16_t> cids(glyph_count);
  for (unsigned g = 0; g < glyph_count; ++g) cids[g] = static_cast<uint16_t>(g);
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) throw std::runtime_error("cannot start FreeType");
  FT_Face face = nullptr;
  if (FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(subset_file.data()),
                         static_cast<FT_Long>(subset_file.size()), 0, &face) == 0) {
    FT_Bool cid_keyed = 0;
    if (FT_Get_CID_Is_Internally_CID_Keyed(face, &cid_keyed) == 0 && cid_keyed) {
      for (unsigned g = 0; g < glyph_count; ++g) {
        FT_UInt cid = 0;
        if (FT_Get_CID_From_Glyph_Index(face, g, &cid) == 0) cids[g] = static_cast<uint16_t>(cid);
      }
    }
    FT_Done_Face(face);
  }
  FT_Done_FreeType(library);
  return cids;
}

}  // namespace

int SubsetFont::width_of(uint16_t code) const {
  auto it = std::lower_bound(codes.begin(), codes.end(), code,
                             [](const FontCode& c, uint16_t value) { return c.code < value; });
  return it != codes.end() && it->code == code ? it->width : 0;
}

SubsetFont subset_font(const std::string& path, int index, const std::vector<GlyphUse>& uses) {
  BlobPtr file(hb_blob_create_from_file_or_fail(path.c_str()));
  if (!file) throw model::InputError("cannot read font file " + path);
  if (index < 0 || static_cast<unsigned>(index) >= hb_face_count(file.get())) {
    throw model::InputError("font file " + path + " has no face number " + std::to_string(index));
  }
  FacePtr face(hb_face_create(file.get(), static_cast<unsigned>(index)));
  const unsigned glyph_count = hb_face_get_glyph_count(face.get());
  if (glyph_count == 0) throw model::InputError("font file " + path + " holds no glyphs");
  SubsetFont out;
  if (has_table(face.get(), kGlyf)) {
    out.outlines = Outlines::TrueType;
  } else if (has_table(face.get(), kCff)) {
    out.outlines = Outlines::Cff;
  } else {
    throw model::InputError("font " + path +
                            " has neither TrueType nor CFF outlines (a bitmap colour font or "
                            "a variable CFF2 font?); a PDF cannot embed it. Use another family");
  }

  InputPtr input(hb_subset_input_create_or_fail());
  if (!input) throw std::runtime_error("hb-subset: out of memory");
  hb_set_t* glyphs = hb_subset_input_glyph_set(input.get());
  hb_set_add(glyphs, 0);
  for (const GlyphUse& use : uses) {
    if (use.id >= glyph_count) {
      throw std::runtime_error("glyph " + std::to_string(use.id) + " is not in font " + path);
    }
    hb_set_add(glyphs, use.id);
  }
  // Glyph ids are renumbered from 0 (no retain-gids): the tables stay small. CFF charstrings
  // are desubroutinized: a few hundred of Noto CJK's 65,535 glyphs share few subroutines, so
  // inlining them gives a smaller program (16.7 KB against 19.2 KB for 120 glyphs) with a
  // quarter of the memory (1.0 MB against 4.4 MB at the peak) in 60 % of the instructions.
  hb_subset_input_set_flags(input.get(),
                            HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE);
  FacePtr source = hidden_tables_face(face.get());
  PlanPtr plan(hb_subset_plan_create_or_fail(source.get(), input.get()));
  if (!plan) throw model::InputError("hb-subset could not subset font " + path);
  const hb_map_t* new_glyph = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
  FacePtr subset(hb_subset_plan_execute_or_fail(plan.get()));
  if (!subset) throw model::InputError("hb-subset could not subset font " + path);
  BlobPtr subset_blob(hb_face_reference_blob(subset.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(subset_blob.get(), &length);
  if (data == nullptr || length == 0)
    throw model::InputError("hb-subset produced an empty font from " + path);
  const std::string subset_file(data, length);

  FontPtr font(hb_font_create(face.get()));
  const double per_unit = 1000.0 / hb_face_get_upem(face.get());
  out.postscript_name = postscript_name(face.get(), path);
  out.metrics = metrics_of(face.get(), font.get(), per_unit);

  std::vector<const GlyphUse*> order;
  for (const GlyphUse& use : uses) order.push_back(&use);
  std::sort(order.begin(), order.end(), [](const GlyphUse* a, const GlyphUse* b) {
    return a->id != b->id ? a->id < b->id : a->text < b->text;
  });
  std::vector<uint16_t> cids;
  if (out.outlines == Outlines::Cff) {
    out.program = table_bytes(subset.get(), kCff);
    cids = cids_of(subset_file, hb_face_get_glyph_count(subset.get()));
  } else {
    out.program = strip_for_embedding(subset_file);
    if (order.size() >= 0xFFFF) {
      throw model::InputError("the document draws " + std::to_string(order.size()) +
                              " different glyphs of " + path + "; a PDF font holds at most 65,534");
    }
  }
  // The copies of glyphs that carry a gap (gap_carriers.h), after the subset's own glyphs.
  std::map<std::pair<uint16_t, GapCarrier>, uint16_t> copy_of;
  std::vector<GlyphCopy> copies;
  const unsigned subset_glyphs = hb_face_get_glyph_count(subset.get());
  const int gap_units = static_cast<int>(std::lround(kCarriedGap / per_unit));
  std::set<uint16_t> cff_codes;
  for (const GlyphUse* use : order) {
    auto glyph = static_cast<uint16_t>(hb_map_get(new_glyph, use->id));
    int width =
        static_cast<int>(std::lround(hb_font_get_glyph_h_advance(font.get(), use->id) * per_unit));
    uint16_t code = 0;
    if (out.outlines == Outlines::Cff) {
      if (use->carrier != GapCarrier::None)
        throw std::logic_error("a CFF glyph cannot carry a gap (gap_carriers.h)");
      code = glyph < cids.size() ? cids[glyph] : glyph;
      out.code_of.emplace(*use, code);
      if (!cff_codes.insert(code).second) continue;  // the glyph for another text: first stays
    } else {
      code = static_cast<uint16_t>(out.codes.size() + 1);  // code 0 is left to .notdef
      out.code_of.emplace(*use, code);
      if (use->carrier != GapCarrier::None) {
        const int sides = carries(use->carrier, GapCarrier::Leading) +
                          carries(use->carrier, GapCarrier::Trailing);
        auto [it, added] = copy_of.try_emplace(
            {glyph, use->carrier}, static_cast<uint16_t>(subset_glyphs + copies.size()));
        if (added) {
          copies.push_back({glyph, carries(use->carrier, GapCarrier::Leading) ? gap_units : 0,
                            sides * gap_units});
        }
        glyph = it->second;
        width += sides * kCarriedGap;
      }
    }
    out.codes.push_back({code, glyph, width, use->text});
  }
  if (!copies.empty()) out.program = add_glyph_copies(out.program, copies);
  std::sort(out.codes.begin(), out.codes.end(),
            [](const FontCode& a, const FontCode& b) { return a.code < b.code; });
  return out;
}

}  // namespace jianli::pdf
