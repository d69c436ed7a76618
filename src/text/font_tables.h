// The few facts font selection reads from a font file's own tables (name, OS/2,
// glyf), shared by Face (fonts.cpp) and FontLibrary (font_library.cpp).
// Internal to the text stage.
#pragma once

#include <hb-ot.h>
#include <hb.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jianli::text::font_tables {

struct BlobDeleter {
  void operator()(hb_blob_t* blob) const { hb_blob_destroy(blob); }
};
struct FaceDeleter {
  void operator()(hb_face_t* face) const { hb_face_destroy(face); }
};
struct FontDeleter {
  void operator()(hb_font_t* font) const { hb_font_destroy(font); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, BlobDeleter>;
using FacePtr = std::unique_ptr<hb_face_t, FaceDeleter>;
using FontPtr = std::unique_ptr<hb_font_t, FontDeleter>;

// Every family name a user may ask for: the typographic family (name ID 16) and the
// legacy family (ID 1), in every language the name table has ("LXGW WenKai", "霞鹜文楷").
std::vector<std::string> family_names(hb_face_t* face);

// The one name to show: the English typographic family, else the English legacy
// family, else whatever family name there is. The typographic name comes first
// because the legacy one folds the weight in for extra weights ("LXGW WenKai Light").
std::string display_family(hb_face_t* face);

// OS/2 usWeightClass (400 regular, 700 bold); 400 when the table is missing.
int weight_class(hb_face_t* face);

// OS/2 fsSelection says italic or oblique.
bool is_italic(hb_face_t* face);

// The face has outlines a PDF can embed: TrueType ('glyf') or CFF ('CFF '). Bitmap-only
// faces (colour emoji) and CFF2 variable fonts are of no use to jianli.
bool has_embeddable_outlines(hb_face_t* face);

// Font family names compare case-insensitively (ASCII letters only), like fontconfig.
bool same_family(std::string_view a, std::string_view b);

}  // namespace jianli::text::font_tables
