#include "pdf/embedded_font.h"

#include <hb.h>

#include <memory>
#include <stdexcept>

namespace jianli::pdf {
namespace {

struct BlobDeleter {
  void operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
};
struct FaceDeleter {
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};
using Blob = std::unique_ptr<hb_blob_t, BlobDeleter>;
using Face = std::unique_ptr<hb_face_t, FaceDeleter>;

// What a CIDFontType2 font program needs (PDF Reference 1.7, 5.8). libharu writes cvt, fpgm and
// prep even when they are empty (hb-subset drops hinting); they are kept as they are.
constexpr hb_tag_t kKept[] = {
    HB_TAG('h', 'e', 'a', 'd'), HB_TAG('h', 'h', 'e', 'a'), HB_TAG('l', 'o', 'c', 'a'),
    HB_TAG('m', 'a', 'x', 'p'), HB_TAG('c', 'v', 't', ' '), HB_TAG('p', 'r', 'e', 'p'),
    HB_TAG('g', 'l', 'y', 'f'), HB_TAG('h', 'm', 't', 'x'), HB_TAG('f', 'p', 'g', 'm'),
};

}  // namespace

std::string strip_for_embedding(const std::string& font) {
  Blob blob(hb_blob_create(font.data(), static_cast<unsigned>(font.size()), HB_MEMORY_MODE_READONLY,
                           nullptr, nullptr));
  Face face(hb_face_create(blob.get(), 0));
  if (hb_face_get_glyph_count(face.get()) == 0)
    throw std::runtime_error("an embedded font program is not a TrueType font");
  Face builder(hb_face_builder_create());
  for (hb_tag_t tag : kKept) {
    Blob table(hb_face_reference_table(face.get(), tag));
    // A table the font lacks stays absent, except those libharu writes empty anyway.
    if (hb_blob_get_length(table.get()) == 0 && tag != HB_TAG('c', 'v', 't', ' ') &&
        tag != HB_TAG('p', 'r', 'e', 'p') && tag != HB_TAG('f', 'p', 'g', 'm'))
      continue;
    hb_face_builder_add_table(builder.get(), tag, table.get());
  }
  return built_font(builder.get());
}

std::string built_font(hb_face_t* builder) {
  // HarfBuzz writes the table directory with checksums and sets head.checkSumAdjustment.
  Blob out(hb_face_reference_blob(builder));
  unsigned length = 0;
  const char* data = hb_blob_get_data(out.get(), &length);
  if (data == nullptr || length == 0)
    throw std::runtime_error("could not rebuild an embedded font program");
  return std::string(data, length);
}

}  // namespace jianli::pdf
