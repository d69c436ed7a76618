// The layout engine: sets a document in a layout and cuts it into pages.
//   collect -> prepare -> linebreak -> line   (each paragraph)
//   rows -> paginate -> page numbers          (the document)
#pragma once

#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/document.h"
#include "model/page.h"
#include "model/style.h"
#include "text/fonts.h"

namespace jianli::layout {

struct LayoutResult {
  model::PageSet pages;
  model::Diagnostics diagnostics;  // characters no font has
};

// Throws model::InputError when a font the layout names is not installed.
LayoutResult lay_out(const model::Document& doc, const model::LayoutSpec& spec,
                     text::FontLibrary& fonts);

// "zh" when the document's text is mostly Chinese, else "en"; the front matter's
// `lang` wins when given.
std::string document_language(const model::Document& doc);

}  // namespace jianli::layout
