// Column widths by HTML's automatic table layout (CSS 2.1 §17.5.2.2): each column's
// minimum content width (its widest unbreakable piece) and maximum (its text unwrapped),
// then the table's width shared out between the two. No fonts: widths come measured.
#pragma once

#include <optional>
#include <vector>

namespace jianli::layout {

// One cell's needs, padding included, in pt.
struct CellExtent {
  int column = 0, columns = 1;
  double min = 0, max = 0;
  std::optional<double> width;  // a width the cell asks for (HTML `width`), in pt
  // The widest two neighbouring pieces of its text ("Computer Engineering"): in a column
  // narrower than that, a line holds one word. Not a width the layout needs, one it wants.
  double pair = 0;
};

struct TableWidthRequest {
  int columns = 0;
  std::vector<CellExtent> cells;
  double available = 0;               // the measure
  std::optional<double> table_width;  // a width the table asks for, in pt; none: its content's
};

// Widths that add up to the table's: its content's maximum when that fits the measure,
// else the measure, shared so that every column gets its minimum and the rest goes to
// each in proportion to how much more it wants. When even the minimums do not fit they
// are scaled down (a cell then breaks inside its words rather than overflowing).
std::vector<double> column_widths(const TableWidthRequest& request);

// The least width in which every column gets its minimum: above the measure, the columns
// cannot fit their longest words.
double minimum_table_width(const TableWidthRequest& request);

}  // namespace jianli::layout
