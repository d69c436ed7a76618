// Helpers for the PDF backend's tests: a hand-built page set and outside tools run on files.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "../e2e/process.h"
#include "model/page.h"
#include "text/fonts.h"
#include "text/utf8.h"

namespace jianli::pdf::testing {

inline const char* kWenKai = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";
inline const char* kWenKaiBold = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf";
inline const char* kNotoSerif = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";

// Font indices in sample_pages().
enum : int { kRegular = 0, kBold = 1, kLatin = 2, kFakeBold = 3, kCff = 4 };

// 200 distinct common Han characters.
inline const std::string kHanParagraph =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你子得"
    "自下过能说年同发后工面道行方多经么去法学如都而种把开还因从样已心只前本现当些新动"
    "理没手相家起定见长外又事性日意力正小其主想点西知实部看最间问高气机体全无两电者第"
    "将果明期回十由提关身化物重山三门加通比进民基她并变口更各内何应程位声使数战平报今"
    "元政五建美四代品合系设水被几然向才总条展表教结任史干感专路公放信员少线入区务反直";

inline const char* kNotoSerifCjk = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
constexpr int kNotoSerifCjkSc = 2;  // the SC face of the collection

// The font file each font index of sample_pages() draws with.
inline std::pair<const char*, int> file_of(int font) {
  switch (font) {
    case kBold:
      return {kWenKaiBold, 0};
    case kLatin:
      return {kNotoSerif, 0};
    case kCff:
      return {kNotoSerifCjk, kNotoSerifCjkSc};
    default:
      return {kWenKai, 0};
  }
}

inline const text::Face& face_of(int font) {
  static std::map<int, std::unique_ptr<text::Face>> faces;
  auto& face = faces[font];
  if (!face) face = std::make_unique<text::Face>(file_of(font).first, file_of(font).second);
  return *face;
}

// `text` in the font's nominal glyphs (no shaping), each at its advance plus `spacing` pt.
inline model::TextRun run(double x, double y, const std::string& text, int font, double size,
                          model::Color color = {}, double spacing = 0) {
  model::TextRun r;
  r.x = x;
  r.y = y;
  r.text = text;
  r.font = font;
  r.size = size;
  r.color = color;
  if (font < 0 || font > kCff) return r;  // a font index the page set lacks: no glyphs
  const text::Face& face = face_of(font);
  double pen = 0;
  uint32_t byte = 0;
  for (char32_t c : text::to_utf32(text)) {
    std::string bytes;
    text::append_utf8(bytes, c);
    uint32_t glyph = face.glyph(c);
    r.glyphs.push_back(
        {glyph, static_cast<float>(pen), 0, byte, static_cast<uint32_t>(bytes.size())});
    pen += face.glyph_advance(glyph) * size + spacing;
    byte += static_cast<uint32_t>(bytes.size());
  }
  r.width = pen;
  return r;
}

// Two A4 pages: big known glyphs for ink checks, a paragraph of 200 Han characters, Latin with
// composite accented letters, a line in an OpenType/CFF face, a rule, a mailto: link and two
// bookmarks.
inline model::PageSet sample_pages() {
  model::PageSet set;
  set.fonts = {{kWenKai, 0, "LXGW WenKai", false},
               {kWenKaiBold, 0, "LXGW WenKai", false},
               {kNotoSerif, 0, "Noto Serif", false},
               {kWenKai, 0, "LXGW WenKai", true},
               {kNotoSerifCjk, kNotoSerifCjkSc, "Noto Serif CJK SC", false}};
  set.title = "简历 — 张三";
  set.author = "张三";
  set.subject = "求职";
  set.keywords = "软件, C++";
  set.lang = "zh-CN";

  model::Page first;
  first.runs.push_back(run(100, 700, "国", kRegular, 40));
  first.runs.push_back(run(200, 700, "国", kFakeBold, 40, {0.1, 0.2, 0.5}));
  first.runs.push_back(run(300, 700, "国", kBold, 40));
  first.runs.push_back(run(100, 620, "Café Zürich Ça", kLatin, 40));
  first.runs.push_back(run(56, 560, "Software engineer, mailto link", kLatin, 11));
  for (size_t line = 0; line < 5; ++line) {
    // 40 characters a line, 3 bytes each in UTF-8.
    first.runs.push_back(run(56, 520 - 16.0 * line, kHanParagraph.substr(line * 120, 120), kRegular,
                             10, {}, line == 1 ? 0.5 : 0));
  }
  first.boxes.push_back({56, 600, 483, 1, {0.3, 0.3, 0.3}});
  set.uris = {"mailto:zhangsan@example.com"};
  first.links.push_back({56, 556, 160, 14, 0});

  model::Page second;
  second.runs.push_back(run(56, 760, "工作经历", kBold, 16));
  second.runs.push_back(run(56, 730, "软件工程师，负责开发。", kRegular, 11));
  second.runs.push_back(run(56, 700, "思源宋体的简历。", kCff, 11));

  set.pages = {first, second};
  set.bookmarks = {{"简历", 0, 780, 1}, {"工作经历", 1, 776, 1}};
  return set;
}

// Commands run the way the end-to-end tests run them (tests/e2e/process.h).
using test::run_split;
using test::slurp;
using test::SplitResult;

// A file under /tmp for the test's lifetime.
class TempPdf {
 public:
  explicit TempPdf(const std::string& bytes) {
    char name[] = "/tmp/jianli-pdf-test-XXXXXX.pdf";
    int fd = mkstemps(name, 4);
    if (fd < 0) throw std::runtime_error("mkstemps failed");
    close(fd);
    path_ = name;
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempPdf() { unlink(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A page rendered by pdftoppm in grey, `scale` pixels per point (1 at 72 dpi).
struct GreyImage {
  int width = 0, height = 0;
  double scale = 1;
  std::vector<unsigned char> pixels;

  // Pixels darker than mid-grey in a rectangle given in PDF points (origin bottom-left).
  int dark_pixels(double x0, double y0, double x1, double y1) const {
    int count = 0;
    for_dark(x0, y0, x1, y1, [&](double, double) { ++count; });
    return count;
  }

  // The centre of the ink in a rectangle, in PDF points; {-1, -1} when there is none.
  std::pair<double, double> ink_centroid(double x0, double y0, double x1, double y1) const {
    double sx = 0, sy = 0;
    int n = 0;
    for_dark(x0, y0, x1, y1, [&](double x, double y) { sx += x, sy += y, ++n; });
    return n ? std::pair{sx / n, sy / n} : std::pair{-1.0, -1.0};
  }

 private:
  template <class F>
  void for_dark(double x0, double y0, double x1, double y1, F f) const {
    const int page_h = height;
    for (int row = std::max(0, int(page_h - y1 * scale));
         row < std::min(page_h, int(page_h - y0 * scale)); ++row) {
      for (int col = std::max(0, int(x0 * scale)); col < std::min(width, int(x1 * scale)); ++col) {
        if (pixels[row * width + col] < 128) f((col + 0.5) / scale, (page_h - row - 0.5) / scale);
      }
    }
  }
};

inline GreyImage render_page(const std::string& pdf, int page, int dpi = 72) {
  std::string prefix = pdf + ".render";
  std::string p = std::to_string(page);
  SplitResult r = run_split("pdftoppm -r " + std::to_string(dpi) + " -gray -singlefile -f " + p +
                            " -l " + p + " '" + pdf + "' '" + prefix + "'");
  if (r.status != 0) throw std::runtime_error("pdftoppm failed: " + r.err);
  std::string data = slurp(prefix + ".pgm");
  unlink((prefix + ".pgm").c_str());
  std::istringstream in(data);
  std::string magic;
  int maxval = 0;
  GreyImage image;
  image.scale = dpi / 72.0;
  in >> magic >> image.width >> image.height >> maxval;
  in.get();
  if (magic != "P5" || maxval != 255) throw std::runtime_error("unexpected pdftoppm output");
  image.pixels.resize(size_t(image.width) * image.height);
  in.read(reinterpret_cast<char*>(image.pixels.data()), image.pixels.size());
  return image;
}

}  // namespace jianli::pdf::testing
