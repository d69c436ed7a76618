#include "layout/page_breaks.h"

namespace jianli::layout {
namespace {

constexpr double kTolerance = 0.01;  // pt; rounding only

class Column {
 public:
  explicit Column(const std::vector<Row>& rows) : rows_(rows), depth_(rows.size() + 1, 0) {
    const size_t n = rows.size();
    for (size_t k = 0; k < n; ++k)
      depth_[k + 1] = depth_[k] + rows[k].space_before + rows[k].height;
    run_end_.resize(n);
    for (size_t k = n; k-- > 0;)
      run_end_[k] = k + 1 < n && kept(k) && !rows[k + 1].break_before ? run_end_[k + 1] : k + 1;
  }

  // Whether the break after row k is a last resort.
  bool kept(size_t k) const { return rows_[k].keep_with_next || k + 2 == rows_.size(); }

  // The height of the run of kept rows that starts with row k, set at the top of a page.
  double run_height(size_t k) const {
    return depth_[run_end_[k]] - depth_[k] - rows_[k].space_before;
  }

 private:
  const std::vector<Row>& rows_;
  std::vector<double> depth_;    // depth_[k]: the rows before k, stacked with their spaces
  std::vector<size_t> run_end_;  // one past the last row of the kept run starting at k
};

// The height of a table's header rows, set again above row `row` when it starts a page.
double repeat_height(const Row& row) {
  double height = 0;
  if (row.repeat_above)
    for (const Row& header : *row.repeat_above) height += header.height;
  return height;
}

}  // namespace

std::vector<size_t> page_starts(const std::vector<Row>& rows, double room) {
  const Column column(rows);
  std::vector<size_t> starts;
  for (size_t first = 0; first < rows.size();) {
    starts.push_back(first);
    // Fill the page; every page takes at least one row, however tall.
    double used = first > 0 ? repeat_height(rows[first]) : 0;
    size_t last_free = first;  // the last row after which the page may end freely
    bool any_free = false;
    size_t next = first;
    for (; next < rows.size(); ++next) {
      const Row& row = rows[next];
      if (next > first && row.break_before) break;
      const double h = (next > first ? row.space_before : 0) + row.height;
      if (next > first && used + h > room + kTolerance) break;
      used += h;
      if (!column.kept(next)) last_free = next, any_free = true;
    }
    const bool full = next < rows.size() && !rows[next].break_before;
    if (full && any_free && last_free + 1 < next &&
        column.run_height(last_free + 1) + repeat_height(rows[last_free + 1]) <= room + kTolerance)
      next = last_free + 1;
    else if (full && next + 1 == rows.size() && next > first + 1)
      --next;  // a run cut where the page fills still leaves the last row company
    first = next;
  }
  return starts;
}

}  // namespace jianli::layout
