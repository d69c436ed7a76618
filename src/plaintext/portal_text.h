// `--text FILE.txt`: the résumé as plain text for pasting into a job portal's form, made
// from the laid-out pages (not by extracting the PDF), in reading order.
#pragma once

#include <string>

#include "model/page.h"

namespace jianli::plaintext {

// Each paragraph on one line, its laid-out lines joined as typed (plaintext/paragraphs.h); a
// hard break starts a new line. The blocks in source order (a sidebar's columns each whole),
// a blank line between them but in the header, under an entry's title and between a lead-in
// and its list. Headings as they are; a list item after "- " (a number as set), two spaces
// a level of nesting; a table row on one line, its cells parted by " | "; an entry's dates
// after its title; a link's address after its text in parentheses where the text does not
// already say it. Page numbers and other artifacts left out; no form feeds. Needs the
// structure tree the layout makes (PageSet::structure): the text is read by its elements.
std::string portal_text(const model::PageSet& pages);

}  // namespace jianli::plaintext
