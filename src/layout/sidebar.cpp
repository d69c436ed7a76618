#include "layout/sidebar.h"

#include <algorithm>

#include "layout/paginate.h"
#include "text/heading_key.h"

namespace jianli::layout {
namespace {

struct Columns {
  std::vector<model::Block> main, side;
};

// A level-1 or -2 heading starts a section.
bool starts_section(const model::Block& block) {
  return block.kind == model::BlockKind::Heading && block.level <= 2;
}

// Whether a section goes to the side column: its role is one of the layout's, or the
// résumé names its heading.
bool to_side_column(const model::Block& heading, const model::SidebarSpec& bar) {
  if (std::find(bar.roles.begin(), bar.roles.end(), heading.role) != bar.roles.end()) return true;
  const std::string key = text::heading_key(model::plain_text(heading.inlines));
  return std::find(bar.headings.begin(), bar.headings.end(), key) != bar.headings.end();
}

// Each section (its heading and what follows it, up to the next) goes to
// the side column or the main one; a separator in the side column is dropped, the
// column's own edge separates enough.
Columns split_sections(const std::vector<model::Block>& blocks, const model::SidebarSpec& bar) {
  Columns out;
  bool to_side = false;
  for (const model::Block& block : blocks) {
    if (starts_section(block)) to_side = to_side_column(block, bar);
    if (!to_side)
      out.main.push_back(block);
    else if (block.kind != model::BlockKind::Rule)
      out.side.push_back(block);
  }
  return out;
}

}  // namespace

bool side_column_has_content(const model::Document& doc, const model::SidebarSpec& bar) {
  if (bar.contact && !doc.contact.empty()) return true;
  return std::any_of(doc.blocks.begin(), doc.blocks.end(), [&](const model::Block& block) {
    return starts_section(block) && to_side_column(block, bar);
  });
}

void lay_out_with_sidebar(Flow& flow, const model::Document& doc, const model::LayoutSpec& spec,
                          model::PageSet& pages) {
  const model::SidebarSpec& bar = spec.sidebar;
  const double measure = spec.page_width - spec.margin_left - spec.margin_right;
  const double side_width = std::min(bar.width, measure / 2);
  const double main_width = measure - side_width - bar.gap;
  const bool left = bar.side == model::Side::Left;
  const double side_x = left ? spec.margin_left : spec.margin_left + main_width + bar.gap;
  const double main_x = left ? spec.margin_left + side_width + bar.gap : spec.margin_left;
  Columns columns = split_sections(doc.blocks, bar);

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
  paginate(side_rows, spec, pages, model::Region::Side);

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
