// Draws laid-out pages into a PDF with libharu: fonts subset with hb-subset and
// embedded, links, bookmarks and document information; then qpdf mends what
// libharu 2.3.0 writes wrong (see ../shared/docs/libharu-2.3.md).
#pragma once

#include <string>

#include "model/backend.h"
#include "model/page.h"

namespace jianli::pdf {

// The PDF's bytes. The same pages give the same bytes. Throws std::runtime_error
// (or model::InputError for an unusable font) with a message a user can act on.
std::string render_pdf(const model::PageSet& pages);

// render_pdf as the pipeline's backend.
class PdfBackend : public model::Backend {
 public:
  std::string render(const model::PageSet& pages) const override { return render_pdf(pages); }
};

}  // namespace jianli::pdf
