#include "layout/engine.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

#include "layout/collect.h"
#include "layout/flow.h"
#include "layout/font_table.h"
#include "layout/line.h"
#include "layout/linebreak.h"
#include "layout/paginate.h"
#include "layout/prepare.h"
#include "layout/rows.h"
#include "layout/sidebar.h"
#include "layout/structure.h"
#include "model/error.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace jianli::layout {
namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

void number_pages(Flow& flow, const model::LayoutSpec& spec, model::PageSet& pages) {
  if (spec.page_number.empty()) return;
  const model::TextStyle& style = spec.footer_style;
  double width = spec.page_width - spec.margin_left - spec.margin_right;
  const std::string total = std::to_string(pages.pages.size());
  for (size_t i = 0; i < pages.pages.size(); ++i) {
    std::string label = replace_all(spec.page_number, "{page}", std::to_string(i + 1));
    label = replace_all(label, "{pages}", total);
    Paragraph p = flow.prepare_text(collect({model::Span{.text = label}}), style, {});
    if (p.glyphs.empty()) continue;
    SetLine line = set_line(p, {0, p.glyphs.size(), true}, width, style.align);
    for (model::TextRun& run : line.runs) {
      run.x += spec.margin_left;
      run.y = spec.margin_bottom / 2;
      run.region = model::Region::Footer;
      pages.pages[i].runs.push_back(std::move(run));
    }
  }
}

// A reader shows a few dozen characters of a title; libharu refuses strings of 64 KB and
// more (error 0x105B). A longer value is cut, with a warning.
constexpr size_t kMaxInfoCharacters = 1000;

std::string info_text(const std::string& value, model::SourcePos pos, const char* field,
                      const std::string& file, model::Diagnostics& diagnostics) {
  std::string_view kept = text::first_code_points(value, kMaxInfoCharacters);
  if (kept.size() == value.size()) return value;
  diagnostics.add(
      {file, pos.line, pos.column,
       std::string("the ") + field + " is " + std::to_string(text::count_code_points(value)) +
           " characters long; the PDF keeps its first " + std::to_string(kMaxInfoCharacters)});
  return std::string(kept);
}

// The paper and margins must leave room for text: a line of ten body ems across, five body
// lines down. Less sets one character a line or text off the page (issue 12); the error
// points at the margin that took the room, else the paper.
void check_text_area(const model::LayoutSpec& spec) {
  const double em = spec.body_style.size;
  struct Dimension {
    double room, needed;
    const char *first, *second, *what;
    double first_value, second_value;
  };
  const Dimension dimensions[] = {
      {spec.page_width - spec.margin_left - spec.margin_right, 10 * em, "margins.left",
       "margins.right", "across the page", spec.margin_left, spec.margin_right},
      {spec.page_height - spec.margin_top - spec.margin_bottom, 5 * em * spec.body_style.leading,
       "margins.top", "margins.bottom", "down the page", spec.margin_top, spec.margin_bottom},
  };
  for (const Dimension& d : dimensions) {
    if (d.room >= d.needed) continue;
    const char* key = d.first_value >= d.second_value ? d.first : d.second;
    auto at = spec.sources.find(key);
    if (at == spec.sources.end()) at = spec.sources.find("paper");
    char message[200];
    std::snprintf(message, sizeof message,
                  "the paper and margins leave %.0f pt %s for text; at least %.0f pt is needed",
                  std::max(0.0, d.room), d.what, d.needed);
    if (at == spec.sources.end()) throw model::InputError(spec.source_path, {}, message);
    throw model::InputError(at->second.file, at->second.pos, message, at->second.line);
  }
}

// Text lines on a page: its runs' distinct baselines.
int lines_on(const model::Page& page) {
  std::set<long> baselines;
  for (const model::TextRun& run : page.runs) baselines.insert(std::lround(run.y * 100));
  return static_cast<int>(baselines.size());
}

