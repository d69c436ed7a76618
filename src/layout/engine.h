// The layout engine: sets a document in a layout and cuts it into pages.
//   collect -> prepare -> linebreak -> line   (each paragraph)
//   rows -> paginate -> page numbers          (the document)
#pragma once

#include <string>
#include <vector>

#include "image/catalog.h"
#include "model/diagnostic.h"
#include "model/document.h"
#include "model/page.h"
#include "model/style.h"
#include "text/fonts.h"

namespace jianli::layout {

struct LayoutResult {
  model::PageSet pages;
  model::Diagnostics diagnostics;  // characters no font has
  int last_page_lines = 0;         // lines of text on the last page, its number left out
  // The text of each line of a justified paragraph set ragged because justifying it would open
  // a gap past the layout's `justify` limits (issue 11 item 7): what the breaker could not avoid.
  std::vector<std::string> loose_lines;
};

// Throws model::InputError when a font the layout names is not installed. `images` holds
// the files of the document's images (image::load_images); one it lacks shows its alt text.
LayoutResult lay_out(const model::Document& doc, const model::LayoutSpec& spec,
                     text::FontLibrary& fonts, const image::Catalog& images = {});

// "zh" when the document's text is mostly Chinese, else "en"; the front matter's
// `lang` wins when given (its primary subtag, lower case: "EN-us" is "en").
std::string document_language(const model::Document& doc);

// A BCP 47 tag in its usual case: "zh-tw" is "zh-TW", "zh_hant" is "zh-Hant", "EN" is "en".
std::string canonical_language_tag(const std::string& tag);

// The language Chinese text is shaped in, so that the font's locl picks its forms: "zh-Hant"
// for Taiwan, Hong Kong, Macao and traditional-script tags, else "zh-Hans".
const char* chinese_shaping_language(const std::string& lang_tag);

}  // namespace jianli::layout
