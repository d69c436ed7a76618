#include "pdf/composite_glyphs.h"

#include <hb.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace jianli::pdf {
namespace {

// Composite glyph flags (OpenType glyf table).
constexpr uint16_t kArgsAreWords = 0x0001, kArgsAreXyValues = 0x0002, kHaveScale = 0x0008,
                   kMoreComponents = 0x0020, kHaveXyScale = 0x0040, kHaveTwoByTwo = 0x0080,
                   kOverlapCompound = 0x0400, kScaledComponentOffset = 0x0800;

uint16_t u16(const uint8_t* p) { return static_cast<uint16_t>(p[0] << 8 | p[1]); }
int16_t s16(const uint8_t* p) { return static_cast<int16_t>(u16(p)); }
uint32_t u32(const uint8_t* p) { return uint32_t{u16(p)} << 16 | u16(p + 2); }
void put16(std::string& out, int value) {
  out += static_cast<char>((value >> 8) & 0xFF);
  out += static_cast<char>(value & 0xFF);
}
void put32(std::string& out, uint32_t value) {
  put16(out, static_cast<int>(value >> 16));
  put16(out, static_cast<int>(value & 0xFFFF));
}

// x' = a x + c y + dx,  y' = b x + d y + dy
struct Affine {
  double a = 1, b = 0, c = 0, d = 1, dx = 0, dy = 0;
  Affine then_inside(const Affine& inner) const {  // this ∘ inner
    return {a * inner.a + c * inner.b,        b * inner.a + d * inner.b,
            a * inner.c + c * inner.d,        b * inner.c + d * inner.d,
            a * inner.dx + c * inner.dy + dx, b * inner.dx + d * inner.dy + dy};
  }
  bool linear_identity() const { return a == 1 && b == 0 && c == 0 && d == 1; }
};

struct Component {
  uint16_t glyph = 0;
  uint16_t flags = 0;
  Affine transform;
};

[[noreturn]] void malformed() { throw std::runtime_error("malformed glyf/loca table in a font"); }

struct BlobDeleter {
  void operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
};
using Blob = std::unique_ptr<hb_blob_t, BlobDeleter>;

class GlyphTable {
 public:
  explicit GlyphTable(hb_face_t* face)
      : head_(hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'))),
        loca_(hb_face_reference_table(face, HB_TAG('l', 'o', 'c', 'a'))),
        glyf_(hb_face_reference_table(face, HB_TAG('g', 'l', 'y', 'f'))) {
    unsigned head_len = 0, loca_len = 0;
    const auto* head = reinterpret_cast<const uint8_t*>(hb_blob_get_data(head_.get(), &head_len));
    const auto* loca = reinterpret_cast<const uint8_t*>(hb_blob_get_data(loca_.get(), &loca_len));
    glyf_data_ = reinterpret_cast<const uint8_t*>(hb_blob_get_data(glyf_.get(), &glyf_len_));
    if (head_len < 54) malformed();
    bool long_loca = s16(head + 50) != 0;
    unsigned count = hb_face_get_glyph_count(face);
    if (loca_len < (count + 1) * (long_loca ? 4u : 2u)) malformed();
    for (unsigned g = 0; g <= count; ++g) {
      offsets_.push_back(long_loca ? u32(loca + 4 * g) : 2u * u16(loca + 2 * g));
      if (offsets_.back() > glyf_len_ || (g > 0 && offsets_[g] < offsets_[g - 1])) malformed();
    }
  }

  unsigned count() const { return static_cast<unsigned>(offsets_.size() - 1); }
  std::string_view bytes(unsigned g) const {
    return {reinterpret_cast<const char*>(glyf_data_) + offsets_[g], offsets_[g + 1] - offsets_[g]};
  }
  bool is_composite(unsigned g) const {
    return g < count() && bytes(g).size() >= 10 && s16(glyf_data_ + offsets_[g]) < 0;
  }

  // The components of a composite glyph; nullopt for point-matched ones we cannot flatten.
  std::optional<std::vector<Component>> components(unsigned g) const {
    std::vector<Component> out;
    const uint8_t* p = glyf_data_ + offsets_[g] + 10;
    const uint8_t* end = glyf_data_ + offsets_[g + 1];
    uint16_t flags = 0;
    do {
      if (p + 4 > end) malformed();
      Component comp;
      comp.flags = flags = u16(p);
      comp.glyph = u16(p + 2);
      p += 4;
      if (!(flags & kArgsAreXyValues)) return std::nullopt;
      if (p + (flags & kArgsAreWords ? 4 : 2) > end) malformed();
      comp.transform.dx = flags & kArgsAreWords ? s16(p) : static_cast<int8_t>(p[0]);
      comp.transform.dy = flags & kArgsAreWords ? s16(p + 2) : static_cast<int8_t>(p[1]);
      p += flags & kArgsAreWords ? 4 : 2;
      auto f2dot14 = [&](int i) { return s16(p + 2 * i) / 16384.0; };
      int scale_words = flags & kHaveScale      ? 1
                        : flags & kHaveXyScale  ? 2
                        : flags & kHaveTwoByTwo ? 4
                                                : 0;
      if (p + 2 * scale_words > end) malformed();
      Affine& t = comp.transform;
      if (scale_words == 1) t.a = t.d = f2dot14(0);
      if (scale_words == 2) t.a = f2dot14(0), t.d = f2dot14(1);
      if (scale_words == 4) t.a = f2dot14(0), t.b = f2dot14(1), t.c = f2dot14(2), t.d = f2dot14(3);
      p += 2 * scale_words;
      if (flags & kScaledComponentOffset) {  // Apple's convention: the offset is transformed too
        double x = t.dx, y = t.dy;
        t.dx = t.a * x + t.c * y;
        t.dy = t.b * x + t.d * y;
      }
      out.push_back(comp);
    } while (flags & kMoreComponents);
    return out;
  }

 private:
  Blob head_, loca_, glyf_;
  const uint8_t* glyf_data_ = nullptr;
  unsigned glyf_len_ = 0;
  std::vector<uint32_t> offsets_;
};

// Appends the simple glyphs `glyph` resolves to; false if something cannot be flattened.
bool collect_leaves(const GlyphTable& table, unsigned glyph, const Affine& outer, int depth,
                    std::vector<Component>& leaves) {
  if (depth > 8) return false;  // deeper than any real font: a cycle
  auto components = table.components(glyph);
  if (!components) return false;
  for (const Component& comp : *components) {
    Affine combined = outer.then_inside(comp.transform);
    if (table.is_composite(comp.glyph)) {
      if (!collect_leaves(table, comp.glyph, combined, depth + 1, leaves)) return false;
    } else {
      leaves.push_back({comp.glyph, comp.flags, combined});
    }
  }
  return true;
}

// A one-level composite: the original header (contour count -1 and bounding box), then leaves.
std::optional<std::string> encode_composite(std::string_view original,
                                            const std::vector<Component>& leaves) {
  std::string out(original.substr(0, 10));
  for (size_t i = 0; i < leaves.size(); ++i) {
    const Affine& t = leaves[i].transform;
    for (double v : {t.a, t.b, t.c, t.d}) {
      if (v < -2 || v >= 2) return std::nullopt;  // not representable in F2Dot14
    }
    double dx = std::round(t.dx), dy = std::round(t.dy);
    if (std::abs(dx) > 32767 || std::abs(dy) > 32767) return std::nullopt;
    uint16_t flags = kArgsAreWords | kArgsAreXyValues | (leaves[i].flags & kOverlapCompound);
    if (!t.linear_identity()) flags |= kHaveTwoByTwo;
    if (i + 1 < leaves.size()) flags |= kMoreComponents;
    put16(out, flags);
    put16(out, leaves[i].glyph);
    put16(out, static_cast<int>(dx));
    put16(out, static_cast<int>(dy));
    if (flags & kHaveTwoByTwo) {
      for (double v : {t.a, t.b, t.c, t.d}) put16(out, static_cast<int>(std::lround(v * 16384)));
    }
  }
  return out;
}

Blob blob_of(const std::string& bytes) {
  return Blob(hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                             HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr));
}

}  // namespace

