// Small helpers the parts of Flow (flow.cpp, entry.cpp, header.cpp …) share.
#pragma once

#include <string>

#include "layout/linebreak.h"
#include "model/document.h"
#include "model/style.h"

namespace jianli::layout {

inline model::Inlines plain(const std::string& text, bool bold = false) {
  return {model::Span{.text = text, .bold = bold}};
}

inline LineBreaking breaking(const model::LayoutSpec& spec) {
  return spec.line_breaking == "first-fit" ? LineBreaking::FirstFit : LineBreaking::TotalFit;
}

}  // namespace jianli::layout
