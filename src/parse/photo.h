// The photo: front matter `photo:`, else an image before the first section that stands
// alone (an image paragraph, a line of the contact block that is only the image, or an
// image in the name's heading). Icons set beside contact text stay where they are.
#pragma once

#include <optional>
#include <vector>

#include "model/document.h"

namespace jianli::parse {

// Call in this order, with doc.photo set from the front matter first (it wins): an image
// block before the first section, taken before the name and contact lines are (so that
// the contact block right after the name is still found)…
void take_photo_block(std::vector<model::Block>& blocks, model::Document& doc);
// … then an image in the name's heading or alone on a contact line.
void take_photo_from_header(model::Document& doc);

}  // namespace jianli::parse
