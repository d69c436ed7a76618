// The plain-text twin of the PDF: what each line says, for a reader or a program that
// wants the résumé's text without a PDF library (a later `--text`).
#pragma once

#include <string>

#include "model/backend.h"

namespace jianli::plaintext {

// One line of text per laid-out line, each page ended by a form feed as pdftotext
// ends it. Runs are taken in the order the layout set them, which is reading order
// (a sidebar's column, then the main one; the page number last): runs on one
// baseline make one line, with a space where more than an em parts them (dates set
// flush right). Narrower gaps (between Han and Latin text, after a list marker) are
// spacing, not a space the writer typed, so they add nothing.
class TextBackend : public model::Backend {
 public:
  std::string render(const model::PageSet& pages) const override;
};

}  // namespace jianli::plaintext
