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
#include "pdf/font_subset.h"
#include "pdf/haru_document.h"
#include "pdf/uri_actions.h"

namespace jianli::pdf {

struct DrawingFont {
  int resource = 0;                    // the page resource /J<resource> (mend_pdf adds it)
  const SubsetFont* subset = nullptr;  // the codes and widths the glyphs are drawn with
  bool synthetic_bold = false;         // fill-then-stroke at 0.03 em (libharu-2.3.md, "Fake bold")
};

class PageDrawer {
 public:
  // `fonts` is indexed like PageSet::fonts.
  PageDrawer(HaruDocument& doc, HPDF_Page page, const std::vector<DrawingFont>& fonts);

  void draw_boxes(const std::vector<model::Box>& boxes);  // call before draw_runs
  // `images` (load_images) and `image_files` are indexed like PageSet::images; call
  // before draw_runs.
  void draw_images(const std::vector<model::PlacedImage>& placed,
                   const std::vector<HPDF_Image>& images,
                   const std::vector<model::ImageFile>& image_files);
  void draw_runs(const std::vector<model::TextRun>& runs);
  // Link annotations; `actions` holds one action per link target, for the whole document.
  void draw_links(const std::vector<model::Link>& links, UriActions& actions);

  // The font resources the page's text used, for mend_pdf to add to its /Resources.
  const std::set<int>& used_fonts() const { return used_fonts_; }

 private:
  void set_fill(const model::Color& color);
  void set_stroke(const model::Color& color);
  void set_font(int font, double size);
  void set_bold_stroke(bool synthetic_bold, double size, const model::Color& color);
  void move_to(double x, double y);
  void show_glyphs(const model::TextRun& run);
  void write(const std::string& operators);

  HaruDocument& doc_;
  HPDF_Page page_;
  const std::vector<DrawingFont>& fonts_;

  // What the content stream has set so far.
  bool have_fill_ = false, have_stroke_ = false;
  model::Color fill_, stroke_;
  int font_ = -1;  // resource number
  double size_ = 0;
  std::set<int> used_fonts_;
  HPDF_TextRenderingMode mode_ = HPDF_FILL;
  double line_width_ = 1;           // PDF's default
  double line_x_ = 0, line_y_ = 0;  // start of the current text line (Td is relative to it)
};

}  // namespace jianli::pdf