// The files of the images on the pages, each once, in the order first placed (page by
// page), so that the same document gives the same PDF; a file the flow sized but no page
// shows is left out.
void embed_placed_images(const std::vector<const model::ImageFile*>& files, model::PageSet& pages) {
  std::vector<int> embedded(files.size(), -1);
  for (model::Page& page : pages.pages)
    for (model::PlacedImage& placed : page.images) {
      int& index = embedded.at(placed.image);
      if (index < 0) {
        index = static_cast<int>(pages.images.size());
        pages.images.push_back(*files[placed.image]);
      }
      placed.image = index;
    }
}

}  // namespace

std::string canonical_language_tag(const std::string& tag) {
  std::string out;
  size_t start = 0;
  for (int part = 0; start <= tag.size(); ++part) {
    size_t end = tag.find_first_of("-_", start);
    if (end == std::string::npos) end = tag.size();
    std::string sub = tag.substr(start, end - start);
    for (size_t k = 0; k < sub.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(sub[k]);
      bool upper = part > 0 && (sub.size() == 2 || (sub.size() == 4 && k == 0));
      sub[k] = static_cast<char>(upper ? std::toupper(c) : std::tolower(c));
    }
    out += (part > 0 ? "-" : "") + sub;
    start = end + 1;
  }
  return out;
}

const char* chinese_shaping_language(const std::string& lang_tag) {
  const std::string tag = canonical_language_tag(lang_tag);
  for (const char* traditional : {"-TW", "-HK", "-MO", "-Hant"})
    if (tag.find(traditional) != std::string::npos) return "zh-Hant";
  return "zh-Hans";
}

LayoutResult lay_out(const model::Document& doc, const model::LayoutSpec& spec,
                     text::FontLibrary& library, const image::Catalog& images) {
  check_text_area(spec);
  const std::string lang = document_language(doc);
  Flow flow(doc, spec, library, lang == "zh", images);

  LayoutResult result;
  model::PageSet& pages = result.pages;
  pages.width = spec.page_width;
  pages.height = spec.page_height;
  pages.title = info_text(doc.meta.title, doc.meta.title_pos, "title", doc.meta.source_path,
                          result.diagnostics);
  pages.author = info_text(doc.meta.author, doc.meta.author_pos, "author", doc.meta.source_path,
                           result.diagnostics);
  pages.subject = info_text(doc.meta.subject, doc.meta.subject_pos, "subject", doc.meta.source_path,
                            result.diagnostics);
  pages.keywords = info_text(doc.meta.keywords, doc.meta.keywords_pos, "keywords",
                             doc.meta.source_path, result.diagnostics);
  // The front matter's tag as written (in its usual case); a detected language, its
  // primary tag, with the mainland assumed for Chinese.
  pages.lang = !doc.meta.lang.empty() ? canonical_language_tag(doc.meta.lang)
               : lang == "zh"         ? "zh-CN"
                                      : lang;
  const bool two_columns = spec.sidebar.width > 0 && side_column_has_content(doc, spec.sidebar);
  if (spec.sidebar.width > 0 && !two_columns)
    result.diagnostics.add(
        {.file = doc.meta.source_path,
         .message = "the layout's side column would be empty: no section heading names one of "
                    "its roles (education, skills …; see data/sections.yaml); set in one column. "
                    "Name its sections with 'jianli: {sidebar: [HEADING, …]}'"});
  if (two_columns) {
    lay_out_with_sidebar(flow, doc, spec, pages);
  } else {
    flow.header();
    flow.blocks(doc.blocks, 0);
    paginate(flow.take_rows(), spec, pages);
  }
  result.last_page_lines = lines_on(pages.pages.back());
  number_pages(flow, spec, pages);
  pages.fonts = flow.fonts().take_files();
  pages.structure = flow.structure().take();
  mark_languages(pages);
  pages.uris = flow.take_uris();
  result.diagnostics.add(flow.diagnostics());
  result.loose_lines = flow.loose_lines();
  embed_placed_images(flow.image_files(), pages);
  flow.missing().append_to(result.diagnostics);
  return result;
}

}  // namespace jianli::layout
