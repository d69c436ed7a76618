#include "text/error_format.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace jianli::text {
namespace {

// Cells a character takes in a terminal: 2 when its East Asian Width (UAX #11) is
// Wide or Fullwidth, 0 for combining marks and invisible format characters, else 1
// (Ambiguous too, as terminals draw it outside East Asian locales).
int display_width(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  switch (u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY)) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
      return 0;
    default:
      break;
  }
  const int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

// Spaces that reach column `column` (counted in code points from 1) of `line`.
std::string caret_indent(const std::string& line, int column) {
  std::string indent;
  int at = 1;
  for (char32_t cp : to_utf32(line)) {
    if (at++ >= column) break;
    indent.append(static_cast<size_t>(display_width(cp)), ' ');
  }
  return indent;
}

}  // namespace

std::string format_error(const model::InputError& error) {
  std::string out;
  const model::SourcePos pos = error.pos();
  if (!error.file().empty()) {
    out += error.file();
    // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on ":" + to_string.
    if (pos.line > 0) out.append(":").append(std::to_string(pos.line));
    if (pos.line > 0 && pos.column > 0) out.append(":").append(std::to_string(pos.column));
    out += ": ";
  }
  out += "error: ";
  out += error.what();
  if (!error.source_line().empty()) {
    out += "\n  " + error.source_line() + "\n  " + caret_indent(error.source_line(), pos.column);
    out += "^";
  }
  return out;
}

}  // namespace jianli::text
