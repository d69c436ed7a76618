#include "layout/engine.h"

#include <algorithm>

#include "layout/collect.h"
#include "layout/flow.h"
#include "layout/font_table.h"
#include "layout/line.h"
#include "layout/linebreak.h"
#include "layout/paginate.h"
#include "layout/prepare.h"
#include "layout/rows.h"
#include "layout/sidebar.h"
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
    Paragraph p = flow.prepare_text(collect({model::Span{.text = label}}), style, 0);
    if (p.glyphs.empty()) continue;
    SetLine line = set_line(p, {0, p.glyphs.size(), true}, width, style.align);
    for (model::TextRun& run : line.runs) {
      run.x += spec.margin_left;
      run.y = spec.margin_bottom / 2;
      pages.pages[i].runs.push_back(std::move(run));
    }
  }
}

}  // namespace

std::string document_language(const model::Document& doc) {
  if (!doc.meta.lang.empty()) return doc.meta.lang.substr(0, 2) == "zh" ? "zh" : doc.meta.lang;
  size_t han = 0, latin = 0;
  auto count = [&](const model::Inlines& inlines) {
    for (char32_t cp : text::to_utf32(model::plain_text(inlines))) {
      han += text::is_han(cp);
      latin += text::is_latin_alnum(cp);
    }
  };
  count(doc.name);
  for (const model::Block& block : doc.blocks) {
    count(block.inlines);
    for (const model::ListItem& item : block.items)
      for (const model::Block& child : item.blocks) count(child.inlines);
  }
  // A Han character carries about as much as a Latin word of five letters.
  return han * 5 >= latin ? "zh" : "en";
}

LayoutResult lay_out(const model::Document& doc, const model::LayoutSpec& spec,
                     text::FontLibrary& library) {
  const std::string lang = document_language(doc);
  Flow flow(doc, spec, library, lang == "zh");

  LayoutResult result;
  model::PageSet& pages = result.pages;
  pages.width = spec.page_width;
  pages.height = spec.page_height;
  pages.title = doc.meta.title;
  pages.author = doc.meta.author;
  pages.subject = doc.meta.subject;
  pages.keywords = doc.meta.keywords;
  pages.lang = lang == "zh" ? "zh-CN" : lang;
  if (spec.sidebar.width > 0) {
    lay_out_with_sidebar(flow, doc, spec, pages);
  } else {
    flow.header();
    flow.blocks(doc.blocks, 0);
    paginate(flow.rows(), spec, pages);
  }
  number_pages(flow, spec, pages);
  pages.fonts = flow.fonts().take_files();
  flow.missing().append_to(result.diagnostics);
  return result;
}

}  // namespace jianli::layout
