#include "pdf/stand_in_font.h"

#include <hb.h>

#include <charconv>
#include <memory>
#include <stdexcept>

namespace jianli::pdf {

extern const unsigned char kStandInFontData[];  // stand_in_font_data.cpp, written by CMake
extern const unsigned kStandInFontSize;

namespace {

constexpr std::string_view kPrefix = "JianliStandIn";

template <class T, void (*Destroy)(T*)>
struct HbDeleter {
  void operator()(T* p) const { Destroy(p); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using FacePtr = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;

void put16(std::string& out, unsigned v) {
  out += static_cast<char>(v >> 8);
  out += static_cast<char>(v & 0xFF);
}

// A name table (format 0) with the family and style names libharu reads (IDs 1 and 2, Mac
// Roman and Windows Unicode: ParseName in hpdf_fontdef_tt.c) and the PostScript name.
std::string name_table(const std::string& family) {
  struct Record {
    unsigned platform, encoding, language, id;
    std::string text;
  };
  auto utf16 = [](const std::string& ascii) {
    std::string out;
    for (char c : ascii) put16(out, static_cast<unsigned char>(c));
    return out;
  };
  const Record records[] = {
      {1, 0, 0, 1, family},
      {1, 0, 0, 2, "Regular"},
      {1, 0, 0, 6, family},
      {3, 1, 0x409, 1, utf16(family)},
      {3, 1, 0x409, 2, utf16("Regular")},
      {3, 1, 0x409, 6, utf16(family)},
  };
  const unsigned count = std::size(records);
  std::string table, strings;
  put16(table, 0);
  put16(table, count);
  put16(table, 6 + 12 * count);
  for (const Record& r : records) {
    for (unsigned v : {r.platform, r.encoding, r.language, r.id}) put16(table, v);
    put16(table, static_cast<unsigned>(r.text.size()));
    put16(table, static_cast<unsigned>(strings.size()));
    strings += r.text;
  }
  return table + strings;
}

}  // namespace

std::string stand_in_font(int number) {
  BlobPtr file(hb_blob_create(reinterpret_cast<const char*>(kStandInFontData), kStandInFontSize,
                              HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  FacePtr face(hb_face_create(file.get(), 0));
  FacePtr builder(hb_face_builder_create());
  hb_tag_t tags[32];
  unsigned count = std::size(tags);
  hb_face_get_table_tags(face.get(), 0, &count, tags);
  for (unsigned i = 0; i < count; ++i) {
    if (tags[i] == HB_TAG('n', 'a', 'm', 'e')) continue;
    BlobPtr table(hb_face_reference_table(face.get(), tags[i]));
    hb_face_builder_add_table(builder.get(), tags[i], table.get());
  }
  std::string name = name_table(std::string(kPrefix) + std::to_string(number));
  BlobPtr name_blob(hb_blob_create(name.data(), static_cast<unsigned>(name.size()),
                                   HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr));
  hb_face_builder_add_table(builder.get(), HB_TAG('n', 'a', 'm', 'e'), name_blob.get());
  BlobPtr out(hb_face_reference_blob(builder.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(out.get(), &length);
  if (data == nullptr || length == 0) throw std::runtime_error("cannot build the stand-in font");
  return std::string(data, length);
}

std::optional<int> stand_in_number(std::string_view base_font) {
  size_t at = base_font.find(kPrefix);
  if (at == std::string_view::npos) return std::nullopt;
  const char* first = base_font.data() + at + kPrefix.size();
  const char* last = base_font.data() + base_font.size();
  int number = 0;
  auto [end, error] = std::from_chars(first, last, number);
  if (error != std::errc() || end == first) return std::nullopt;
  return number;
}

}  // namespace jianli::pdf
