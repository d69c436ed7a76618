// Draws one page's boxes, text runs and links with libharu, keeping the content stream small:
// font, colour and rendering mode are written only when they change.
//
// libharu 2.3.0 cannot load OpenType/CFF fonts, mishandles some TrueType ones and draws text
// only through its UTF-8 encoder (libharu-2.3.md), so it never sees a font: the drawer writes
// the text operators (Tf with a font resource /J<n>, TJ with glyph codes) into libharu's
// content stream itself, and mend_pdf adds the fonts, subset, to the pages' resources.
#pragma once

#include <hpdf.h>

#include <set>
#include <string>
#include <vector>

#include "model/page.h"
#include "pdf/actual_text.h"
#include "pdf/font_subset.h"
#include "pdf/haru_document.h"
#include "pdf/image_objects.h"
#include "pdf/uri_actions.h"

namespace jianli::pdf {

struct DrawingFont {
  int resource = 0;                    // the page resource /J<resource> (mend_pdf adds it)
  const SubsetFont* subset = nullptr;  // the codes and widths the glyphs are drawn with
  bool synthetic_bold = false;         // fill-then-stroke at 0.03 em (libharu-2.3.md, "Fake bold")
};

class PageDrawer {
 public:
  // `fonts` is indexed like PageSet::fonts. With a `structure` (PageSet::structure) the
  // page's content is marked (BDC/EMC) as the elements' or as artifacts; empty: untagged.
  PageDrawer(HaruDocument& doc, HPDF_Page page, const std::vector<DrawingFont>& fonts,
             const std::vector<model::StructureElement>& structure = {});

  void draw_boxes(const std::vector<model::Box>& boxes);  // call before draw_runs
  // `images` (load_images) and `image_files` are indexed like PageSet::images; call
  // before draw_runs.
  void draw_images(const std::vector<model::PlacedImage>& placed, const PdfImages& images,
                   const std::vector<model::ImageFile>& image_files);
  // `carriers`: by glyph of `runs` in order, the gaps each carries (FontPlan::carriers).
  void draw_runs(const std::vector<model::TextRun>& runs, const std::vector<GapCarrier>& carriers);
  // Link annotations; `actions` holds one action per link target, for the whole document.
  void draw_links(const std::vector<model::Link>& links, UriActions& actions);

  // The font resources the page's text used, for mend_pdf to add to its /Resources.
  const std::set<int>& used_fonts() const { return used_fonts_; }
  // The forms (ImageObject::form) the page drew, for mend_pdf to add to its /Resources.
  const std::set<int>& used_forms() const { return used_forms_; }
  // The element of each marked-content sequence, by MCID (0, 1, …), for the parent tree.
  const std::vector<int>& marked_content() const { return marks_; }
  // The element of each link annotation, in the order the page's /Annots lists them.
  const std::vector<int>& annotation_elements() const { return annotations_; }

 private:
  void set_fill(const model::Color& color);
  void set_stroke(const model::Color& color);
  void set_font(int font, double size);
  void set_bold_stroke(bool synthetic_bold, double size, const model::Color& color);
  void move_to(double x, double y);
  // `codes`, `carriers` and `spans` by glyph of the page (actual_text.h); the run's first
  // is `first`. The run starts from pen_x_: where the last run left it, or where move_to put it.
  void show_glyphs(const model::TextRun& run, const std::vector<uint16_t>& codes,
                   const std::vector<GapCarrier>& carriers, const TextSpans& spans, size_t first);
  void write(const std::string& operators);
  bool tagged() const { return !structure_.empty(); }
  // Opens a marked-content sequence for `element`'s content, or for an artifact with the
  // `artifact` properties ("<</Type /Pagination>>"; empty: none).
  void begin_marked(int element, const char* artifact = "");
  void end_marked();

  HaruDocument& doc_;
  HPDF_Page page_;
  const std::vector<DrawingFont>& fonts_;
  const std::vector<model::StructureElement>& structure_;
  std::vector<int> marks_;
  std::vector<int> annotations_;

  // What the content stream has set so far.
  bool have_fill_ = false, have_stroke_ = false;
  model::Color fill_, stroke_;
  int font_ = -1;  // resource number
  double size_ = 0;
  std::set<int> used_fonts_;
  std::set<int> used_forms_;
  HPDF_TextRenderingMode mode_ = HPDF_FILL;
  double line_width_ = 1;           // PDF's default
  double line_x_ = 0, line_y_ = 0;  // start of the current text line (Td is relative to it)
  double pen_x_ = 0;                // where the last TJ left the pen, pt
  bool span_open_ = false;          // an ActualText span (actual_text.h) is open
};

}  // namespace jianli::pdf
