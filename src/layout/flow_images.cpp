// Images in the flow: set in a line of text, on lines of their own, and which files the
// page set embeds. An image whose file could not be read (image::Catalog warned) is
// shown as its alt text.
#include <algorithm>
#include <cmath>

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

// An image no wider than this share of the measure floats when it asks to; a wider one
// would leave the text beside it a column of a few characters.
constexpr double kMaxFloatShare = 0.6;

// An image alone in its paragraph: its own row, at its width, aligned as the block or the
// image asks (flush left by default, as Markdown previews show it) in the measure less
// `indent` (a list item's); a link around it covers it. With `align` left or right on the
// image itself (HTML's `<img align="right">`) it floats at that edge and the text after it
// is set beside it, as browsers set it.
void Flow::image_block(const model::Block& block, double indent) {
  clear_float();
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
  const bool floats = (image.align == model::Align::Left || image.align == model::Align::Right) &&
                      size.width <= kMaxFloatShare * width;
  double x = column_x_ + indent;
  model::Align align =
      floats ? *image.align : block.align.value_or(image.align.value_or(model::Align::Left));
  if (align == model::Align::Center) x += (width - size.width) / 2;
  if (align == model::Align::Right) x += width - size.width;

  Row row;
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
  if (floats) {
    const bool left = align == model::Align::Left;
    const double gap = spec_.float_gap;
    float_ = Float{.image = std::move(row),
                   .bottom = size.height,
                   .indent = left ? size.width + gap : 0,
                   .text_left = left ? x + size.width + gap : column_x_,
                   .text_right = left ? column_x_ + measure() : x - gap};
    return;
  }
  image_row(std::move(row));
}

// A block image on a row of its own, after the space pending, on a new page if one was asked.
void Flow::image_row(Row row) {
  row.space_before = pending_space_;
  row.break_before = pending_page_break_;
  pending_page_break_ = false;
  rows_.push_back(std::move(row));
  pending_space_ = spec_.paragraph_gap;
}

Flow::Beside Flow::beside_float(double x, double width, const model::TextStyle& style) {
  if (!float_) return {0, x, width};
  const double depth = float_depth();
  if (depth >= float_->bottom) {
    float_.reset();  // the text has passed it
    return {0, x, width};
  }
  // Text in from the column's edge (a list item's) stays in as far from the image, so that
  // a list's markers hang beside it, not over it.
  const double left = std::max(x + float_->indent, float_->text_left);
  const double right = std::min(x + width, float_->text_right);
  // Four ems beside it at the least (a deep list item's); else the text goes below it.
  if (right - left < 4 * style.size) {
    clear_float();
    return {0, x, width};
  }
  const double line = style.size * style.leading;
  const auto lines = static_cast<size_t>(std::ceil((float_->bottom - depth) / line));
  return {lines, left, right - left};
}

double Flow::float_depth() const {
  if (!float_ || !float_->row) return 0;
  const size_t first = *float_->row;
  double depth = pending_space_;
  for (size_t k = first; k < rows_.size(); ++k)
    depth += (k > first ? rows_[k].space_before : 0) + rows_[k].height;
  return depth;
}

void Flow::start_float(Row& row) {
  if (!float_ || float_->row) return;
  float_->row = rows_.size();
  Row& image = float_->image;
  row.images.insert(row.images.end(), image.images.begin(), image.images.end());
  row.links.insert(row.links.end(), image.links.begin(), image.links.end());
}

void Flow::clear_float() {
  if (!float_) return;
  if (!float_->row) {  // no line of text came: the image on a row of its own
    Row image = std::move(float_->image);
    float_.reset();
    image_row(std::move(image));
    return;
  }
  // The text beside it was shorter: a row as tall as the rest of the image, kept with the
  // lines beside it.
  Row rest;
  rest.height = float_->bottom - (float_depth() - pending_space_);
  float_.reset();
  if (rest.height > 0) rows_.push_back(std::move(rest));
}

}  // namespace jianli::layout
