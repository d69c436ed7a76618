#include "pdf/mend_pdf.h"

// qpdf 11: use std::shared_ptr, not the deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <map>
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

#include "pdf/deflate.h"
#include "pdf/document_extras.h"
#include "pdf/font_objects.h"
#include "pdf/form_import.h"

namespace jianli::pdf {
namespace {

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

// The page's resource dictionary of `kind` ("/Font", "/XObject"), made when it has none.
QPDFObjectHandle resource_dictionary(QPDFPageObjectHelper& page, const std::string& kind) {
  QPDFObjectHandle resources = page.getAttribute("/Resources", true);
  if (!resources.isDictionary()) {
    resources = QPDFObjectHandle::newDictionary();
    page.getObjectHandle().replaceKey("/Resources", resources);
  }
  QPDFObjectHandle dictionary = resources.getKey(kind);
  if (!dictionary.isDictionary()) {
    dictionary = QPDFObjectHandle::newDictionary();
    resources.replaceKey(kind, dictionary);
  }
  return dictionary;
}

// zlib's level for every stream qpdf writes. 6 (zlib's default) is within 0.3 % of 9 on the
// seed's streams; 9 takes three times as long on the long runs of zeros of the CIDToGIDMaps.
constexpr int kFlateLevel = 6;

// Every stream still unfiltered (libharu's page contents and images, the attachments) deflated
// here with libdeflate, which qpdf then writes as it is (it recompresses no /FlateDecode stream
// unless asked to): libdeflate is 1.1-2x as fast as qpdf's zlib at the same level and size
// (deflate.h). The XMP metadata stays plain, as qpdf leaves it, for tools that look for it
// without a PDF parser.
void deflate_plain_streams(QPDF& pdf) {
  for (QPDFObjectHandle& object : pdf.getAllObjects()) {
    if (!object.isStream()) continue;
    QPDFObjectHandle dict = object.getDict();
    if (dict.hasKey("/Filter") || dict.getKey("/Type").isNameAndEquals("/Metadata")) continue;
    std::shared_ptr<Buffer> plain = object.getRawStreamData();
    std::string_view bytes(reinterpret_cast<const char*>(plain->getBuffer()), plain->getSize());
    object.replaceStreamData(deflated(bytes), QPDFObjectHandle::newName("/FlateDecode"),
                             QPDFObjectHandle::newNull());
  }
}

}  // namespace

std::string mend_pdf(const std::string& pdf_bytes, const PdfMending& mending) {
  QPDF pdf;
  pdf.setSuppressWarnings(true);
  pdf.processMemoryFile("libharu output", pdf_bytes.data(), pdf_bytes.size());

  std::vector<QPDFPageObjectHelper> all_pages = QPDFPageDocumentHelper(pdf).getAllPages();
  if (all_pages.size() != mending.page_fonts.size()) {
    throw std::runtime_error("libharu wrote " + std::to_string(all_pages.size()) + " pages, not " +
                             std::to_string(mending.page_fonts.size()));
  }
  std::map<int, QPDFObjectHandle> fonts;  // made once, shared by the pages that use them
  std::map<int, QPDFObjectHandle> forms;
  for (size_t p = 0; p < all_pages.size(); ++p) {
    for (int n : mending.page_fonts[p]) {
      if (n < 0 || n >= static_cast<int>(mending.fonts.size()))
        throw std::runtime_error("a page draws font resource " + std::to_string(n) + " of " +
                                 std::to_string(mending.fonts.size()));
      auto [it, added] = fonts.try_emplace(n);
      if (added) it->second = make_font(pdf, *mending.fonts[n]);
      resource_dictionary(all_pages[p], "/Font").replaceKey("/J" + std::to_string(n), it->second);
    }
    if (p >= mending.page_forms.size()) continue;
    for (int n : mending.page_forms[p]) {
      if (n < 0 || n >= static_cast<int>(mending.forms.size()))
        throw std::runtime_error("a page draws form " + std::to_string(n) + " of " +
                                 std::to_string(mending.forms.size()));
      auto [it, added] = forms.try_emplace(n);
      if (added) it->second = import_as_form(pdf, mending.forms[n]);
      resource_dictionary(all_pages[p], "/XObject")
          .replaceKey("/JS" + std::to_string(n), it->second);
    }
  }
  QPDFObjectHandle outlines = pdf.getRoot().getKey("/Outlines");
  if (outlines.isDictionary()) keep_reader_zoom(outlines.getKey("/First"));
  if (!mending.lang.empty()) {
    pdf.getRoot().replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(mending.lang));
  }
  if (!mending.structure.empty()) {
    add_structure_tree(pdf, all_pages, mending.structure, mending.page_marks);
    // A tagged PDF's window shows its title, not its file name (PDF/UA-1 7.1).
    QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
    preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    pdf.getRoot().replaceKey("/ViewerPreferences", preferences);
  }
  add_xmp_metadata(pdf, mending.lang);
  attach_files(pdf, mending.attachments);
  deflate_plain_streams(pdf);

  static std::once_flag level_set;  // a process-wide setting of qpdf's: set it once
  std::call_once(level_set, [] { Pl_Flate::setCompressionLevel(kFlateLevel); });
  QPDFWriter writer(pdf);
  writer.setOutputMemory();
  writer.setObjectStreamMode(qpdf_o_generate);
  // Every stream but the XMP arrives deflated (deflate_plain_streams, font_cache.h) and is
  // written as it is; what qpdf makes itself (object streams, the cross-reference stream) it
  // compresses with zlib at kFlateLevel.
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
