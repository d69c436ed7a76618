#include "pdf/pdf_writer.h"

#include <hpdf.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

#include "model/error.h"
#include "pdf/font_cache.h"
#include "pdf/font_usage.h"
#include "pdf/haru_document.h"
#include "pdf/image_objects.h"
#include "pdf/mend_pdf.h"
#include "pdf/page_drawer.h"
#include "pdf/uri_actions.h"
#include "text/utf8.h"

namespace jianli::pdf {
namespace {

void set_info(HaruDocument& doc, const model::PageSet& pages) {
  const std::pair<HPDF_InfoType, const std::string*> fields[] = {
      {HPDF_INFO_TITLE, &pages.title},
      {HPDF_INFO_AUTHOR, &pages.author},
      {HPDF_INFO_SUBJECT, &pages.subject},
      {HPDF_INFO_KEYWORDS, &pages.keywords},
  };
  for (const auto& [type, value] : fields) {
    if (!value->empty())
      doc.check(HPDF_SetInfoAttr(doc.get(), type, value->c_str()), "HPDF_SetInfoAttr");
  }
  doc.check(HPDF_SetInfoAttr(doc.get(), HPDF_INFO_CREATOR, "jianli"), "HPDF_SetInfoAttr");
}

// A bookmark shows a line of a heading; libharu refuses 64 KB or more (0x105B). The heading
// itself is on the page, whole.
std::string outline_title(const std::string& title) {
  constexpr size_t kMaxCharacters = 1000;
  std::string_view kept = text::first_code_points(title, kMaxCharacters);
  return kept.size() == title.size() ? title : std::string(kept) + "…";
}

// Level 1 hangs from the root, level n under the last bookmark of level n-1 (or the deepest
// open one when a level is skipped).
void add_bookmarks(HaruDocument& doc, const model::PageSet& pages,
                   const std::vector<HPDF_Page>& haru_pages) {
  if (pages.bookmarks.empty()) return;
  HPDF_Encoder utf8 = doc.check(HPDF_GetEncoder(doc.get(), "UTF-8"), "HPDF_GetEncoder");
  std::vector<HPDF_Outline> open;  // open[k]: the last bookmark of level k+1
  for (const model::Bookmark& mark : pages.bookmarks) {
    if (mark.page < 0 || mark.page >= static_cast<int>(haru_pages.size())) {
      throw std::runtime_error("bookmark \"" + mark.title + "\" points to page " +
                               std::to_string(mark.page + 1) + " of " +
                               std::to_string(haru_pages.size()));
    }
    size_t depth = std::min<size_t>(std::max(mark.level, 1) - 1, open.size());
    HPDF_Outline parent = depth == 0 ? nullptr : open[depth - 1];
    HPDF_Outline outline =
        doc.check(HPDF_CreateOutline(doc.get(), parent, outline_title(mark.title).c_str(), utf8),
                  "HPDF_CreateOutline");
    doc.check(HPDF_Outline_SetOpened(outline, HPDF_TRUE), "HPDF_Outline_SetOpened");
    HPDF_Destination dest = doc.check(HPDF_Page_CreateDestination(haru_pages[mark.page]),
                                      "HPDF_Page_CreateDestination");
    // 2.3.0 rejects zoom 0 ("keep the reader's zoom"); mend_pdf turns this 1 into null.
    doc.check(HPDF_Destination_SetXYZ(dest, 0, static_cast<HPDF_REAL>(std::max(mark.y, 0.0)), 1),
              "HPDF_Destination_SetXYZ");
    doc.check(HPDF_Outline_SetDestination(outline, dest), "HPDF_Outline_SetDestination");
    open.resize(depth);
    open.push_back(outline);
  }
  doc.check(HPDF_SetPageMode(doc.get(), HPDF_PAGE_MODE_USE_OUTLINE), "HPDF_SetPageMode");
}

}  // namespace

std::string render_pdf(const model::PageSet& pages) {
  FontPlan plan = plan_fonts(pages);  // validates all text before libharu sees any
  HaruDocument doc;
  // The encoder must be current before anything carrying text: the document information and
  // the outline titles (libharu-2.3.md, "Setup").
  doc.check(HPDF_UseUTFEncodings(doc.get()), "HPDF_UseUTFEncodings");
  doc.check(HPDF_SetCurrentEncoder(doc.get(), "UTF-8"), "HPDF_SetCurrentEncoder");
  // No compression here: qpdf rewrites the file anyway (mend_pdf) and would only inflate what
  // libharu deflated to deflate it again; it compresses every stream once.
  set_info(doc, pages);

  PdfMending mending;
  mending.lang = pages.lang;
  mending.structure = pages.structure;
  mending.attachments = pages.attachments;
  for (const EmbeddedFont& font : plan.embedded) {
    mending.fonts.push_back(font.uses.empty() ? std::make_shared<const PreparedFont>()
                                              : prepared_font(font));
  }
  std::vector<DrawingFont> drawing_fonts;
  for (size_t i = 0; i < pages.fonts.size(); ++i) {
    int e = plan.embedded_of_font[i];
    drawing_fonts.push_back({e, &mending.fonts[e]->subset, pages.fonts[i].synthetic_bold});
  }

  PdfImages images = load_images(doc, pages);  // each file once
  UriActions uri_actions(doc, pages.uris);
  std::vector<HPDF_Page> haru_pages;
  for (size_t p = 0; p < pages.pages.size(); ++p) {
    const model::Page& page = pages.pages[p];
    HPDF_Page haru_page = doc.check(HPDF_AddPage(doc.get()), "HPDF_AddPage");
    doc.check(HPDF_Page_SetWidth(haru_page, static_cast<HPDF_REAL>(pages.width)),
              "HPDF_Page_SetWidth");
    doc.check(HPDF_Page_SetHeight(haru_page, static_cast<HPDF_REAL>(pages.height)),
              "HPDF_Page_SetHeight");
    PageDrawer drawer(doc, haru_page, drawing_fonts, pages.structure);
    drawer.draw_boxes(page.boxes);
    drawer.draw_images(page.images, images, pages.images);
    drawer.draw_runs(page.runs, plan.carriers[p]);
    drawer.draw_links(page.links, uri_actions);
    haru_pages.push_back(haru_page);
    mending.page_fonts.push_back(drawer.used_fonts());
    mending.page_forms.push_back(drawer.used_forms());
    mending.page_marks.push_back({drawer.marked_content(), drawer.annotation_elements()});
  }
  add_bookmarks(doc, pages, haru_pages);
  mending.forms = std::move(images.forms);  // drawn: mend_pdf copies them in

  return mend_pdf(doc.save_to_memory(), mending);
}

}  // namespace jianli::pdf
