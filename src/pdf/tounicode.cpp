#include "pdf/tounicode.h"

// qpdf 11: use std::shared_ptr, not the deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <cstdio>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>
#include <vector>

namespace jianli::pdf {
namespace {

std::string hex4(unsigned code) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "<%04X>", code);
  return buf;
}

struct CodeRange {
  unsigned first, last;
};

// Consecutive codes that share their high byte (a bfrange may only vary the last byte).
std::vector<CodeRange> ranges_of(const std::set<char16_t>& codes) {
  std::vector<CodeRange> ranges;
  for (char16_t c : codes) {
    if (!ranges.empty() && ranges.back().last + 1 == c && (ranges.back().first >> 8) == (c >> 8u)) {
      ranges.back().last = c;
    } else {
      ranges.push_back({c, c});
    }
  }
  return ranges;
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

}  // namespace

std::string to_unicode_cmap(const std::set<char16_t>& codes) {
  std::vector<std::string> singles, ranges;
  for (CodeRange r : ranges_of(codes)) {
    if (r.first == r.last) {
      singles.push_back(hex4(r.first) + " " + hex4(r.first));
    } else {
      ranges.push_back(hex4(r.first) + " " + hex4(r.last) + " " + hex4(r.first));
    }
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
  append_blocks(out, singles, "bfchar");
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

  std::set<QPDFObjGen> mended;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    if (!resources.isDictionary() || !resources.getKey("/Font").isDictionary()) continue;
    QPDFObjectHandle fonts = resources.getKey("/Font");
    for (const std::string& key : fonts.getKeys()) {
      QPDFObjectHandle font = fonts.getKey(key);
      if (!font.isDictionary()) continue;
      QPDFObjectHandle to_unicode = font.getKey("/ToUnicode");
      if (!to_unicode.isStream() || !mended.insert(to_unicode.getObjGen()).second) continue;
      std::string base_font = font.getKey("/BaseFont").isName()
                                  ? font.getKey("/BaseFont").getName().substr(1)
                                  : std::string();
      to_unicode.replaceStreamData(to_unicode_cmap(codes_for(mending, base_font)),
                                   QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    }
  }
  QPDFObjectHandle outlines = pdf.getRoot().getKey("/Outlines");
  if (outlines.isDictionary()) keep_reader_zoom(outlines.getKey("/First"));
  if (!mending.lang.empty()) {
    pdf.getRoot().replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(mending.lang));
  }

  QPDFWriter writer(pdf);
  writer.setOutputMemory();
  writer.setObjectStreamMode(qpdf_o_generate);
  writer.setCompressStreams(true);
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
