// Small helpers the parts of Flow (flow.cpp, entry.cpp, header.cpp …) share.
#pragma once

#include <string>

#include "model/document.h"

namespace jianli::layout {

inline model::Inlines plain(const std::string& text, bool bold = false) {
  return {model::Span{.text = text, .bold = bold}};
}

}  // namespace jianli::layout
