// Cuts a TrueType font down to the characters a document draws, with HarfBuzz's hb-subset,
// and hands it to libharu through a temporary file (2.3.0 can only load fonts from files).
//
// Why subset before libharu does its own subsetting (libharu-2.3.md, "Defects"):
//  - libharu reads composite-glyph parts with glyph id >= 32768 as negative and drops them,
//    printing blank characters; hb-subset renumbers glyphs from 0, so ids stay small.
//  - libharu keeps full loca/hmtx/cmap tables and builds widths for all 65,536 code points;
//    a small font makes the PDF about half the size and the run faster.
#pragma once

#include <set>
#include <string>

namespace jianli::pdf {

// The subset font's bytes: the given BMP characters plus U+0020 (and H, x, which libharu
// measures for the font descriptor), with the composite glyphs' parts (hb-subset's closure)
// and nested composites flattened to one level (composite_glyphs.h).
// Throws model::InputError when the font cannot be read or has no TrueType outlines
// (libharu 2.3.0 refuses CFF).
// `variant` > 0 adds that many spare glyphs (. - 0 …), which shifts the tables libharu
// rewrites; render_pdf uses it to step around a libharu save bug (see pdf_writer.cpp).
std::string subset_font(const std::string& path, int index, const std::set<char16_t>& characters,
                        int variant = 0);

// A file under $TMPDIR (or /tmp) holding some bytes; removed when this object dies.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& bytes);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace jianli::pdf
