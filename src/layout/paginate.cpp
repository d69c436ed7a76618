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
  if (row.bookmark) {
    model::Bookmark mark = *row.bookmark;
    mark.page = page_index;
    mark.y = top;
    out.bookmarks.push_back(std::move(mark));
  }
}

// A table that runs on to a new page sets its header rows again at the top.
double place_repeated(const Row& row, double cursor, int page_index, model::PageSet& out) {
  if (!row.repeat_above) return cursor;
  for (const Row& header : *row.repeat_above) {
    place(header, cursor, page_index, out);
    cursor -= header.height;
  }
  return cursor;
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
      at_top = true;
      cursor = place_repeated(rows[i], page_top, page_index, out);
    }
    if (!at_top) cursor -= rows[i].space_before;
    place(rows[i], cursor, page_index, out);
    cursor -= rows[i].height;
  }
}

}  // namespace jianli::layout
