#include "check/extract.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <stdexcept>

namespace jianli::check {
namespace {

std::unique_ptr<poppler::document> open(const std::string& pdf_bytes) {
  // poppler prints its complaints about a damaged file to stderr; check reports them itself.
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  std::vector<char> data(pdf_bytes.begin(), pdf_bytes.end());
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_data(&data));
  if (!doc || doc->is_locked()) throw std::runtime_error("poppler cannot open it as a PDF");
  return doc;
}

std::string utf8(const poppler::ustring& text) {
  poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\f')) line.pop_back();
    if (!line.empty() && line.find_first_not_of(" \t\f") != std::string::npos)
      lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::string collapse_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::vector<ExtractedPage> extract_text(const std::string& pdf_bytes) {
  std::unique_ptr<poppler::document> doc = open(pdf_bytes);
  std::vector<ExtractedPage> pages;
  for (int p = 0; p < doc->pages(); ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    // pdftotext's default mode: poppler's own reading order, columns found by their gaps.
    std::string text =
        page ? utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout)) : "";
    pages.push_back({split_lines(text)});
  }
  return pages;
}

std::vector<std::vector<std::string>> link_texts(const std::string& pdf_bytes,
                                                 const std::vector<ScannedPage>& pages) {
  std::unique_ptr<poppler::document> doc = open(pdf_bytes);
  std::vector<std::vector<std::string>> out(pages.size());
  for (size_t p = 0; p < pages.size() && static_cast<int>(p) < doc->pages(); ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(static_cast<int>(p)));
    if (!page) continue;
    double height = page->page_rect().height();
    for (const LinkTarget& link : pages[p].links) {
      // poppler's rectangles run from the top of the page down.
      poppler::rectf r(link.rect.x0, height - link.rect.y1, link.rect.x1 - link.rect.x0,
                       link.rect.y1 - link.rect.y0);
      out[p].push_back(collapse_spaces(utf8(page->text(r, poppler::page::raw_order_layout))));
    }
  }
  return out;
}

}  // namespace jianli::check
