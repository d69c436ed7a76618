#include "layout/table_split.h"

#include <algorithm>

namespace jianli::layout {
namespace {

// The cuts, top to bottom, ending with the row's height: above every line or image that no
// line or image beside it crosses, so that the parts fill the pages the way lines of a
// paragraph do.
std::vector<double> cuts(const Row& row, double limit, const LineGeometry& lines) {
  struct Span {
    double top, bottom;
  };
  std::vector<Span> spans;
  for (const model::TextRun& run : row.runs) {
    const double top = run.y - lines.baseline;
    spans.push_back({top, top + lines.height});
  }
  for (const model::PlacedImage& image : row.images)
    spans.push_back({image.y, image.y + image.height});
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.top < b.top; });
  std::vector<double> out;
  double from = 0;
  auto cut_at = [&](double at) {
    // Lines beside each other that overlap all the way down leave no clean cut.
    while (at - from > limit) out.push_back(from += limit);
    out.push_back(from = at);
  };
  double reach = spans.empty() ? 0 : spans.front().bottom;  // the lowest foot above a span
  for (size_t k = 1; k < spans.size(); ++k) {
    const bool crossed = reach > spans[k].top + 1e-6;
    if (!crossed && spans[k].top > from + 1e-6) cut_at(spans[k].top);
    reach = std::max(reach, spans[k].bottom);
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
  for (model::PlacedImage& image : row.images) {
    const size_t k = part_of(image.y);
    image.y -= top_of(k);
    image.image_y -= top_of(k);
    parts[k].images.push_back(std::move(image));
  }
  parts.front().space_before = row.space_before;
  parts.front().break_before = row.break_before;
  return parts;
}

}  // namespace jianli::layout
