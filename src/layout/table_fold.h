// A table too wide for its column, reshaped so that no word is broken (issue 10): in a
// narrow measure (a 55 mm side column) a 基本信息 grid of label, value, label, value cannot
// give each field a line, and a grid of several columns cannot give each its longest word.
// Table::fit in table.cpp decides; these build the shapes. No fonts.
#pragma once

#include "layout/table_grid.h"
#include "model/style.h"

namespace jianli::layout {

// Whether `grid` can fold to pairs: a key–value grid of 4 or 6 columns with no cell across
// rows (a rowspan would tie pairs of different rows together).
bool can_fold_pairs(const Grid& grid);

// The pairs of each row one under another, in reading order: row 1's first pair, row 1's
// second pair, …, row 2's first pair. A title across the grid stays across (2 columns). Under
// a header row that names the pairs ("项目 内容 项目 内容"), pair by pair instead: each name
// over the column of pairs it names, so no cell's text is dropped and no name stands twice
// over one pair. Still a key–value grid.
Grid fold_pairs(const Grid& grid);

// Each row as one cell of one column: its cells' text one under another, in order, so a
// row is still read together and kept on one page. Under one header row that names the
// columns, each value is labelled with its column's name ("Years: 5") and the names are
// not set on their own; any other header row stays the header. The
// labels of a key–value grid keep their look (`style`'s label bold and colour) in the text,
// since a stacked cell is no longer a label column.
Grid stack_rows(const Grid& grid, const model::TableStyle& style);

}  // namespace jianli::layout
