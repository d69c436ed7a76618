#include "text/font_tables.h"

#include <algorithm>
#include <cstdint>

namespace jianli::text::font_tables {
namespace {

constexpr hb_tag_t kOs2Tag = HB_TAG('O', 'S', '/', '2');
constexpr hb_tag_t kGlyfTag = HB_TAG('g', 'l', 'y', 'f');
constexpr unsigned kWeightClassOffset = 4;   // OS/2 usWeightClass, uint16 big-endian
constexpr unsigned kFsSelectionOffset = 62;  // OS/2 fsSelection, present since version 0
constexpr uint16_t kFsSelectionItalic = 1u << 0;
constexpr uint16_t kFsSelectionOblique = 1u << 9;

// Reads a big-endian uint16 from a table; `fallback` when the table is missing or short.
uint16_t read_u16(hb_face_t* face, hb_tag_t tag, unsigned offset, uint16_t fallback) {
  BlobPtr table(hb_face_reference_table(face, tag));
  unsigned length = 0;
  const char* data = hb_blob_get_data(table.get(), &length);
  if (!data || length < offset + 2) return fallback;
  auto byte = [&](unsigned i) {
    return static_cast<uint16_t>(static_cast<unsigned char>(data[i]));
  };
  return static_cast<uint16_t>(byte(offset) << 8 | byte(offset + 1));
}

std::string name_string(hb_face_t* face, hb_ot_name_id_t id, hb_language_t language) {
  unsigned length = hb_ot_name_get_utf8(face, id, language, nullptr, nullptr);
  if (length == 0) return {};
  std::string text(length + 1, '\0');
  unsigned size = length + 1;
  hb_ot_name_get_utf8(face, id, language, &size, text.data());
  text.resize(size);
  return text;
}

bool is_english(hb_language_t language) {
  std::string_view tag = language ? hb_language_to_string(language) : "";
  return tag == "en" || tag.starts_with("en-");
}

// Family names of one name ID, English ones first.
std::vector<std::string> names_with_id(hb_face_t* face, hb_ot_name_id_t id) {
  unsigned count = 0;
  const hb_ot_name_entry_t* entries = hb_ot_name_list_names(face, &count);
  std::vector<std::string> english, other;
  for (unsigned i = 0; i < count; ++i) {
    if (entries[i].name_id != id) continue;
    std::string name = name_string(face, id, entries[i].language);
    if (name.empty()) continue;
    auto& list = is_english(entries[i].language) ? english : other;
    if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(std::move(name));
  }
  english.insert(english.end(), other.begin(), other.end());
  return english;
}

}  // namespace

std::vector<std::string> family_names(hb_face_t* face) {
  std::vector<std::string> names = names_with_id(face, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY);
  for (std::string& name : names_with_id(face, HB_OT_NAME_ID_FONT_FAMILY)) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

std::string display_family(hb_face_t* face) {
  for (hb_ot_name_id_t id : {HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY, HB_OT_NAME_ID_FONT_FAMILY}) {
    std::vector<std::string> names = names_with_id(face, id);
    if (!names.empty()) return names.front();
  }
  return {};
}

int weight_class(hb_face_t* face) {
  int weight = read_u16(face, kOs2Tag, kWeightClassOffset, 400);
  // Some old fonts store the weight on a 1-9 scale.
  if (weight >= 1 && weight <= 9) weight *= 100;
  return weight == 0 ? 400 : weight;
}

bool is_italic(hb_face_t* face) {
  return (read_u16(face, kOs2Tag, kFsSelectionOffset, 0) &
          (kFsSelectionItalic | kFsSelectionOblique)) != 0;
}

bool has_embeddable_outlines(hb_face_t* face) {
  BlobPtr glyf(hb_face_reference_table(face, kGlyfTag));
  BlobPtr cff(hb_face_reference_table(face, HB_TAG('C', 'F', 'F', ' ')));
  return hb_blob_get_length(glyf.get()) > 0 || hb_blob_get_length(cff.get()) > 0;
}

bool same_family(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [&](char x, char y) { return lower(x) == lower(y); });
}

}  // namespace jianli::text::font_tables
