#include "parse/photo.h"

#include <algorithm>

#include "parse/markdown_source.h"

namespace jianli::parse {
namespace {

// The line's one image when the line holds nothing else.
std::optional<model::Image> lone_image(const model::Inlines& line) {
  std::optional<model::Image> found;
  for (const model::Span& span : line) {
    if (span.image && !found) {
      found = span.image;
    } else if (span.image || !is_blank(span.text)) {
      return std::nullopt;
    }
  }
  return found;
}

// A photo in a cell of its own in a table before the first section (`<td rowspan="4"><img
// …></td>` in a 基本信息 table, common in Chinese résumés) goes to the header, where
// photos go; its cell is left empty.
std::optional<model::Image> take_from_table(model::Table& table) {
  for (model::TableRow& row : table.rows)
    for (model::TableCell& cell : row.cells)
      if (std::optional<model::Image> photo = lone_image(cell.inlines)) {
        cell.inlines.clear();
        return photo;
      }
  return std::nullopt;
}

std::optional<model::Image> take_from_blocks(std::vector<model::Block>& blocks) {
  for (auto block = blocks.begin(); block != blocks.end(); ++block) {
    if (block->kind == model::BlockKind::Heading && block->level == 2) break;
    if (block->kind == model::BlockKind::Table && block->table)
      if (std::optional<model::Image> photo = take_from_table(*block->table)) return photo;
    if (block->kind != model::BlockKind::Image || !block->image) continue;
    model::Image photo = *block->image;
    blocks.erase(block);
    return photo;
  }
  return std::nullopt;
}

std::optional<model::Image> take_from_name(model::Inlines& name) {
  auto image = std::find_if(name.begin(), name.end(), [](const auto& s) { return s.image; });
  if (image == name.end()) return std::nullopt;
  model::Image photo = *image->image;
  name.erase(image);
  return photo;
}

std::optional<model::Image> take_from_contact(model::Document& doc) {
  for (size_t line = 0; line < doc.contact.size(); ++line) {
    std::optional<model::Image> photo = lone_image(doc.contact[line]);
    if (!photo) continue;
    doc.contact.erase(doc.contact.begin() + line);
    if (line < doc.contact_pos.size()) doc.contact_pos.erase(doc.contact_pos.begin() + line);
    return photo;
  }
  return std::nullopt;
}

}  // namespace

void take_photo_block(std::vector<model::Block>& blocks, model::Document& doc) {
  if (!doc.photo) doc.photo = take_from_blocks(blocks);
}

void take_photo_from_header(model::Document& doc) {
  if (!doc.photo) doc.photo = take_from_name(doc.name);
  if (!doc.photo) doc.photo = take_from_contact(doc);
}

}  // namespace jianli::parse
