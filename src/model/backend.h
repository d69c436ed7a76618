// What turns laid-out pages into a file's bytes: the PDF writer (pdf::PdfBackend), the
// plain-text twin (plaintext::TextBackend), later perhaps a PNG preview. Declared here
// so that every backend depends on the model alone and the pipeline on none of them.
#pragma once

#include <string>

#include "model/page.h"

namespace jianli::model {

class Backend {
 public:
  virtual ~Backend() = default;

  // The whole output for these pages. Throws std::runtime_error (model::InputError for
  // bad input such as an unusable font) with a message a user can act on.
  virtual std::string render(const PageSet& pages) const = 0;
};

}  // namespace jianli::model
