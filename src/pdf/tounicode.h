// Mends what libharu 2.3.0 writes wrong, with qpdf's library, after libharu has saved.
#pragma once

#include <map>
#include <set>
#include <string>

namespace jianli::pdf {

// A ToUnicode CMap for fonts drawn through libharu's UTF-8 encoder with Identity-H: every
// code is two bytes, big-endian, equal to the character's Unicode value (BMP only), so each
// code maps to itself. One bfrange per 256-code row that holds a used code (<XX00> <XXFF>
// <XX00>; a bfrange may only vary the last byte), at most 100 per block as the CMap
// specification requires. Codes of the row that are never drawn map to themselves too, which is
// harmless and makes the CMap a fraction of the size of one entry per character; and because
// the mapping is the same for every font, all fonts share one such CMap.
std::string to_unicode_cmap(const std::set<char16_t>& codes);

struct PdfMending {
  // Characters drawn per font, keyed by the font name libharu reported on loading
  // (the PostScript name; the PDF's /BaseFont carries it after a subset tag).
  std::map<std::string, std::set<char16_t>> codes_by_font;
  std::string lang;  // BCP 47; empty: no /Lang
};

// Rewrites the PDF: the Type0 fonts' /ToUnicode replaced with one shared to_unicode_cmap of all
// their codes (libharu writes the encoder's CMap with begincidrange, which poppler rejects —
// libharu-2.3.md); each /CIDToGIDMap cut after its last glyph (libharu writes 65,535 entries,
// nearly all zero); each embedded font program cut to the tables a CIDFontType2 needs
// (embedded_font.h); /Lang set on the catalog; object streams generated, every stream
// compressed once (libharu saves uncompressed: see render_pdf) and a deterministic /ID, so that
// the same input still gives the same bytes. Throws std::runtime_error when qpdf fails or a
// font has no entry in `codes_by_font`.
std::string mend_pdf(const std::string& pdf, const PdfMending& mending);

}  // namespace jianli::pdf
