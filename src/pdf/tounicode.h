// Mends what libharu 2.3.0 writes wrong, with qpdf's library, after libharu has saved.
#pragma once

#include <map>
#include <set>
#include <string>

namespace jianli::pdf {

// A ToUnicode CMap for a font drawn through libharu's UTF-8 encoder with Identity-H: every
// code is two bytes, big-endian, equal to the character's Unicode value (BMP only), so each
// used code maps to itself. bfrange for runs of consecutive codes, bfchar for the rest, at most
// 100 entries per block as the CMap specification requires.
std::string to_unicode_cmap(const std::set<char16_t>& codes);

struct PdfMending {
  // Characters drawn per font, keyed by the font name libharu reported on loading
  // (the PostScript name; the PDF's /BaseFont carries it after a subset tag).
  std::map<std::string, std::set<char16_t>> codes_by_font;
  std::string lang;  // BCP 47; empty: no /Lang
};

// Rewrites the PDF: each Type0 font's /ToUnicode replaced with to_unicode_cmap (libharu writes
// the encoder's CMap with begincidrange, which poppler rejects — libharu-2.3.md), /Lang set on
// the catalog, object streams generated, streams compressed and a deterministic /ID, so that
// the same input still gives the same bytes. Throws std::runtime_error when qpdf fails or a
// font has no entry in `codes_by_font`.
std::string mend_pdf(const std::string& pdf, const PdfMending& mending);

}  // namespace jianli::pdf
