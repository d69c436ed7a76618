#include "check/check.h"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "check/compare.h"
#include "check/extract.h"
#include "check/pdf_scan.h"

namespace jianli::check {
namespace {

double linear(double channel) {
  return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const model::Color& c) {
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

std::string hex(const model::Color& c) {
  auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  return fmt::format("#{:02X}{:02X}{:02X}", byte(c.r), byte(c.g), byte(c.b));
}

// One finding per line and kind: a line set in one small size is one problem.
void check_shows(const std::vector<ScannedPage>& pages, Report& report) {
  for (size_t p = 0; p < pages.size(); ++p) {
    std::set<std::pair<int, Defect>> seen;
    const ScannedPage& page = pages[p];
    for (const TextShow& s : page.shows) {
      if (s.glyphs == 0 || s.invisible) continue;
      int line = page.line_of(s.y);
      auto once = [&](Defect d, std::string detail, size_t count = 1) {
        if (seen.insert({line, d}).second)
          add(report, {static_cast<int>(p) + 1, line, d, std::move(detail)}, count);
        else
          report.counts[static_cast<size_t>(d)] += d == Defect::MissingGlyph ? count : 0;
      };
      if (s.missing > 0)
        once(Defect::MissingGlyph,
             fmt::format("{} glyph(s) drawn as .notdef (an empty box): no font has the character",
                         s.missing),
             s.missing);
      if (s.size < kMinTextSize)
        once(Defect::TinyText,
             fmt::format("text set at {:.2g} pt, under {} pt", s.size, kMinTextSize));
      double ratio = contrast_ratio(s.color, s.background);
      if (ratio < kMinContrast)
        once(Defect::LowContrast,
             fmt::format("text {} on {} has contrast {:.2f}:1, under {}:1", hex(s.color),
                         hex(s.background), ratio, kMinContrast));
    }
  }
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string strip_prefix(std::string s, std::initializer_list<const char*> prefixes) {
  for (const char* prefix : prefixes)
    if (s.starts_with(prefix)) s.erase(0, std::string_view(prefix).size());
  return s;
}

// An address as a reader compares it: no scheme, no www., no trailing slash, any case.
std::string address(std::string s) {
  s = strip_prefix(lower(s), {"mailto:", "tel:", "https://", "http://", "www."});
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

// Visible text that reads as an address (a URL, a domain, an e-mail): the reader takes
// it for where the link goes. Words ("my blog") promise nothing.
bool reads_as_address(const std::string& text) {
  if (text.empty() || text.find(' ') != std::string::npos) return false;
  return text.find('.') != std::string::npos || text.find('@') != std::string::npos;
}

// poppler takes a glyph into the rectangle by its centre, so a full-width colon before the
// address ("Email：qianyulei@126.com") or punctuation after it may come along.
std::string trimmed_address(const std::string& text) {
  auto keep = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '+';
  };
  size_t begin = 0, end = text.size();
  while (begin < end && !keep(text[begin])) ++begin;
  while (end > begin && !keep(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::string digits(const std::string& s) {
  std::string out;
  for (char c : s)
    if (std::isdigit(static_cast<unsigned char>(c))) out += c;
  return out;
}

void check_links(const std::string& pdf_bytes, const std::vector<ScannedPage>& pages,
                 Report& report) {
  std::vector<std::vector<std::string>> texts = link_texts(pdf_bytes, pages);
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<LinkTarget>& links = pages[p].links;
    for (size_t k = 0; k < links.size(); ++k) {
      // A link broken over lines is one rectangle a line, each with the same target.
      std::string visible = texts[p][k];
      while (k + 1 < links.size() && links[k + 1].uri == links[k].uri) visible += texts[p][++k];
      const LinkTarget& link = links[k];
      visible = trimmed_address(visible);
      if (!reads_as_address(visible)) continue;
      std::string uri = link.uri;
      bool same = uri.starts_with("tel:") ? digits(uri) == digits(visible)
                                          : address(uri) == address(visible);
      if (same) continue;
      double y = link.rect.y0 + 0.25 * (link.rect.y1 - link.rect.y0);
      add(report, {static_cast<int>(p) + 1, pages[p].line_of(y), Defect::LinkMismatch,
                   "\"" + visible + "\" leads to " + uri});
    }
  }
}

}  // namespace

double contrast_ratio(const model::Color& a, const model::Color& b) {
  double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Report check_pdf(const std::string& pdf_bytes, const model::PageSet* laid) {
  Report report;
  std::vector<ScannedPage> pages = scan_pdf(pdf_bytes);
  report.pages = static_cast<int>(pages.size());
  if (laid) compare_text(*laid, extract_text(pdf_bytes), pages, report);
  check_shows(pages, report);
  check_links(pdf_bytes, pages, report);
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const Finding& a, const Finding& b) {
                     return std::tie(a.page, a.line) < std::tie(b.page, b.line);
                   });
  return report;
}

std::string summary_line(const Report& report, const std::string& file) {
  const auto& n = report.counts;
  auto count = [&](Defect d) { return n[static_cast<size_t>(d)]; };
  std::string text;
  if (report.compared_text) {
    size_t wrong = count(Defect::Lost) + count(Defect::Added);
    double score =
        report.characters == 0
            ? 100.0
            : 100.0 * (1.0 - std::min<double>(1.0, static_cast<double>(wrong) / report.characters));
    text = fmt::format(
        "{} characters, {} lost, {} added, {} joined, {} split, {} lines out of order; "
        "text score {:.1f}%; ",
        report.characters, count(Defect::Lost), count(Defect::Added), count(Defect::Joined),
        count(Defect::Split), count(Defect::OutOfOrder), score);
  } else {
    text = "text not compared (no source: give the .md to compare); ";
  }
  text += fmt::format("{} missing glyphs, {} lines under {} pt, {} low contrast, {} links differ",
                      count(Defect::MissingGlyph), count(Defect::TinyText), kMinTextSize,
                      count(Defect::LowContrast), count(Defect::LinkMismatch));
  return fmt::format("{}: {} page(s): {}: {}", file, report.pages, text,
                     report.passed() ? "pass" : "FAIL");
}

std::vector<std::string> report_lines(const Report& report, const std::string& file) {
  std::vector<std::string> lines;
  for (const Finding& f : report.findings) {
    std::string place = f.line > 0 ? fmt::format("{}: page {}, line {}: ", file, f.page, f.line)
                                   : fmt::format("{}: page {}: ", file, f.page);
    lines.push_back(place + fmt::format("{}: {}", defect_name(f.defect), f.detail));
  }
  lines.push_back(summary_line(report, file));
  return lines;
}

std::string format_report(const Report& report, const std::string& file) {
  std::string out;
  for (const std::string& line : report_lines(report, file)) out += line + "\n";
  return out;
}

}  // namespace jianli::check
