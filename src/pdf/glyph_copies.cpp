#include "pdf/glyph_copies.h"

#include <hb.h>

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>

#include "pdf/embedded_font.h"
#include "text/font_tables.h"

namespace jianli::pdf {
namespace {

using Blob = text::font_tables::BlobPtr;
using Face = text::font_tables::FacePtr;

constexpr hb_tag_t kHead = HB_TAG('h', 'e', 'a', 'd'), kHhea = HB_TAG('h', 'h', 'e', 'a'),
                   kMaxp = HB_TAG('m', 'a', 'x', 'p'), kLoca = HB_TAG('l', 'o', 'c', 'a'),
                   kGlyf = HB_TAG('g', 'l', 'y', 'f'), kHmtx = HB_TAG('h', 'm', 't', 'x');

// Big-endian fields (OpenType is big-endian throughout).
unsigned u16(const std::string& t, size_t at) {
  if (at + 2 > t.size()) throw std::runtime_error("a TrueType table is shorter than it says");
  return (static_cast<uint8_t>(t[at]) << 8) | static_cast<uint8_t>(t[at + 1]);
}
int s16(const std::string& t, size_t at) { return static_cast<int16_t>(u16(t, at)); }
uint32_t u32(const std::string& t, size_t at) {
  return (uint32_t(u16(t, at)) << 16) | u16(t, at + 2);
}
void put16(std::string& t, size_t at, int v) {
  t[at] = static_cast<char>((v >> 8) & 0xFF);
  t[at + 1] = static_cast<char>(v & 0xFF);
}
void append16(std::string& t, int v) {
  t += static_cast<char>((v >> 8) & 0xFF);
  t += static_cast<char>(v & 0xFF);
}
void append32(std::string& t, uint32_t v) {
  append16(t, static_cast<int>(v >> 16));
  append16(t, static_cast<int>(v & 0xFFFF));
}

// The tables of an sfnt file by tag, in the order of its directory; empty ones included
// (strip_for_embedding keeps an empty cvt, prep and fpgm).
std::map<hb_tag_t, std::string> read_tables(const std::string& file) {
  std::map<hb_tag_t, std::string> tables;
  const unsigned count = u16(file, 4);
  for (unsigned i = 0; i < count; ++i) {
    const size_t record = 12 + 16 * size_t(i);
    const uint32_t at = u32(file, record + 8), length = u32(file, record + 12);
    if (size_t(at) + length > file.size())
      throw std::runtime_error("an embedded font program's table lies past its end");
    tables[u32(file, record)] = file.substr(at, length);
  }
  return tables;
}

// Composite glyph flags (OpenType 'glyf'): two 16-bit signed offsets in font units.
constexpr int kArgsAreWords = 0x0001, kArgsAreXyValues = 0x0002;

}  // namespace

std::string add_glyph_copies(const std::string& program, const std::vector<GlyphCopy>& copies) {
  if (copies.empty()) return program;
  std::map<hb_tag_t, std::string> tables = read_tables(program);
  std::string &head = tables[kHead], &hhea = tables[kHhea], &maxp = tables[kMaxp],
              &loca = tables[kLoca], &glyf = tables[kGlyf], &hmtx = tables[kHmtx];
  if (head.size() < 54 || hhea.size() < 36 || maxp.size() < 6)
    throw std::runtime_error("an embedded font program lacks head, hhea or maxp");
  const unsigned glyphs = u16(maxp, 4);
  const unsigned metrics = u16(hhea, 34);
  const bool long_loca = s16(head, 50) != 0;
  if (metrics == 0 || metrics > glyphs || hmtx.size() < 4 * metrics + 2 * (glyphs - metrics) ||
      loca.size() < (glyphs + 1) * (long_loca ? 4u : 2u))
    throw std::runtime_error("an embedded font program has short hmtx or loca tables");
  if (glyphs + copies.size() > 0xFFFF)
    throw std::runtime_error("a font program would hold more than 65,535 glyphs");

  auto offset = [&](unsigned g) { return long_loca ? u32(loca, 4 * g) : 2 * u16(loca, 2 * g); };
  auto advance = [&](unsigned g) { return u16(hmtx, 4 * std::min(g, metrics - 1)); };
  auto lsb = [&](unsigned g) {
    return g < metrics ? s16(hmtx, 4 * g + 2) : s16(hmtx, 4 * metrics + 2 * (g - metrics));
  };

  std::vector<uint32_t> offsets;  // of every glyph, and the end
  for (unsigned g = 0; g <= glyphs; ++g) offsets.push_back(offset(g));
  if (offsets.back() > glyf.size())
    throw std::runtime_error("an embedded font program's loca points past its glyf");
  glyf.resize(offsets.back());
  // Every glyph gets its own advance: the copies' differ from the last one's.
  std::string new_hmtx;
  unsigned widest = 0;
  for (unsigned g = 0; g < glyphs; ++g) {
    append16(new_hmtx, static_cast<int>(advance(g)));
    append16(new_hmtx, lsb(g));
    widest = std::max(widest, advance(g));
  }
  for (const GlyphCopy& copy : copies) {
    if (copy.glyph >= glyphs) throw std::runtime_error("a glyph copy names no glyph");
    while (glyf.size() % 4) glyf += '\0';  // each copy starts on a long boundary
    offsets.back() = static_cast<uint32_t>(glyf.size());
    const uint32_t begin = offsets[copy.glyph], end = offsets[copy.glyph + 1];
    if (end > begin) {  // an empty glyph (a space) stays empty: nothing to draw
      if (end - begin < 10) throw std::runtime_error("a glyph of an embedded font is cut short");
      append16(glyf, -1);  // numberOfContours: a composite
      append16(glyf, s16(glyf, begin + 2) + copy.shift);
      append16(glyf, s16(glyf, begin + 4));
      append16(glyf, s16(glyf, begin + 6) + copy.shift);
      append16(glyf, s16(glyf, begin + 8));
      append16(glyf, kArgsAreWords | kArgsAreXyValues);
      append16(glyf, copy.glyph);
      append16(glyf, copy.shift);
      append16(glyf, 0);
    }
    offsets.push_back(static_cast<uint32_t>(glyf.size()));
    const unsigned width = advance(copy.glyph) + copy.extra;
    append16(new_hmtx, static_cast<int>(width));
    append16(new_hmtx, lsb(copy.glyph) + copy.shift);
    widest = std::max(widest, width);
  }
  const unsigned total = glyphs + static_cast<unsigned>(copies.size());
  // A short loca holds offsets up to 128 KiB, halved; past that it becomes long.
  const bool new_long = long_loca || glyf.size() > 0x1FFFC;
  std::string new_loca;
  for (uint32_t at : offsets) {
    if (new_long) {
      append32(new_loca, at);
    } else {
      append16(new_loca, static_cast<int>(at / 2));
    }
  }
  put16(head, 50, new_long ? 1 : 0);
  put16(head, 8, 0), put16(head, 10, 0);  // checkSumAdjustment, set again below
  put16(hhea, 34, static_cast<int>(total));
  put16(hhea, 10, static_cast<int>(widest));
  put16(maxp, 4, static_cast<int>(total));
  if (u32(maxp, 0) == 0x00010000 && maxp.size() >= 32) {
    // Composites: at most the points and contours of the glyphs they copy, one component,
    // one level deeper than the deepest composite the program had.
    put16(maxp, 10, static_cast<int>(std::max(u16(maxp, 10), u16(maxp, 6))));
    put16(maxp, 12, static_cast<int>(std::max(u16(maxp, 12), u16(maxp, 8))));
    put16(maxp, 28, static_cast<int>(std::max(u16(maxp, 28), 1u)));
    put16(maxp, 30, static_cast<int>(u16(maxp, 30) + 1));
  }

  loca = std::move(new_loca);
  hmtx = std::move(new_hmtx);

  Face builder(hb_face_builder_create());
  for (const auto& [tag, bytes] : tables) {
    Blob b(hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                          HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr));
    hb_face_builder_add_table(builder.get(), tag, b.get());
  }
  return built_font(builder.get());
}

}  // namespace jianli::pdf
