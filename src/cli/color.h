// Coloured diagnostics, the way compilers print them: the place in bold, "error" in red,
// "warning" in magenta, "note" in cyan, the caret under the column in red.
#pragma once

#include <string>

namespace jianli::cli {

enum class ColorMode { Auto, Always, Never };

// Never and Always as said (an explicit --color always wins over NO_COLOR, as
// no-color.org asks); Auto colours only when stderr is a terminal and NO_COLOR is unset
// or empty.
bool color_wanted(ColorMode mode);

// A message as the user reads it ("FILE:LINE:COL: error: …", maybe followed by the source
// line and a caret line), with ANSI colours added; the text is otherwise unchanged.
std::string colorize(const std::string& message);

}  // namespace jianli::cli
