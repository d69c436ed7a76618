// `jianli check`: what a recruiter's system reads from a PDF jianli wrote, against what
// the résumé says (docs/check.md).
#pragma once

#include <string>
#include <vector>

#include "check/findings.h"
#include "model/page.h"

namespace jianli::check {

// Text under this size is reported (points).
inline constexpr double kMinTextSize = 4.5;
// Contrast of text against its background under this ratio is reported (WCAG 2, 1.4.3 AA).
inline constexpr double kMinContrast = 4.5;

// Checks a PDF's bytes. With `laid` (the pages the PDF was drawn from), its text is
// compared with what poppler extracts; without, only what the PDF alone shows is checked:
// missing glyphs, small text, contrast and links. Throws std::runtime_error when the
// bytes are not a PDF qpdf and poppler can read.
Report check_pdf(const std::string& pdf_bytes, const model::PageSet* laid);

// The findings, one a line ("FILE: page 1, line 3: words joined: …"), then the one-line
// summary.
std::string format_report(const Report& report, const std::string& file);
// The same as lines, without their newlines (--check's job report).
std::vector<std::string> report_lines(const Report& report, const std::string& file);
std::string summary_line(const Report& report, const std::string& file);

// WCAG 2's contrast ratio of two sRGB colours, 1 to 21.
double contrast_ratio(const model::Color& a, const model::Color& b);

}  // namespace jianli::check
