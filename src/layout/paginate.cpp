#include "layout/paginate.h"

#include "layout/page_breaks.h"

namespace jianli::layout {
namespace {

void place(const Row& row, double top, int page_index, model::Region region, model::PageSet& out) {
  model::Page& page = out.pages[page_index];
  for (model::TextRun run : row.runs) {
    run.y = top - run.y;
    run.region = region;
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

// A table that runs on to a new page sets its header rows again at the top.
double place_repeated(const Row& row, double cursor, int page_index, model::Region region,
                      model::PageSet& out) {
  if (!row.repeat_above) return cursor;
  for (Row header : *row.repeat_above) {
    // Set again for the eye; the tree has the header once, where the table starts.
    for (model::TextRun& run : header.runs) run.element = model::kArtifact;
    for (model::Link& link : header.links) link.element = model::kArtifact;
    place(header, cursor, page_index, region, out);
    cursor -= header.height;
  }
  return cursor;
}

}  // namespace

std::vector<RowPlace> paginate(const std::vector<Row>& rows, const model::LayoutSpec& spec,
                               model::PageSet& out, model::Region region) {
  const double page_top = spec.page_height - spec.margin_top;
  const std::vector<size_t> starts = page_starts(rows, page_top - spec.margin_bottom);
  // A second column (a sidebar) fills the pages the first made, then adds its own.
  if (out.pages.empty()) out.pages.emplace_back();
  size_t page_index = 0;
  double cursor = page_top;
  std::vector<RowPlace> places;
  places.reserve(rows.size());
  for (size_t i = 0, next_page = 1; i < rows.size(); ++i) {
    if (next_page < starts.size() && starts[next_page] == i) {
      if (++page_index == out.pages.size()) out.pages.emplace_back();
      cursor = place_repeated(rows[i], page_top, static_cast<int>(page_index), region, out);
      ++next_page;
    } else if (i > 0) {
      cursor -= rows[i].space_before;
    }
    place(rows[i], cursor, static_cast<int>(page_index), region, out);
    places.push_back({static_cast<int>(page_index), cursor});
    cursor -= rows[i].height;
  }
  return places;
}

}  // namespace jianli::layout
