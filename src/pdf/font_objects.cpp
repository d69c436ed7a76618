#include "pdf/font_objects.h"

#include <cstdio>

#include "pdf/deflate.h"
#include "text/utf8.h"

namespace jianli::pdf {
namespace {

std::string hex4(unsigned code) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04X", code);
  return buf;
}

// The text as UTF-16BE hex digits.
std::string utf16_hex(const std::string& utf8) {
  std::string out;
  for (char32_t c : text::to_utf32(utf8)) {
    if (c > 0xFFFF) {
      c -= 0x10000;
      out += hex4(0xD800 + (c >> 10)) + hex4(0xDC00 + (c & 0x3FF));
    } else {
      out += hex4(c);
    }
  }
  return out;
}

void append_blocks(std::string& out, const std::vector<std::string>& entries, const char* kind) {
  constexpr size_t kMaxPerBlock = 100;
  for (size_t start = 0; start < entries.size(); start += kMaxPerBlock) {
    size_t count = std::min(kMaxPerBlock, entries.size() - start);
    out += std::to_string(count) + " begin" + kind + "\n";
    for (size_t i = start; i < start + count; ++i) out += entries[i] + "\n";
    out += std::string("end") + kind + "\n";
  }
}

// One BMP character that is not a surrogate, or none.
std::optional<char32_t> single_bmp(const std::string& utf8) {
  std::u32string s = text::to_utf32(utf8);
  if (s.size() != 1 || s[0] > 0xFFFF) return std::nullopt;
  return s[0];
}

}  // namespace

std::string to_unicode_cmap(const std::vector<FontCode>& codes) {
  std::vector<std::string> chars, ranges;
  for (size_t i = 0; i < codes.size();) {
    if (codes[i].text.empty()) {
      ++i;
      continue;
    }
    // A bfrange may only vary the last byte of its codes (and of its destination).
    size_t j = i + 1;
    std::optional<char32_t> first = single_bmp(codes[i].text);
    if (first) {
      while (j < codes.size() && codes[j].code == codes[i].code + (j - i) &&
             (codes[j].code & 0xFF00) == (codes[i].code & 0xFF00) &&
             single_bmp(codes[j].text) == *first + (j - i) &&
             ((*first + (j - i)) & 0xFF00) == (*first & 0xFF00))
        ++j;
    }
    if (j - i >= 2) {
      ranges.push_back("<" + hex4(codes[i].code) + "> <" + hex4(codes[j - 1].code) + "> <" +
                       hex4(*first) + ">");
    } else {
      chars.push_back("<" + hex4(codes[i].code) + "> <" + utf16_hex(codes[i].text) + ">");
    }
    i = j;
  }
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  append_blocks(out, chars, "bfchar");
  append_blocks(out, ranges, "bfrange");
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

QPDFObjectHandle widths_array(const std::vector<FontCode>& codes) {
  QPDFObjectHandle w = QPDFObjectHandle::newArray();
  for (size_t i = 0; i < codes.size();) {
    QPDFObjectHandle run = QPDFObjectHandle::newArray();
    size_t j = i;
    while (j < codes.size() && codes[j].code == codes[i].code + (j - i)) {
      run.appendItem(QPDFObjectHandle::newInteger(codes[j].width));
      ++j;
    }
    w.appendItem(QPDFObjectHandle::newInteger(codes[i].code));
    w.appendItem(run);
    i = j;
  }
  return w;
}

std::string subset_tag(const SubsetFont& font) {
  uint64_t hash = 1469598103934665603ull;  // FNV-1a
  auto mix = [&](uint64_t v) { hash = (hash ^ v) * 1099511628211ull; };
  for (char c : font.postscript_name) mix(static_cast<unsigned char>(c));
  for (const FontCode& code : font.codes) mix((uint64_t{code.code} << 16) | code.glyph);
  std::string tag;
  for (int i = 0; i < 6; ++i, hash /= 26) tag += static_cast<char>('A' + hash % 26);
  return tag;
}

namespace {

// Code -> glyph id, two bytes each; codes no glyph uses draw glyph 0.
std::string cid_to_gid_map(const std::vector<FontCode>& codes) {
  std::string map(2 * (codes.empty() ? 1 : codes.back().code + 1), '\0');
  for (const FontCode& c : codes) {
    map[2 * c.code] = static_cast<char>(c.glyph >> 8);
    map[2 * c.code + 1] = static_cast<char>(c.glyph & 0xFF);
  }
  return map;
}

// A stream of bytes deflated already: qpdf writes them as they are (it recompresses no
// /FlateDecode stream unless asked to).
QPDFObjectHandle deflated_stream(QPDF& pdf, const std::string& bytes) {
  QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf);
  stream.replaceStreamData(bytes, QPDFObjectHandle::newName("/FlateDecode"),
                           QPDFObjectHandle::newNull());
  return stream;
}

}  // namespace

