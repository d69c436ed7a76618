// The text a recruiter's system gets from the PDF: poppler's reading-order extraction
// (what `pdftotext` prints by default), through poppler-cpp.
#pragma once

#include <string>
#include <vector>

#include "check/pdf_scan.h"

namespace jianli::check {

struct ExtractedPage {
  std::vector<std::string> lines;  // UTF-8, in poppler's reading order
};

// Throws std::runtime_error when poppler cannot open the PDF.
std::vector<ExtractedPage> extract_text(const std::string& pdf_bytes);

// The text poppler finds inside a rectangle of a page (a link's), spaces collapsed.
std::vector<std::vector<std::string>> link_texts(const std::string& pdf_bytes,
                                                 const std::vector<ScannedPage>& pages);

}  // namespace jianli::check