std::string flatten_nested_composites(const std::string& font) {
  Blob font_blob(hb_blob_create(font.data(), static_cast<unsigned>(font.size()),
                                HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  std::unique_ptr<hb_face_t, decltype(&hb_face_destroy)> face(hb_face_create(font_blob.get(), 0),
                                                              hb_face_destroy);
  GlyphTable table(face.get());

  std::string glyf, loca;
  bool changed = false;
  for (unsigned g = 0; g < table.count(); ++g) {
    put32(loca, static_cast<uint32_t>(glyf.size()));
    std::string_view original = table.bytes(g);
    std::optional<std::string> rewritten;
    if (table.is_composite(g)) {
      auto components = table.components(g);
      bool nested = components && std::any_of(components->begin(), components->end(),
                                              [&](auto& c) { return table.is_composite(c.glyph); });
      std::vector<Component> leaves;
      if (nested && collect_leaves(table, g, Affine{}, 0, leaves)) {
        rewritten = encode_composite(original, leaves);
      }
    }
    changed |= rewritten.has_value();
    glyf += rewritten ? *rewritten : std::string(original);
    while (glyf.size() % 4) glyf += '\0';
  }
  put32(loca, static_cast<uint32_t>(glyf.size()));
  if (!changed) return font;

  Blob head_blob(hb_face_reference_table(face.get(), HB_TAG('h', 'e', 'a', 'd')));
  unsigned head_len = 0;
  const char* head_data = hb_blob_get_data(head_blob.get(), &head_len);
  std::string head(head_data, head_len);
  head[50] = 0, head[51] = 1;  // indexToLocFormat: long offsets

  std::unique_ptr<hb_face_t, decltype(&hb_face_destroy)> builder(hb_face_builder_create(),
                                                                 hb_face_destroy);
  unsigned tag_count = hb_face_get_table_tags(face.get(), 0, nullptr, nullptr);
  std::vector<hb_tag_t> tags(tag_count);
  hb_face_get_table_tags(face.get(), 0, &tag_count, tags.data());
  for (unsigned i = 0; i < tag_count; ++i) {
    Blob blob = tags[i] == HB_TAG('g', 'l', 'y', 'f')   ? blob_of(glyf)
                : tags[i] == HB_TAG('l', 'o', 'c', 'a') ? blob_of(loca)
                : tags[i] == HB_TAG('h', 'e', 'a', 'd')
                    ? blob_of(head)
                    : Blob(hb_face_reference_table(face.get(), tags[i]));
    hb_face_builder_add_table(builder.get(), tags[i], blob.get());
  }
  Blob rebuilt(hb_face_reference_blob(builder.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(rebuilt.get(), &length);
  return std::string(data, length);
}

}  // namespace jianli::pdf
