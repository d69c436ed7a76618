#include "layout/table_split.h"

#include <algorithm>

namespace jianli::layout {
namespace {

// The cuts, top to bottom, ending with the row's height: above every line that no line
// beside it crosses, so that the parts fill the pages the way lines of a paragraph do.
std::vector<double> cuts(const Row& row, double limit, const LineGeometry& lines) {
  std::vector<double> tops;
  for (const model::TextRun& run : row.runs) tops.push_back(run.y - lines.baseline);
  std::sort(tops.begin(), tops.end());
  tops.erase(std::unique(tops.begin(), tops.end(), [](double a, double b) { return b - a < 1e-6; }),
             tops.end());
  std::vector<double> out;
  double from = 0;
  auto cut_at = [&](double at) {
    // Lines beside each other that overlap all the way down leave no clean cut.
    while (at - from > limit) out.push_back(from += limit);
    out.push_back(from = at);
  };
  for (size_t k = 1; k < tops.size(); ++k) {
    const bool crossed = tops[k - 1] + lines.height > tops[k] + 1e-6;
    if (!crossed && tops[k] > from) cut_at(tops[k]);
  }
  cut_at(row.height);
  return out;
}

}  // namespace

std::vector<Row> split_tall_row(Row row, double limit, const LineGeometry& lines) {
  if (row.height <= limit || limit <= lines.height) return {std::move(row)};
  const std::vector<double> ends = cuts(row, limit, lines);
  std::vector<Row> parts(ends.size());
  double top = 0;
  for (size_t k = 0; k < parts.size(); ++k) {
    parts[k].height = ends[k] - top;
    parts[k].repeat_above = row.repeat_above;
    for (const model::Box& box : row.boxes) {
      const double from = std::max(box.y, top), to = std::min(box.y + box.height, ends[k]);
      if (to <= from) continue;
      model::Box piece = box;
      piece.y = from - top;
      piece.height = to - from;
      parts[k].boxes.push_back(piece);
    }
    top = ends[k];
  }
  auto part_of = [&](double y) {
    return static_cast<size_t>(std::upper_bound(ends.begin(), ends.end() - 1, y) - ends.begin());
  };
  auto top_of = [&](size_t k) { return k == 0 ? 0 : ends[k - 1]; };
  for (model::TextRun& run : row.runs) {
    const size_t k = part_of(run.y);
    run.y -= top_of(k);
    parts[k].runs.push_back(std::move(run));
  }
  for (model::Link& link : row.links) {
    const size_t k = part_of(link.y + link.height / 2);
    link.y -= top_of(k);
    parts[k].links.push_back(std::move(link));
  }
  parts.front().space_before = row.space_before;
  parts.front().break_before = row.break_before;
  return parts;
}

}  // namespace jianli::layout
