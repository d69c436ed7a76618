#include "layout/sidebar.h"

#include <algorithm>

#include "layout/extraction_tables.h"
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

// The lines of a column's placed rows, as poppler would see them: the runs of one baseline,
// cut where a gap wider than a font size parts them (an entry's dates set flush right).
std::vector<ExtractedLine> placed_lines(const std::vector<Row>& rows,
                                        const std::vector<RowPlace>& places, model::Region region,
                                        const FontTable& fonts) {
  std::vector<ExtractedLine> lines;
  for (size_t i = 0; i < rows.size(); ++i) {
    // By baseline, then left to right; pointers, so that no run's glyphs are copied.
    std::vector<const model::TextRun*> runs;
    for (const model::TextRun& run : rows[i].runs) runs.push_back(&run);
    std::stable_sort(runs.begin(), runs.end(), [](const auto* a, const auto* b) {
      return a->y != b->y ? a->y < b->y : a->x < b->x;
    });
    for (const model::TextRun* in_row : runs) {
      const model::TextRun& run = *in_row;
      const double baseline = places[i].top - run.y;
      const text::Face& face = fonts.face(run.font);
      const double ascent = face.ascender() * run.size;
      const double descent = -face.descender() * run.size;
      ExtractedLine* last = lines.empty() ? nullptr : &lines.back();
      if (last && last->row == i && last->baseline == baseline &&
          run.x - last->x1 <= std::max(last->size, run.size)) {
        last->x1 = std::max(last->x1, run.x + run.width);
        last->size = std::max(last->size, run.size);
        last->ascent = std::max(last->ascent, ascent);
        last->descent = std::max(last->descent, descent);
        continue;
      }
      lines.push_back({.page = places[i].page,
                       .baseline = baseline,
                       .size = run.size,
                       .ascent = ascent,
                       .descent = descent,
                       .x0 = run.x,
                       .x1 = run.x + run.width,
                       .region = region,
                       .row = i});
    }
  }
  return lines;
}

// Paginates the side column beside the main one, each side row moved down where poppler
// would read a table across the two columns (layout/extraction_tables.h), as long as that
// adds no page. A nudge is a quarter of the body size; a row moves at most two body sizes,
// and the search stops after 64 nudges (the seeds take 2 and 3).
void paginate_side_column(std::vector<Row> side_rows, const std::vector<Row>& main_rows,
                          const std::vector<RowPlace>& main_places, const FontTable& fonts,
                          const model::LayoutSpec& spec, model::PageSet& pages) {
  const std::vector<ExtractedLine> main_lines =
      placed_lines(main_rows, main_places, model::Region::Main, fonts);
  const double nudge = spec.body_style.size / 4;
  const double most = spec.body_style.size * 2;
  std::vector<double> moved(side_rows.size(), 0);
  const model::PageSet beside_main = pages;
  size_t page_count = 0;
  // `pages` holds the last pagination that added no page: a nudge that adds one, or the
  // 65th, is never kept.
  for (int attempt = 0; attempt <= 64; ++attempt) {
    model::PageSet trial = beside_main;
    std::vector<RowPlace> places = paginate(side_rows, spec, trial, model::Region::Side);
    if (attempt == 0) page_count = trial.pages.size();
    if (trial.pages.size() > page_count) return;
    pages = std::move(trial);
    std::vector<ExtractedLine> lines = placed_lines(side_rows, places, model::Region::Side, fonts);
    lines.insert(lines.end(), main_lines.begin(), main_lines.end());
    std::optional<size_t> row = side_row_in_table(lines);
    // Lines of one paragraph stay together: the space goes before the paragraph.
    while (row && *row > 0 && side_rows[*row].space_before == 0) --*row;
    if (!row || moved[*row] + nudge > most) return;
    side_rows[*row].space_before += nudge;
    moved[*row] += nudge;
  }
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

  const std::vector<RowPlace> main_places = paginate(main_rows, spec, pages);
  paginate_side_column(std::move(side_rows), main_rows, main_places, flow.fonts(), spec, pages);

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
