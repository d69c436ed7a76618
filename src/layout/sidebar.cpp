#include "layout/sidebar.h"

#include <algorithm>

#include "layout/paginate.h"

namespace jianli::layout {
namespace {

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

struct Columns {
  std::vector<model::Block> main, side;
};

// Each section (a level-2 heading and what follows it, up to the next) goes to the
// side column when the layout names its heading; a separator there is dropped,
// the column's own edge separates enough.
Columns split_sections(const std::vector<model::Block>& blocks,
                       const std::vector<std::string>& side_sections) {
  Columns out;
  bool to_side = false;
  for (const model::Block& block : blocks) {
    if (block.kind == model::BlockKind::Heading && block.level <= 2) {
      std::string title = trim(model::plain_text(block.inlines));
      to_side = std::find(side_sections.begin(), side_sections.end(), title) != side_sections.end();
    }
    if (!to_side)
      out.main.push_back(block);
    else if (block.kind != model::BlockKind::Rule)
      out.side.push_back(block);
  }
  return out;
}

}  // namespace

void lay_out_with_sidebar(Flow& flow, const model::Document& doc, const model::LayoutSpec& spec,
                          model::PageSet& pages) {
  const model::SidebarSpec& bar = spec.sidebar;
  const double measure = spec.page_width - spec.margin_left - spec.margin_right;
  const double side_width = std::min(bar.width, measure / 2);
  const double main_width = measure - side_width - bar.gap;
  const bool left = bar.side == model::Side::Left;
  const double side_x = left ? spec.margin_left : spec.margin_left + main_width + bar.gap;
  const double main_x = left ? spec.margin_left + side_width + bar.gap : spec.margin_left;
  Columns columns = split_sections(doc.blocks, bar.sections);

  flow.set_column(main_x, main_width);
  flow.header(!bar.contact);
  flow.blocks(columns.main, 0);
  std::vector<Row> main_rows = flow.take_rows();

  flow.set_column(side_x, side_width);
  flow.set_dates(bar.dates.value_or(spec.entry_dates));
  flow.set_justified(bar.justify);
  if (bar.contact) flow.contact_column();
  flow.blocks(columns.side, 0);
  std::vector<Row> side_rows = flow.take_rows();

  paginate(main_rows, spec, pages);
  paginate(side_rows, spec, pages);

  // The tint runs the page's full height, from the paper's edge to the middle of
  // the gap; drawn first, under everything else.
  if (bar.background) {
    double x = left ? 0 : side_x - bar.gap / 2;
    double width = left ? side_x + side_width + bar.gap / 2 : spec.page_width - x;
    for (model::Page& page : pages.pages)
      page.boxes.insert(page.boxes.begin(), {x, 0, width, spec.page_height, *bar.background});
  }
  // Bookmarks in reading order: page by page, top to bottom.
  std::stable_sort(
      pages.bookmarks.begin(), pages.bookmarks.end(),
      [](const auto& a, const auto& b) { return a.page != b.page ? a.page < b.page : a.y > b.y; });
}

}  // namespace jianli::layout