FontStreams font_streams(const SubsetFont& font) {
  FontStreams streams;
  streams.program = deflated(font.program);
  if (font.outlines == Outlines::TrueType)
    streams.cid_to_gid = deflated(cid_to_gid_map(font.codes));
  streams.to_unicode = deflated(to_unicode_cmap(font.codes));
  return streams;
}

QPDFObjectHandle make_font(QPDF& pdf, const PreparedFont& prepared) {
  const SubsetFont& font = prepared.subset;
  const bool cff = font.outlines == Outlines::Cff;
  QPDFObjectHandle name =
      QPDFObjectHandle::newName("/" + subset_tag(font) + "+" + font.postscript_name);
  QPDFObjectHandle program = deflated_stream(pdf, prepared.streams.program);
  if (cff) {
    program.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/CIDFontType0C"));
  } else {
    program.getDict().replaceKey(
        "/Length1", QPDFObjectHandle::newInteger(static_cast<long long>(font.program.size())));
  }
  const DescriptorMetrics& m = font.metrics;
  QPDFObjectHandle bbox = QPDFObjectHandle::newArray();
  for (int v : m.bbox) bbox.appendItem(QPDFObjectHandle::newInteger(v));
  QPDFObjectHandle descriptor =
      QPDFObjectHandle::parse("<< /Type /FontDescriptor /Flags 4 /ItalicAngle 0 /StemV 80 >>");
  descriptor.replaceKey("/FontName", name);
  descriptor.replaceKey("/FontBBox", bbox);
  descriptor.replaceKey("/Ascent", QPDFObjectHandle::newInteger(m.ascent));
  descriptor.replaceKey("/Descent", QPDFObjectHandle::newInteger(m.descent));
  descriptor.replaceKey("/CapHeight", QPDFObjectHandle::newInteger(m.cap_height));
  descriptor.replaceKey(cff ? "/FontFile3" : "/FontFile2", program);

  QPDFObjectHandle cid_font = QPDFObjectHandle::parse(
      "<< /Type /Font /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
      "/DW 1000 >>");
  cid_font.replaceKey("/Subtype",
                      QPDFObjectHandle::newName(cff ? "/CIDFontType0" : "/CIDFontType2"));
  cid_font.replaceKey("/BaseFont", name);
  cid_font.replaceKey("/FontDescriptor", pdf.makeIndirectObject(descriptor));
  cid_font.replaceKey("/W", widths_array(font.codes));
  if (!cff) cid_font.replaceKey("/CIDToGIDMap", deflated_stream(pdf, prepared.streams.cid_to_gid));

  QPDFObjectHandle type0 = QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type0 >>");
  type0.replaceKey("/BaseFont", name);
  type0.replaceKey("/Encoding", QPDFObjectHandle::newName("/Identity-H"));
  QPDFObjectHandle descendants = QPDFObjectHandle::newArray();
  descendants.appendItem(pdf.makeIndirectObject(cid_font));
  type0.replaceKey("/DescendantFonts", descendants);
  type0.replaceKey("/ToUnicode", deflated_stream(pdf, prepared.streams.to_unicode));
  return pdf.makeIndirectObject(type0);
}

}  // namespace jianli::pdf
