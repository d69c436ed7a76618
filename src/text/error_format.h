// An InputError as the terminal shows it. It lives here rather than in model/
// because the caret needs Unicode knowledge (UTF-8 decoding and East Asian Width)
// that belongs to this stage; model/ stays plain data with no text dependency.
#pragma once

#include <string>

#include "model/error.h"

namespace jianli::text {

// "FILE:LINE:COL: error: MESSAGE", then the source line and a caret under the
// error's column when the line is known. Wide characters (Han, full-width marks)
// take two terminal cells, so the caret is indented by display width.
std::string format_error(const model::InputError& error);

}  // namespace jianli::text
