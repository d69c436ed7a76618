// The laid-out document's own text against what poppler extracts from its PDF, page by
// page in reading order: characters lost or added, words joined or split, lines out of
// order.
#pragma once

#include <vector>

#include "check/extract.h"
#include "check/findings.h"
#include "check/pdf_scan.h"
#include "model/page.h"

namespace jianli::check {

void compare_text(const model::PageSet& laid, const std::vector<ExtractedPage>& extracted,
                  const std::vector<ScannedPage>& scanned, Report& report);

}  // namespace jianli::check
