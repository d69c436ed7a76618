#include "layout/table_widths.h"

#include <algorithm>
#include <numeric>

namespace jianli::layout {
namespace {

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

// Widens columns [from, from + count) so that together they are at least `need`, each
// in proportion to `weights` (equally when all are 0).
void widen(std::vector<double>& widths, const std::vector<double>& weights, int from, int count,
           double need) {
  double have = 0, weight = 0;
  for (int c = from; c < from + count; ++c) have += widths[c], weight += weights[c];
  if (need <= have) return;
  for (int c = from; c < from + count; ++c)
    widths[c] += (need - have) * (weight > 0 ? weights[c] / weight : 1.0 / count);
}

// Each column's minimum and maximum, and the width it asks for (0: none).
struct ColumnNeeds {
  std::vector<double> min, max, asked;
};

// CSS shares the room above the minimums in proportion to what each column wants more,
// which in a measure too narrow for a long column squeezes a short one to its widest
// character: "项目" beside a paragraph is set one character a line. Like LaTeX's tabulary,
// a column that fits in its fair share of the width (width / columns) keeps its own.
void keep_narrow_columns_whole(ColumnNeeds& needs, double width) {
  const double fair = width / static_cast<double>(needs.max.size());
  for (size_t c = 0; c < needs.max.size(); ++c)
    if (needs.asked[c] <= 0 && needs.max[c] <= fair) needs.asked[c] = needs.max[c];
}

ColumnNeeds column_needs(const TableWidthRequest& request) {
  const size_t n = static_cast<size_t>(request.columns);
  ColumnNeeds needs{std::vector<double>(n), std::vector<double>(n), std::vector<double>(n)};
  // Cells of one column first, then spanning cells, narrower spans first, so that a wide
  // span sees what its columns already need (a counting sort: spans are few).
  std::vector<std::vector<const CellExtent*>> by_span(n + 1);
  for (const CellExtent& cell : request.cells)
    by_span[std::clamp<size_t>(cell.columns, 1, n)].push_back(&cell);
  for (const CellExtent* cell : by_span[1]) {
    const size_t c = static_cast<size_t>(cell->column);
    needs.min[c] = std::max(needs.min[c], cell->min);
    needs.max[c] = std::max(needs.max[c], std::max(cell->max, cell->min));
    if (cell->width) needs.asked[c] = std::max(needs.asked[c], *cell->width);
  }
  for (size_t span = 2; span <= n; ++span) {
    for (const CellExtent* cell : by_span[span]) {
      const int count = std::min(cell->columns, request.columns - cell->column);
      std::vector<double> weights = needs.max;
      widen(needs.min, weights, cell->column, count, cell->min);
      widen(needs.max, weights, cell->column, count,
            std::max({cell->max, cell->min, cell->width.value_or(0)}));
    }
  }
  for (size_t c = 0; c < n; ++c) {
    needs.max[c] = std::max(needs.max[c], needs.min[c]);
    // A column that asks for a width gets it (or its minimum), no more.
    if (needs.asked[c] > 0) needs.max[c] = needs.asked[c] = std::max(needs.asked[c], needs.min[c]);
  }
  return needs;
}

}  // namespace

std::vector<double> column_widths(const TableWidthRequest& request) {
  if (request.columns <= 0) return {};
  ColumnNeeds needs = column_needs(request);
  const size_t n = needs.min.size();
  const double min_total = sum(needs.min), max_total = sum(needs.max);
  const double width =
      std::min(request.available,
               request.table_width ? std::max(*request.table_width, min_total) : max_total);
  if (width < max_total) keep_narrow_columns_whole(needs, width);
  std::vector<double> widths = needs.min;
  if (width <= min_total) {
    // Too narrow even for the minimums: all shrink alike; cells break inside words.
    for (size_t c = 0; c < n; ++c)
      widths[c] = min_total > 0 ? needs.min[c] * width / min_total : width / n;
    return widths;
  }
  double room = width - min_total;
  // Columns that ask for a width come first, then the others towards their maximum.
  for (bool asked : {true, false}) {
    double wanted = 0;
    for (size_t c = 0; c < n; ++c)
      if ((needs.asked[c] > 0) == asked) wanted += needs.max[c] - needs.min[c];
    if (wanted <= 0) continue;
    const double share = std::min(1.0, room / wanted);
    for (size_t c = 0; c < n; ++c)
      if ((needs.asked[c] > 0) == asked) widths[c] += (needs.max[c] - needs.min[c]) * share;
    room -= wanted * share;
  }
  if (room <= 1e-9) return widths;
  // A table asked to be wider than its content: the columns that asked for no width
  // grow in proportion to their content (all columns, when every one asked).
  std::vector<double> weights(n);
  const bool any_free =
      std::any_of(needs.asked.begin(), needs.asked.end(), [](double asked) { return asked <= 0; });
  for (size_t c = 0; c < n; ++c)
    weights[c] = (!any_free || needs.asked[c] <= 0) ? std::max(needs.max[c], 1e-6) : 0;
  const double weight = sum(weights);
  for (size_t c = 0; c < n; ++c) widths[c] += room * weights[c] / weight;
  return widths;
}

double minimum_table_width(const TableWidthRequest& request) {
  return request.columns <= 0 ? 0 : sum(column_needs(request).min);
}

}  // namespace jianli::layout
