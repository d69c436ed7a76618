// Whether a line is header material, for the paragraphs after the contact lines: a tagline,
// then "(+86) 185-5008-6576 | x@foxmail.com" or "籍贯：广西贺州 | 政治面貌：群众" as a
// paragraph of its own, or each contact line parted from the next by a blank line.
#pragma once

#include "model/document.h"

namespace jianli::parse {

// Whether most of the line (half its characters, spaces aside, or more) is links, e-mail
// addresses and phone numbers (nine digits or more in a run of digits, spaces, '+', '-' and
// brackets: a mobile number has 10 to 13, a year range "2019-2024" 8). Stricter than
// model::holds_contact_data, which a colon satisfies: a short sentence with a link in it
// is the résumé's text.
bool reaches_the_person(const model::Inlines& line);

// Whether the line is Chinese personal details: items parted by bars, middle dots or wide
// spaces, each a short label, a full-width colon and its value ("籍贯：广西贺州", at most 24
// characters). An English "Summary: I build …" is a sentence, not this.
bool lists_details(const model::Inlines& line);

}  // namespace jianli::parse
