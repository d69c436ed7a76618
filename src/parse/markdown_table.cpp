// GFM tables: md4c's TABLE/THEAD/TBODY/TR/TH/TD blocks become one model::Table. A cell's
// text is read as an open leaf block, with every inline style and link, then moved in.
#include <algorithm>

#include "parse/markdown_builder.h"
#include "parse/markdown_text.h"

namespace jianli::parse {
namespace {

std::optional<model::Align> cell_align(const void* detail) {
  switch (static_cast<const MD_BLOCK_TD_DETAIL*>(detail)->align) {
    case MD_ALIGN_LEFT:
      return model::Align::Left;
    case MD_ALIGN_CENTER:
      return model::Align::Center;
    case MD_ALIGN_RIGHT:
      return model::Align::Right;
    default:
      return std::nullopt;
  }
}

bool blank(const model::TableCell& cell) {
  return model::plain_text(cell.inlines).find_first_not_of(" \n") == std::string::npos;
}

}  // namespace

bool MarkdownBuilder::enter_table_part(MD_BLOCKTYPE type, const void* detail) {
  switch (type) {
    case MD_BLOCK_TABLE:
      close_leaf();
      table_ = model::Block{.kind = model::BlockKind::Table};
      table_->table.emplace();
      return true;
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
      return table_.has_value();
    case MD_BLOCK_TR:
      if (table_) table_->table->rows.emplace_back();
      return table_.has_value();
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
      if (!table_ || table_->table->rows.empty()) return false;
      model::Table& table = *table_->table;
      table.rows.back().cells.push_back({.header = type == MD_BLOCK_TH});
      // The delimiter row's `:---:` is given on every cell; the first row's say it once.
      if (table.rows.size() == 1) table.column_align.push_back(cell_align(detail));
      open_leaf(model::BlockKind::Paragraph);
      return true;
    }
    default:
      return false;
  }
}

bool MarkdownBuilder::leave_table_part(MD_BLOCKTYPE type) {
  if (!table_) return false;
  model::Table& table = *table_->table;
  switch (type) {
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      if (!leaf_) return true;
      flush_inline_html();
      if (table_->pos.line == 0) table_->pos = leaf_->pos;
      table.rows.back().cells.back().inlines = merge_spans(leaf_->inlines);
      leaf_.reset();
      return true;
    case MD_BLOCK_TABLE:
      // A header row left blank is how GFM writes a table without one (a 基本信息 grid).
      table.header_rows = 1;
      if (!table.rows.empty() &&
          std::all_of(table.rows[0].cells.begin(), table.rows[0].cells.end(), blank)) {
        table.rows.erase(table.rows.begin());
        table.header_rows = 0;
      }
      locator_.finish_block(false);
      containers_.back().push_back(std::move(*table_));
      table_.reset();
      return true;
    default:
      return true;  // the table's sections and rows
  }
}

}  // namespace jianli::parse
