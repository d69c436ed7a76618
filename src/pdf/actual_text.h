// ActualText spans (ISO 32000-1 §14.9.4) over the gaps between glyphs that no typed space
// explains: the quarter em between Han and Latin letters ("1990年"), a justified line's
// wider gaps; a change of size with no space typed (small capitals set smaller, "Summary");
// a line of one-letter words ("1 / 2"), whose typed spaces poppler would drop. pdftotext and
// MuPDF start a new word where a gap passes about a tenth of an em (docs/extraction.md);
// inside a span poppler reads its ActualText, the text as typed, spread over the span's
// glyphs, and sees no gap.
//
// A line broken after a typed hyphen ("end-|to-end"): pdftotext's default mode drops a
// hyphen-minus that ends a line and joins the lines ("endto-end"). The hyphen's span reads
// the whole rest of the word, "-to-end", and the rest of the word on the next line is a span
// with no text: poppler and MuPDF read "end-to-end" on the first line, pypdf, which reads no
// ActualText, "end-" and "to-end" as drawn.
#pragma once

#include <string>
#include <vector>

#include "model/page.h"
#include "pdf/font_subset.h"
#include "pdf/gap_carriers.h"

namespace jianli::pdf {

// By glyph of a page's runs, all runs' glyphs in drawing order.
struct TextSpans {
  std::vector<std::string> open;  // a span opens before this glyph with this text (UTF-8)
  std::vector<bool> mute;         // a span opens before this glyph with no text (ActualText ())
  std::vector<bool> close;        // a span closes after this glyph
};

// `subsets[font]`: the codes run.font draws with; `codes[i]`: the code of glyph i and
// `carriers[i]` the gaps it carries (in the same order as TextSpans): a gap carried is none.
// A span never crosses from one element's content to another's.
TextSpans gap_spans(const std::vector<model::TextRun>& runs,
                    const std::vector<const SubsetFont*>& subsets,
                    const std::vector<uint16_t>& codes, const std::vector<GapCarrier>& carriers);

// A PDF text string in UTF-16BE with its byte order mark, as hex: <FEFF0031…>.
std::string pdf_text_string(const std::string& utf8);

}  // namespace jianli::pdf
