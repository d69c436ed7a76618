// `--text FILE.txt`: the résumé as plain text for pasting into a job portal's form, made
// from the laid-out pages (not by extracting the PDF), in reading order.
#pragma once

#include <string>

#include "model/page.h"

namespace jianli::plaintext {

// One line per laid-out line, runs joined as TextBackend joins them (a space where the
// layout left a visible gap: dates flush right stay on their entry's line); headings as
// they are; a bullet as "- ", numbers as set; a link's address after its text in
// parentheses where the text does not already say it; a blank line between blocks; the
// page numbers (the last line of a page, set apart below the text) left out; no form feeds.
std::string portal_text(const model::PageSet& pages);

}  // namespace jianli::plaintext
