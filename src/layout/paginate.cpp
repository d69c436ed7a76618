#include "layout/paginate.h"

namespace jianli::layout {
namespace {

void place(const Row& row, double top, int page_index, model::PageSet& out) {
  model::Page& page = out.pages[page_index];
  for (model::TextRun run : row.runs) {
    run.y = top - run.y;
    page.runs.push_back(std::move(run));
  }
  for (model::Box box : row.boxes) {
    box.y = top - box.y - box.height;
    page.boxes.push_back(box);
  }
  for (model::Link link : row.links) {
    link.y = top - link.y - link.height;
    page.links.push_back(std::move(link));
  }
  for (model::PlacedImage image : row.images) {
    image.y = top - image.y - image.height;
    image.image_y = top - image.image_y - image.image_height;
    page.images.push_back(std::move(image));
  }
  if (row.bookmark) {
    model::Bookmark mark = *row.bookmark;
    mark.page = page_index;
    mark.y = top;
    out.bookmarks.push_back(std::move(mark));
  }
}

}  // namespace

void paginate(const std::vector<Row>& rows, const model::LayoutSpec& spec, model::PageSet& out) {
  const double page_top = spec.page_height - spec.margin_top;
  const double page_bottom = spec.margin_bottom;
  // A second column (a sidebar) fills the pages the first made, then adds its own.
  if (out.pages.empty()) out.pages.emplace_back();
  int page_index = 0;
  double cursor = page_top;
  for (size_t i = 0; i < rows.size(); ++i) {
    bool at_top = cursor == page_top;
    // A heading keeps the rows it introduces: count them in before placing it.
    double need = (at_top ? 0 : rows[i].space_before) + rows[i].height;
    for (size_t k = i; rows[k].keep_with_next && k + 1 < rows.size(); ++k)
      need += rows[k + 1].space_before + rows[k + 1].height;
    if (!at_top && (rows[i].break_before || cursor - need < page_bottom - 0.01)) {
      if (++page_index == static_cast<int>(out.pages.size())) out.pages.emplace_back();
      cursor = page_top;
      at_top = true;
    }
    if (!at_top) cursor -= rows[i].space_before;
    place(rows[i], cursor, page_index, out);
    cursor -= rows[i].height;
  }
}

}  // namespace jianli::layout
