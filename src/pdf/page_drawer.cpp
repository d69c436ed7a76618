#include "pdf/page_drawer.h"

#include <hpdf_pages.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "pdf/actual_text.h"
#include "pdf/font_usage.h"
#include "pdf/structure_tree.h"

namespace jianli::pdf {
namespace {

HPDF_REAL channel(double value) { return static_cast<HPDF_REAL>(std::clamp(value, 0.0, 1.0)); }

bool same(const model::Color& a, const model::Color& b) {
  return a.r == b.r && a.g == b.g && a.b == b.b;
}

// A PDF matrix: (u, v) -> (a u + c v + e, b u + d v + f).
struct Matrix {
  double a, b, c, d, e, f;
};

// Maps the stored image's unit square (u along its rows, v up from its last row) onto the
// frame (x, y, w, h) the way EXIF `orientation` turns it upright (TIFF 6.0, tag 274):
// 6, say, turns it a quarter clockwise, so its top row becomes the frame's right side.
Matrix upright(int orientation, double x, double y, double w, double h) {
  switch (orientation) {
    case 2:  // mirrored left to right
      return {-w, 0, 0, h, x + w, y};
    case 3:  // half a turn
      return {-w, 0, 0, -h, x + w, y + h};
    case 4:  // mirrored top to bottom
      return {w, 0, 0, -h, x, y + h};
    case 5:  // mirrored along the diagonal from the top left
      return {0, -h, -w, 0, x + w, y + h};
    case 6:  // a quarter turn clockwise
      return {0, -h, w, 0, x, y + h};
    case 7:  // mirrored along the other diagonal
      return {0, h, w, 0, x, y};
    case 8:  // a quarter turn back
      return {0, h, -w, 0, x + w, y};
    default:
      return {w, 0, 0, h, x, y};
  }
}

// A glyph code as four upper-case hex digits, as "%04X" writes it: snprintf for each glyph was
// 4.4 % of a batch's instructions (callgrind, 10 variants of the seed).
void append_hex4(std::string& out, uint16_t code) {
  constexpr char kDigits[] = "0123456789ABCDEF";
  const char hex[4] = {kDigits[code >> 12], kDigits[(code >> 8) & 0xF], kDigits[(code >> 4) & 0xF],
                       kDigits[code & 0xF]};
  out.append(hex, 4);
}

// A TJ adjustment, thousandths of an em, between two glyph codes ("…>-12.5<…"). pypdf 3 reads
// any number of half a space's width (100–250: half of the font's space, or a quarter em),
// either way, as a space. Where there is none (`no_space`: a gap inside an ActualText span,
// actual_text.h), and wherever the next glyph is pulled back (compressed punctuation,
// "（昇腾）。", kerning), the adjustment is written in pieces under that, which add up the same.
void append_adjustment(std::string& out, double adjust, bool no_space) {
  constexpr double kLargestPiece = 90;
  char buf[24];
  out += '>';
  const int pieces =
      adjust > 0 || no_space ? static_cast<int>(std::ceil(std::abs(adjust) / kLargestPiece)) : 1;
  for (int k = 0; k < pieces; ++k) {
    std::snprintf(buf, sizeof buf, k ? " %.1f" : "%.1f", adjust / pieces);
    out += buf;
  }
  out += '<';
}

}  // namespace

PageDrawer::PageDrawer(HaruDocument& doc, HPDF_Page page, const std::vector<DrawingFont>& fonts,
                       const std::vector<model::StructureElement>& structure)
    : doc_(doc), page_(page), fonts_(fonts), structure_(structure) {}

// Artifacts carry no MCID; an element's content is numbered in the order drawn, which is the
// order the parent tree lists them.
void PageDrawer::begin_marked(int element, const char* artifact) {
  if (element == model::kArtifact) {
    write(*artifact ? std::string("/Artifact ") + artifact + " BDC\n" : "/Artifact BMC\n");
    return;
  }
  char ops[64];
  std::snprintf(ops, sizeof ops, "/%s <</MCID %zu>> BDC\n",
                structure_type_name(structure_.at(element).type), marks_.size());
  write(ops);
  marks_.push_back(element);
}

void PageDrawer::end_marked() { write("EMC\n"); }

void PageDrawer::set_fill(const model::Color& color) {
  if (have_fill_ && same(fill_, color)) return;
  doc_.check(HPDF_Page_SetRGBFill(page_, channel(color.r), channel(color.g), channel(color.b)),
             "HPDF_Page_SetRGBFill");
  fill_ = color;
  have_fill_ = true;
}

void PageDrawer::set_stroke(const model::Color& color) {
  if (have_stroke_ && same(stroke_, color)) return;
  doc_.check(HPDF_Page_SetRGBStroke(page_, channel(color.r), channel(color.g), channel(color.b)),
             "HPDF_Page_SetRGBStroke");
  stroke_ = color;
  have_stroke_ = true;
}

// Rules, tints, underlines and emphasis dots are decoration: one artifact.
void PageDrawer::draw_boxes(const std::vector<model::Box>& boxes) {
  const bool any = std::any_of(boxes.begin(), boxes.end(),
                               [](const model::Box& b) { return b.width > 0 && b.height > 0; });
  if (tagged() && any) begin_marked(model::kArtifact);
  for (const model::Box& box : boxes) {
    if (box.width <= 0 || box.height <= 0) continue;
    set_fill(box.color);
    const auto x = static_cast<HPDF_REAL>(box.x), y = static_cast<HPDF_REAL>(box.y);
    const auto w = static_cast<HPDF_REAL>(box.width), h = static_cast<HPDF_REAL>(box.height);
    if (box.round) {
      doc_.check(HPDF_Page_Ellipse(page_, x + w / 2, y + h / 2, w / 2, h / 2), "HPDF_Page_Ellipse");
    } else {
      doc_.check(HPDF_Page_Rectangle(page_, x, y, w, h), "HPDF_Page_Rectangle");
    }
    doc_.check(HPDF_Page_Fill(page_), "HPDF_Page_Fill");
  }
  if (tagged() && any) end_marked();
}

// An image that overhangs its frame (a photo cropped to fill it) is clipped to the frame;
// the clip lives in its own saved graphics state, so nothing after it is clipped.
void PageDrawer::draw_images(const std::vector<model::PlacedImage>& placed, const PdfImages& images,
                             const std::vector<model::ImageFile>& image_files) {
  auto real = [](double v) { return static_cast<HPDF_REAL>(v); };
  for (const model::PlacedImage& image : placed) {
    if (image.width <= 0 || image.height <= 0) continue;
    bool cropped = image.image_x < image.x || image.image_y < image.y ||
                   image.image_width > image.width || image.image_height > image.height;
    if (tagged()) begin_marked(image.element);
    doc_.check(HPDF_Page_GSave(page_), "HPDF_Page_GSave");
    if (cropped) {
      doc_.check(HPDF_Page_Rectangle(page_, real(image.x), real(image.y), real(image.width),
                                     real(image.height)),
                 "HPDF_Page_Rectangle");
      doc_.check(HPDF_Page_Clip(page_), "HPDF_Page_Clip");
      doc_.check(HPDF_Page_EndPath(page_), "HPDF_Page_EndPath");
    }
    const int orientation = image_files.at(image.image).orientation;
    const ImageObject& object = images.objects.at(image.image);
    if (object.form >= 0) {  // its box scaled to the unit square, then as an image
      Matrix m =
          upright(orientation, image.image_x, image.image_y, image.image_width, image.image_height);
      const ForeignPage& form = images.forms.at(object.form);
      char ops[160];
      std::snprintf(ops, sizeof ops, "%.5f %.5f %.5f %.5f %.3f %.3f cm /JS%d Do\n",
                    m.a / form.width, m.b / form.width, m.c / form.height, m.d / form.height, m.e,
                    m.f, object.form);
      write(ops);
      used_forms_.insert(object.form);
    } else if (orientation == 1) {
      doc_.check(HPDF_Page_DrawImage(page_, object.raster, real(image.image_x), real(image.image_y),
                                     real(image.image_width), real(image.image_height)),
                 "HPDF_Page_DrawImage");
    } else {  // the unit image, turned upright into its place
      Matrix m =
          upright(orientation, image.image_x, image.image_y, image.image_width, image.image_height);
      doc_.check(
          HPDF_Page_Concat(page_, real(m.a), real(m.b), real(m.c), real(m.d), real(m.e), real(m.f)),
          "HPDF_Page_Concat");
      doc_.check(HPDF_Page_DrawImage(page_, object.raster, 0, 0, 1, 1), "HPDF_Page_DrawImage");
    }
    doc_.check(HPDF_Page_GRestore(page_), "HPDF_Page_GRestore");
    if (tagged()) end_marked();
  }
}

void PageDrawer::set_font(int font, double size) {
  int resource = fonts_[font].resource;  // a regular face and its synthetic bold share one
  if (resource == font_ && size == size_) return;
  char ops[48];
  std::snprintf(ops, sizeof ops, "/J%d %g Tf\n", resource, size);
  write(ops);
  used_fonts_.insert(resource);
  font_ = resource;
  size_ = size;
}

void PageDrawer::set_bold_stroke(bool synthetic_bold, double size, const model::Color& color) {
  HPDF_TextRenderingMode mode = synthetic_bold ? HPDF_FILL_THEN_STROKE : HPDF_FILL;
  if (mode != mode_) {
    doc_.check(HPDF_Page_SetTextRenderingMode(page_, mode), "HPDF_Page_SetTextRenderingMode");
    mode_ = mode;
  }
  if (!synthetic_bold) return;
  double width = 0.03 * size;
  if (width != line_width_) {
    doc_.check(HPDF_Page_SetLineWidth(page_, static_cast<HPDF_REAL>(width)),
               "HPDF_Page_SetLineWidth");
    line_width_ = width;
  }
  set_stroke(color);
}

void PageDrawer::move_to(double x, double y) {
  doc_.check(HPDF_Page_MoveTextPos(page_, static_cast<HPDF_REAL>(x - line_x_),
                                   static_cast<HPDF_REAL>(y - line_y_)),
             "HPDF_Page_MoveTextPos");
  line_x_ = x;
  line_y_ = y;
}

// libharu 2.3.0 has no TJ operator and draws only text through its encoder, so the glyph
// codes are written into the page's content stream here, between libharu's own BT, Td and ET. Each
// glyph's place is kept exactly: where it differs from where the previous glyph's /W width leaves
// the pen (kerning, justification, compressed punctuation), a TJ adjustment in thousandths of an em
// moves it. A glyph that carries the gap before it is drawn that much to the left: its copy in
// the font moves the outline back (gap_carriers.h).
void PageDrawer::show_glyphs(const model::TextRun& run, const std::vector<uint16_t>& codes,
                             const std::vector<GapCarrier>& carriers, const TextSpans& spans,
                             size_t first) {
  const SubsetFont& subset = *fonts_[run.font].subset;
  std::string ops = "[<";
  double pen = pen_x_ - run.x;  // where the viewer's pen is, pt from run.x
  float rise = 0;
  char buf[48];
  for (size_t k = 0; k < run.glyphs.size(); ++k) {
    const model::PlacedGlyph& g = run.glyphs[k];
    const size_t i = first + k;  // the glyph's place among the page's
    if (g.y != rise) {           // a mark raised or lowered: the text rise moves it
      std::snprintf(buf, sizeof buf, ">] TJ %.2f Ts [<", g.y);
      ops += buf;
      rise = g.y;
    }
    const bool within_span = span_open_;  // the gap before glyph i is inside a span
    if (!spans.open[i].empty())
      ops += ">] TJ /Span <</ActualText " + pdf_text_string(spans.open[i]) + ">> BDC [<";
    if (spans.mute[i]) ops += ">] TJ /Span <</ActualText ()>> BDC [<";
    span_open_ = span_open_ || !spans.open[i].empty() || spans.mute[i];
    const double origin = g.x - leading_shift(carriers[i], run.size);
    double adjust = (pen - origin) * 1000 / run.size;
    if (std::abs(adjust) >= 0.05) append_adjustment(ops, adjust, within_span);
    append_hex4(ops, codes[i]);
    pen = origin + subset.width_of(codes[i]) * run.size / 1000;
    if (spans.close[i]) {
      ops += ">] TJ EMC [<";
      span_open_ = false;
    }
  }
  ops += ">] TJ\n";
  if (rise != 0) ops += "0 Ts\n";
  write(ops);
  pen_x_ = run.x + pen;
}

void PageDrawer::write(const std::string& operators) {
  auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
  doc_.check(HPDF_Stream_WriteStr(attr->stream, operators.c_str()), "HPDF_Stream_WriteStr");
}

void PageDrawer::draw_runs(const std::vector<model::TextRun>& runs,
                           const std::vector<GapCarrier>& carriers) {
  bool any = std::any_of(runs.begin(), runs.end(), [](auto& r) { return !r.glyphs.empty(); });
  if (!any) return;
  std::vector<uint16_t> codes;  // of every glyph of the page, in drawing order
  std::vector<const SubsetFont*> subsets;
  for (const DrawingFont& font : fonts_) subsets.push_back(font.subset);
  for (const model::TextRun& run : runs)
    for (const model::PlacedGlyph& g : run.glyphs)
      codes.push_back(fonts_[run.font].subset->code_of.at(
          {g.id, glyph_text(run, g), carriers.at(codes.size())}));
  const TextSpans spans = gap_spans(runs, subsets, codes, carriers);
  size_t first = 0;  // the next run's first glyph among the page's
  doc_.check(HPDF_Page_BeginText(page_), "HPDF_Page_BeginText");
  // Neighbouring runs of one element share a marked-content sequence.
  bool open = false;
  int element = model::kArtifact;
  std::optional<double> baseline;  // the last run's, where the pen is
  for (const model::TextRun& run : runs) {
    if (run.glyphs.empty()) continue;
    if (tagged() && (!open || run.element != element)) {
      if (open) end_marked();
      // Text that is no element is a page number or a table header set again.
      begin_marked(run.element, "<</Type /Pagination>>");
      open = true;
      element = run.element;
    }
    set_font(run.font, run.size);
    set_fill(run.color);
    set_bold_stroke(fonts_[run.font].synthetic_bold, run.size, run.color);
    // A run that goes on along the baseline goes on from the pen, with no Td: pypdf 3 takes
    // a Td of 15 half-spaces for a space, however small the gap (docs/extraction.md).
    if (!baseline || run.y != *baseline) {
      const double x = run.x + run.glyphs.front().x - leading_shift(carriers[first], run.size);
      // pypdf 3 starts a new line only where the text moves down: a column drawn after the one
      // beside it (sidebar) starts higher up, and ran on from the other's last line
      // ("实现。1990年"). A move down first, with nothing drawn there, ends that line.
      if (baseline && run.y > *baseline) move_to(x, *baseline - run.size);
      move_to(x, run.y);
      pen_x_ = x;
    }
    show_glyphs(run, codes, carriers, spans, first);
    baseline = run.y;
    first += run.glyphs.size();
  }
  if (open) end_marked();
  doc_.check(HPDF_Page_EndText(page_), "HPDF_Page_EndText");
}

void PageDrawer::draw_links(const std::vector<model::Link>& links, UriActions& actions) {
  for (const model::Link& link : links) {
    if (link.uri < 0) continue;
    HPDF_Rect rect{static_cast<HPDF_REAL>(link.x), static_cast<HPDF_REAL>(link.y),
                   static_cast<HPDF_REAL>(link.x + link.width),
                   static_cast<HPDF_REAL>(link.y + link.height)};
    actions.annotate(page_, rect, link.uri);
    annotations_.push_back(link.element);
  }
}

}  // namespace jianli::pdf
