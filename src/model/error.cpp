#include "model/error.h"

namespace jianli::model {

std::string InputError::format() const {
  std::string out;
  if (!file_.empty()) {
    out += file_;
    if (pos_.line > 0) out += ":" + std::to_string(pos_.line);
    if (pos_.line > 0 && pos_.column > 0) out += ":" + std::to_string(pos_.column);
    out += ": ";
  }
  out += "error: ";
  out += what();
  if (!source_line_.empty()) {
    out += "\n  " + source_line_ + "\n  ";
    // The caret sits under the column; count code points, not bytes.
    int col = 1;
    for (size_t i = 0; i < source_line_.size() && col < pos_.column; ++i) {
      unsigned char c = static_cast<unsigned char>(source_line_[i]);
      if ((c & 0xC0) == 0x80) continue;
      out += (c >= 0xE0) ? "  " : " ";  // wide characters take two cells
      ++col;
    }
    out += "^";
  }
  return out;
}

}  // namespace jianli::model
