#include "raster/page_images.h"

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "raster/png_encoder.h"

namespace jianli::raster {
namespace {

constexpr uint8_t kWhite = 0xff;
constexpr uint8_t kRuleGrey = 0xc8;  // the rule between pages of a long image

std::unique_ptr<poppler::document> open_pdf(const std::string& pdf) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc) throw std::runtime_error("poppler cannot read the PDF it is to draw");
  return doc;
}

void configure(poppler::page_renderer& renderer) {
  // Smooth edges on text and shapes, as a PDF viewer draws them.
  renderer.set_render_hint(poppler::page_renderer::antialiasing);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing);
  renderer.set_image_format(poppler::image::format_rgb24);  // R, G, B bytes
  renderer.set_paper_color(0xffffffff);
}

// One page drawn: poppler's rows are `bytes_per_row` apart (padded to 4 bytes).
class DrawnPage {
 public:
  DrawnPage(const poppler::document& doc, int index, const poppler::page_renderer& renderer,
            int dpi) {
    std::unique_ptr<poppler::page> page(doc.create_page(index));
    if (!page) throw std::runtime_error("poppler cannot read page " + std::to_string(index + 1));
    image_ = renderer.render_page(page.get(), dpi, dpi);
    if (!image_.is_valid() || image_.format() != poppler::image::format_rgb24)
      throw std::runtime_error("poppler cannot draw page " + std::to_string(index + 1));
  }
  int width() const { return image_.width(); }
  int height() const { return image_.height(); }
  const uint8_t* row(int y) const {
    return reinterpret_cast<const uint8_t*>(image_.const_data()) +
           static_cast<size_t>(y) * image_.bytes_per_row();
  }

 private:
  poppler::image image_;
};

std::string encode(const DrawnPage& page, int dpi) {
  PngEncoder png(page.width(), page.height(), dpi);
  for (int y = 0; y < page.height(); ++y) png.write_row(page.row(y));
  return png.finish();
}

// A page's size in pixels at `dpi`, as poppler's Splash rounds it (the page's size in
// device pixels, + 0.5, truncated): known before drawing, so that a long image's header can
// be written first and each page drawn, copied and freed in turn.
int pixels(double points, int dpi) { return static_cast<int>(points * dpi / 72.0 + 0.5); }

std::string long_image(const poppler::document& doc, const poppler::page_renderer& renderer,
                       int dpi) {
  const int pages = doc.pages();
  const int rule = std::max(1, dpi / 72);  // a point thick, at least a pixel
  int width = 0;
  int height = rule * (pages - 1);
  std::vector<int> heights(pages);
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc.create_page(i));
    if (!page) throw std::runtime_error("poppler cannot read page " + std::to_string(i + 1));
    poppler::rectf box = page->page_rect();
    width = std::max(width, pixels(box.width(), dpi));
    heights[i] = pixels(box.height(), dpi);
    height += heights[i];
  }
  PngEncoder png(width, height, dpi);
  std::vector<uint8_t> line(static_cast<size_t>(width) * 3);
  for (int i = 0; i < pages; ++i) {
    DrawnPage page(doc, i, renderer, dpi);
    // A narrower page sits at the left on white; a page drawn a pixel off the predicted size
    // is cut or padded with white, so the rows always add up to the header's height.
    const int copy = std::min(width, page.width()) * 3;
    for (int y = 0; y < heights[i]; ++y) {
      std::fill(line.begin(), line.end(), kWhite);
      if (y < page.height()) std::copy_n(page.row(y), copy, line.begin());
      png.write_row(line.data());
    }
    if (i + 1 == pages) break;
    std::fill(line.begin(), line.end(), kRuleGrey);
    for (int y = 0; y < rule; ++y) png.write_row(line.data());
  }
  return png.finish();
}

}  // namespace

std::vector<std::string> pdf_to_png(const std::string& pdf, int dpi, Arrangement arrangement) {
  std::unique_ptr<poppler::document> doc = open_pdf(pdf);
  poppler::page_renderer renderer;
  configure(renderer);
  if (arrangement == Arrangement::LongImage) return {long_image(*doc, renderer, dpi)};
  std::vector<std::string> images;
  for (int i = 0; i < doc->pages(); ++i)
    images.push_back(encode(DrawnPage(*doc, i, renderer, dpi), dpi));
  return images;
}

}  // namespace jianli::raster
