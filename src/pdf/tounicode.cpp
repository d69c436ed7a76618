#include "pdf/tounicode.h"

// qpdf 11: use std::shared_ptr, not the deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <cstdio>
#include <mutex>
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>
#include <vector>

#include "pdf/embedded_font.h"

namespace jianli::pdf {
namespace {

std::string hex4(unsigned code) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "<%04X>", code);
  return buf;
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

// libharu names the Type0 font after the PostScript name, with a subset tag in front
// ("HPDFAA+Name") and possibly a suffix after it.
bool names_font(const std::string& base_font, const std::string& font_name) {
  std::string bare = base_font;
  if (bare.size() > 7 && bare[6] == '+') bare = bare.substr(7);
  // 2.3.0 appends the style for non-Regular faces: "LXGWWenKai-Bold,Bold".
  return bare == font_name || bare.rfind(font_name + ",", 0) == 0 ||
         bare.rfind(font_name + "-", 0) == 0;
}

const std::set<char16_t>& codes_for(const PdfMending& mending, const std::string& base_font) {
  for (const auto& [name, codes] : mending.codes_by_font) {
    if (names_font(base_font, name)) return codes;
  }
  throw std::runtime_error("PDF font " + base_font +
                           " was not drawn by jianli (no ToUnicode data)");
}

// libharu 2.3.0 refuses HPDF_Destination_SetXYZ with zoom 0, so outline destinations are
// written with zoom 1; a null zoom keeps the reader's magnification instead of forcing 100 %.
void keep_reader_zoom(QPDFObjectHandle outline) {
  std::set<QPDFObjGen> seen;  // guards against a malformed, cyclic outline
  while (outline.isDictionary() && outline.isIndirect() &&
         seen.insert(outline.getObjGen()).second) {
    QPDFObjectHandle dest = outline.getKey("/Dest");
    if (dest.isArray() && dest.getArrayNItems() == 5 && dest.getArrayItem(1).isName() &&
        dest.getArrayItem(1).getName() == "/XYZ") {
      dest.setArrayItem(4, QPDFObjectHandle::newNull());
    }
    keep_reader_zoom(outline.getKey("/First"));
    outline = outline.getKey("/Next");
  }
}

// zlib's level for every stream qpdf writes. 6 (zlib's default) is within 0.3 % of 9 on the
// seed's streams; 9 takes three times as long on the long runs of zeros of the CIDToGIDMaps.
constexpr int kFlateLevel = 6;

// libharu writes a CIDToGIDMap for all 65,535 CIDs, nearly all zero (glyph 0). Entries after the
// last glyph are dropped: those CIDs are never drawn.
void trim_cid_to_gid_map(QPDFObjectHandle map) {
  std::shared_ptr<Buffer> data = map.getStreamData(qpdf_dl_generalized);
  const unsigned char* bytes = data->getBuffer();
  size_t size = data->getSize() & ~size_t{1};
  while (size > 2 && bytes[size - 1] == 0 && bytes[size - 2] == 0) size -= 2;
  if (size == data->getSize()) return;
  map.replaceStreamData(std::string(reinterpret_cast<const char*>(bytes), size),
                        QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
}

void strip_font_program(QPDFObjectHandle program) {
  std::shared_ptr<Buffer> data = program.getStreamData(qpdf_dl_generalized);
  std::string font = strip_for_embedding(
      std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize()));
  program.replaceStreamData(font, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
  program.getDict().replaceKey("/Length1",
                               QPDFObjectHandle::newInteger(static_cast<long long>(font.size())));
}

}  // namespace

std::string to_unicode_cmap(const std::set<char16_t>& codes) {
  std::vector<std::string> ranges;
  int last_row = -1;
  for (char16_t c : codes) {
    int row = c >> 8;
    if (row == last_row) continue;
    last_row = row;
    unsigned first = static_cast<unsigned>(row) << 8;
    ranges.push_back(hex4(first) + " " + hex4(first | 0xFF) + " " + hex4(first));
  }
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  append_blocks(out, ranges, "bfrange");
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

std::string mend_pdf(const std::string& pdf_bytes, const PdfMending& mending) {
  QPDF pdf;
  pdf.setSuppressWarnings(true);
  pdf.processMemoryFile("libharu output", pdf_bytes.data(), pdf_bytes.size());

  std::vector<QPDFObjectHandle> fonts;  // every Type0 font with a ToUnicode, once
  std::set<QPDFObjGen> seen;
  std::set<char16_t> codes;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    if (!resources.isDictionary() || !resources.getKey("/Font").isDictionary()) continue;
    QPDFObjectHandle page_fonts = resources.getKey("/Font");
    for (const std::string& key : page_fonts.getKeys()) {
      QPDFObjectHandle font = page_fonts.getKey(key);
      if (!font.isDictionary() || !font.getKey("/ToUnicode").isStream()) continue;
      if (font.isIndirect() && !seen.insert(font.getObjGen()).second) continue;
      std::string base_font = font.getKey("/BaseFont").isName()
                                  ? font.getKey("/BaseFont").getName().substr(1)
                                  : std::string();
      const std::set<char16_t>& drawn = codes_for(mending, base_font);
      codes.insert(drawn.begin(), drawn.end());
      fonts.push_back(font);
    }
  }
  if (!fonts.empty()) {
    QPDFObjectHandle to_unicode = QPDFObjectHandle::newStream(&pdf, to_unicode_cmap(codes));
    std::set<QPDFObjGen> mended;
    for (QPDFObjectHandle& font : fonts) {
      font.replaceKey("/ToUnicode", to_unicode);  // the old streams are no longer written
      QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
      if (!descendants.isArray()) continue;
      for (QPDFObjectHandle cid_font : descendants.aitems()) {
        if (!cid_font.isDictionary()) continue;
        QPDFObjectHandle map = cid_font.getKey("/CIDToGIDMap");
        if (map.isStream() && mended.insert(map.getObjGen()).second) trim_cid_to_gid_map(map);
        QPDFObjectHandle descriptor = cid_font.getKey("/FontDescriptor");
        if (!descriptor.isDictionary()) continue;
        QPDFObjectHandle program = descriptor.getKey("/FontFile2");
        if (program.isStream() && mended.insert(program.getObjGen()).second)
          strip_font_program(program);
      }
    }
  }
  QPDFObjectHandle outlines = pdf.getRoot().getKey("/Outlines");
  if (outlines.isDictionary()) keep_reader_zoom(outlines.getKey("/First"));
  if (!mending.lang.empty()) {
    pdf.getRoot().replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(mending.lang));
  }

  static std::once_flag level_set;  // a process-wide setting of qpdf's: set it once
  std::call_once(level_set, [] { Pl_Flate::setCompressionLevel(kFlateLevel); });
  QPDFWriter writer(pdf);
  writer.setOutputMemory();
  writer.setObjectStreamMode(qpdf_o_generate);
  writer.setCompressStreams(true);  // libharu's streams arrive uncompressed: compressed once here
  writer.setDeterministicID(true);  // an /ID from the content, not the clock
  writer.write();
  auto buffer = writer.getBufferSharedPointer();
  if (pdf.anyWarnings()) {
    throw std::runtime_error(std::string("qpdf found problems in libharu's output: ") +
                             pdf.getWarnings().front().what());
  }
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace jianli::pdf
