// Whether a line of the header is a way to reach the person, for the paragraphs after the
// contact lines: a tagline, then "(+86) 185-5008-6576 | x@foxmail.com" as a paragraph of its
// own, or each contact line parted from the next by a blank line.
#pragma once

#include "model/document.h"

namespace jianli::parse {

// Whether most of the line (half its characters, spaces aside, or more) is links, e-mail
// addresses and phone numbers (nine digits or more in a run of digits, spaces, '+', '-' and
// brackets: a mobile number has 10 to 13, a year range "2019-2024" 8). Stricter than
// model::holds_contact_data, which a colon satisfies: a short sentence with a link in it
// is the résumé's text.
bool reaches_the_person(const model::Inlines& line);

}  // namespace jianli::parse
