#include "check/pdf_scan.h"

// qpdf 11: use std::shared_ptr, not the deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <algorithm>
#include <cmath>
#include <map>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <vector>

namespace jianli::check {
namespace {

// Which codes of a Type0 font draw glyph 0. Identity-H codes are CIDs; a TrueType CID font
// maps them to glyphs through /CIDToGIDMap (a code past its end draws glyph 0), a CFF one
// draws glyph CID.
struct GlyphMap {
  bool identity = true;
  std::string map;  // two bytes a code
  bool missing(unsigned code) const {
    if (identity) return code == 0;
    if (2 * code + 1 >= map.size()) return true;
    return map[2 * code] == 0 && map[2 * code + 1] == 0;
  }
};

GlyphMap glyph_map(QPDFObjectHandle font) {
  GlyphMap out;
  QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
  if (!descendants.isArray() || descendants.getArrayNItems() < 1) return out;
  QPDFObjectHandle map = descendants.getArrayItem(0).getKey("/CIDToGIDMap");
  if (!map.isStream()) return out;
  auto data = map.getStreamData(qpdf_dl_generalized);
  out.identity = false;
  out.map.assign(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  return out;
}

struct FilledShape {
  Rect rect;
  model::Color color;
};

double number(QPDFObjectHandle h) { return h.isNumber() ? h.getNumericValue() : 0; }

// Follows the operators jianli's writer (and most writers) use for text and filled
// shapes: q/Q, cm, rg/g/k, re and path fills, BT/ET, Tf, Td/TD/Tm/T*, TL, Ts, Tr, Tj/TJ.
// Paths other than rectangles fill their bounding box, which is enough to find what text
// sits on.
class PageScanner : public QPDFObjectHandle::ParserCallbacks {
 public:
  PageScanner(std::map<std::string, GlyphMap> fonts, ScannedPage& page)
      : fonts_(std::move(fonts)), page_(page) {}

  void handleObject(QPDFObjectHandle obj) override {
    if (!obj.isOperator()) {
      operands_.push_back(obj);
      return;
    }
    run(obj.getOperatorValue());
    operands_.clear();
  }
  void handleEOF() override {}

 private:
  struct State {
    double ctm[6] = {1, 0, 0, 1, 0, 0};
    model::Color fill;
    double font_size = 0, leading = 0, rise = 0;
    int render_mode = 0;
    std::string font;
  };

  double arg(size_t i) const { return i < operands_.size() ? number(operands_[i]) : 0; }
  bool has(size_t n) const { return operands_.size() >= n; }

  void point(double x, double y) {
    const double* m = state_.ctm;
    double px = m[0] * x + m[2] * y + m[4], py = m[1] * x + m[3] * y + m[5];
    if (!path_open_) path_ = {px, py, px, py};
    path_.x0 = std::min(path_.x0, px), path_.x1 = std::max(path_.x1, px);
    path_.y0 = std::min(path_.y0, py), path_.y1 = std::max(path_.y1, py);
    path_open_ = true;
  }

  void run(const std::string& op) {
    if (op == "q")
      stack_.push_back(state_);
    else if (op == "Q" && !stack_.empty())
      state_ = stack_.back(), stack_.pop_back();
    else if (op == "cm" && has(6))
      concat();
    else if (op == "rg" && has(3))
      state_.fill = {arg(0), arg(1), arg(2)};
    else if (op == "g" && has(1))
      state_.fill = {arg(0), arg(0), arg(0)};
    else if (op == "k" && has(4)) {
      double k = arg(3);
      state_.fill = {(1 - arg(0)) * (1 - k), (1 - arg(1)) * (1 - k), (1 - arg(2)) * (1 - k)};
    } else if (op == "re" && has(4)) {
      point(arg(0), arg(1));
      point(arg(0) + arg(2), arg(1) + arg(3));
    } else if ((op == "m" || op == "l") && has(2))
      point(arg(0), arg(1));
    else if (op == "c" && has(6))
      point(arg(4), arg(5));
    else if (op == "f" || op == "F" || op == "f*" || op == "B" || op == "B*" || op == "b" ||
             op == "b*") {
      if (path_open_ && !clip_pending_) shapes_.push_back({path_, state_.fill});
      end_path();
    } else if (op == "W" || op == "W*")
      clip_pending_ = true;
    else if (op == "n" || op == "S" || op == "s")
      end_path();
    else if (op == "BT")
      line_x_ = line_y_ = 0, tm_scale_ = 1;
    else if (op == "Tf" && has(2)) {
      state_.font = operands_[0].isName() ? operands_[0].getName() : "";
      state_.font_size = arg(1);
    } else if (op == "Td" && has(2))
      line_x_ += arg(0), line_y_ += arg(1);
    else if (op == "TD" && has(2))
      line_x_ += arg(0), line_y_ += arg(1), state_.leading = -arg(1);
    else if (op == "Tm" && has(6)) {
      line_x_ = arg(4), line_y_ = arg(5);
      tm_scale_ = std::hypot(arg(2), arg(3));
    } else if (op == "T*")
      line_y_ -= state_.leading;
    else if (op == "TL" && has(1))
      state_.leading = arg(0);
    else if (op == "Ts" && has(1))
      state_.rise = arg(0);
    else if (op == "Tr" && has(1))
      state_.render_mode = static_cast<int>(arg(0));
    else if ((op == "Tj" || op == "'" || op == "\"") && !operands_.empty()) {
      if (op != "Tj") line_y_ -= state_.leading;
      show({operands_.back()});
    } else if (op == "TJ" && has(1) && operands_[0].isArray())
      show(operands_[0].getArrayAsVector());
  }

  void end_path() {
    path_open_ = false;
    clip_pending_ = false;
  }

  void concat() {
    double n[6];
    for (int i = 0; i < 6; ++i) n[i] = arg(i);
    const double* m = state_.ctm;
    double r[6] = {n[0] * m[0] + n[1] * m[2],        n[0] * m[1] + n[1] * m[3],
                   n[2] * m[0] + n[3] * m[2],        n[2] * m[1] + n[3] * m[3],
                   n[4] * m[0] + n[5] * m[2] + m[4], n[4] * m[1] + n[5] * m[3] + m[5]};
    std::copy(r, r + 6, state_.ctm);
  }

  void show(const std::vector<QPDFObjectHandle>& items) {
    TextShow s;
    const double* m = state_.ctm;
    // The baseline without the rise: a raised mark stays on its line.
    double x = line_x_, y = line_y_;
    s.x = m[0] * x + m[2] * y + m[4];
    s.y = m[1] * x + m[3] * y + m[5];
    s.size = state_.font_size * tm_scale_ * std::hypot(m[2], m[3]);
    s.color = state_.fill;
    s.invisible = state_.render_mode == 3;
    auto font = fonts_.find(state_.font);
    for (QPDFObjectHandle item : items) {
      if (!item.isString()) continue;
      std::string codes = item.getStringValue();
      for (size_t i = 0; i + 1 < codes.size(); i += 2) {
        unsigned code =
            static_cast<unsigned char>(codes[i]) << 8 | static_cast<unsigned char>(codes[i + 1]);
        ++s.glyphs;
        if (font != fonts_.end() && font->second.missing(code)) ++s.missing;
      }
    }
    s.background = {1, 1, 1};
    double probe_x = s.x + 0.25 * s.size, probe_y = s.y + 0.3 * s.size;
    for (auto shape = shapes_.rbegin(); shape != shapes_.rend(); ++shape) {
      if (shape->rect.contains(probe_x, probe_y)) {
        s.background = shape->color;
        break;
      }
    }
    page_.shows.push_back(s);
  }

  std::map<std::string, GlyphMap> fonts_;
  ScannedPage& page_;
  std::vector<QPDFObjectHandle> operands_;
  State state_;
  std::vector<State> stack_;
  std::vector<FilledShape> shapes_;
  Rect path_;
  bool path_open_ = false, clip_pending_ = false;
  double line_x_ = 0, line_y_ = 0, tm_scale_ = 1;
};

std::vector<LinkTarget> links_of(QPDFPageObjectHelper& page) {
  std::vector<LinkTarget> out;
  for (QPDFAnnotationObjectHelper& annot : page.getAnnotations("/Link")) {
    QPDFObjectHandle action = annot.getObjectHandle().getKey("/A");
    if (!action.isDictionary() || !action.getKey("/URI").isString()) continue;
    QPDFObjectHandle::Rectangle r = annot.getRect();
    out.push_back({{r.llx, r.lly, r.urx, r.ury}, action.getKey("/URI").getStringValue()});
  }
  return out;
}

}  // namespace

int ScannedPage::line_of(double y) const {
  // Baselines within a quarter point are one line (a raised mark, rounding).
  for (size_t i = 0; i < baselines.size(); ++i)
    if (std::abs(baselines[i] - y) < 0.25) return static_cast<int>(i) + 1;
  auto below = std::find_if(baselines.begin(), baselines.end(), [&](double b) { return b < y; });
  return static_cast<int>(below - baselines.begin()) + 1;
}

std::vector<ScannedPage> scan_pdf(const std::string& pdf_bytes) {
  QPDF pdf;
  pdf.setSuppressWarnings(true);
  pdf.processMemoryFile("the PDF", pdf_bytes.data(), pdf_bytes.size());
  std::vector<ScannedPage> pages;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    std::map<std::string, GlyphMap> fonts;
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    QPDFObjectHandle font_dict =
        resources.isDictionary() ? resources.getKey("/Font") : QPDFObjectHandle::newNull();
    if (font_dict.isDictionary())
      for (const std::string& key : font_dict.getKeys())
        fonts[key] = glyph_map(font_dict.getKey(key));
    ScannedPage& scanned = pages.emplace_back();
    PageScanner scanner(std::move(fonts), scanned);
    page.parseContents(&scanner);
    scanned.links = links_of(page);
    std::vector<double>& lines = scanned.baselines;
    for (const TextShow& s : scanned.shows)
      if (s.glyphs > 0 && s.y == s.y) lines.push_back(s.y);
    std::sort(lines.begin(), lines.end(), std::greater<>());
    lines.erase(std::unique(lines.begin(), lines.end(),
                            [](double a, double b) { return std::abs(a - b) < 0.25; }),
                lines.end());
  }
  return pages;
}

}  // namespace jianli::check
