// Images in the flow: set in a line of text, on lines of their own, and which files the
// page set embeds. An image whose file could not be read (image::Catalog warned) is
// shown as its alt text.
#include <algorithm>

#include "layout/flow.h"
#include "layout/flow_helpers.h"
#include "layout/image_size.h"

namespace jianli::layout {

int Flow::image_index(const model::ImageFile& file) {
  auto at = std::find(image_files_.begin(), image_files_.end(), &file);
  if (at != image_files_.end()) return static_cast<int>(at - image_files_.begin());
  image_files_.push_back(&file);
  return static_cast<int>(image_files_.size()) - 1;
}

void Flow::size_objects(StyledText& text, double font_size) {
  std::vector<bool> drawn;
  for (InlineObject& object : text.objects) {
    const model::ImageFile* file = object.image ? images_.find(object.image->src) : nullptr;
    drawn.push_back(file != nullptr);
    if (!file) continue;
    ImageSize size = inline_image_size(*object.image, *file, font_size, measure());
    object.width = size.width;
    object.height = size.height;
    object.file = image_index(*file);
  }
  if (std::find(drawn.begin(), drawn.end(), false) != drawn.end())
    text = with_alt_text(text, drawn);
}

// An image alone in its paragraph: its own row, at its width, aligned as the block or the
// image asks (flush left by default, as Markdown previews show it) in the measure less
// `indent` (a list item's); a link around it covers it.
void Flow::image_block(const model::Block& block, double indent) {
  const model::Image& image = *block.image;
  pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
  const model::ImageFile* file = images_.find(image.src);
  if (!file) {
    paragraph(plain(image.alt), spec_.body_style, indent, model::Align::Left, block.pos);
    pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
    return;
  }
  const double page_room = spec_.page_height - spec_.margin_top - spec_.margin_bottom;
  const double width = measure() - indent;
  ImageSize size = block_image_size(image, *file, width, page_room);
  double x = column_x_ + indent;
  model::Align align = block.align.value_or(image.align.value_or(model::Align::Left));
  if (align == model::Align::Center) x += (width - size.width) / 2;
  if (align == model::Align::Right) x += width - size.width;

  Row row;
  row.space_before = pending_space_;
  row.break_before = pending_page_break_;
  pending_space_ = 0;
  pending_page_break_ = false;
  row.height = size.height;
  row.images.push_back({.image = image_index(*file),
                        .x = x,
                        .width = size.width,
                        .height = size.height,
                        .image_x = x,
                        .image_width = size.width,
                        .image_height = size.height,
                        .alt = image.alt});
  // A Figure read with its alt text; one without says nothing and is decoration, an
  // artifact, as inline and in a table cell (PDF/UA-1 7.3; image::load_images warned).
  if (!image.alt.empty()) {
    row.images.back().element = structure_.add(model::StructureType::Figure, block.pos.line);
    structure_.at(row.images.back().element).alt = image.alt;
  }
  if (!block.inlines.empty() && !block.inlines.front().link.empty())
    row.links.push_back({x, 0, size.width, size.height, uris_.add(block.inlines.front().link),
                         structure_.add(model::StructureType::Link, block.pos.line)});
  rows_.push_back(std::move(row));
  pending_space_ = spec_.paragraph_gap;
}

}  // namespace jianli::layout
