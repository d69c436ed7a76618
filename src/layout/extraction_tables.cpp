#include "layout/extraction_tables.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace jianli::layout {
namespace {

// poppler's constants (TextOutputDev.cc, 22.12).
constexpr double kMaxLineSpacingDelta = 1.5;      // baselines of one block, × font size
constexpr double kMaxBlockFontSizeDelta1 = 0.05;  // font sizes of one block
constexpr double kMinColSpacing1 = 0.7;           // table cells aligned in x, × font size
constexpr double kMaxIntraLineDelta = 0.5;        // table cells aligned in y, × font size

// A block in poppler's orientation: y grows downwards.
struct Block {
  double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  double size = 0;
  double last_baseline = 0;
  model::Region region = model::Region::Main;
  size_t first_row = 0;
};

bool overlap(double a0, double a1, double b0, double b1) { return a0 <= b1 && a1 >= b0; }
bool overlap_x(const Block& a, const Block& b) { return overlap(a.x0, a.x1, b.x0, b.x1); }
bool overlap_y(const Block& a, const Block& b) { return overlap(a.y0, a.y1, b.y0, b.y1); }

// Lines of one page into blocks: a line joins the block right above it in its column when
// their font sizes agree within 5 % and its baseline is within 1.5 sizes of the block's
// last one.
std::vector<Block> page_blocks(std::vector<ExtractedLine> lines) {
  std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
    return a.baseline != b.baseline ? a.baseline > b.baseline : a.x0 < b.x0;
  });
  std::vector<Block> blocks;
  for (const ExtractedLine& line : lines) {
    Block* joins = nullptr;
    for (Block& block : blocks) {
      const double gap = block.last_baseline - line.baseline;
      if (block.region == line.region && gap > 0 && gap <= kMaxLineSpacingDelta * block.size &&
          std::abs(line.size - block.size) <= kMaxBlockFontSizeDelta1 * block.size &&
          overlap(block.x0, block.x1, line.x0, line.x1) &&
          (!joins || block.last_baseline < joins->last_baseline))
        joins = &block;
    }
    const double top = -(line.baseline + line.ascent);
    const double bottom = -(line.baseline - line.descent);
    if (!joins) {
      blocks.push_back(
          {line.x0, line.x1, top, bottom, line.size, line.baseline, line.region, line.row});
      continue;
    }
    joins->x0 = std::min(joins->x0, line.x0);
    joins->x1 = std::max(joins->x1, line.x1);
    joins->y0 = std::min(joins->y0, top);
    joins->y1 = bottom;
    joins->last_baseline = line.baseline;
    joins->first_row = std::min(joins->first_row, line.row);
  }
  return blocks;
}

struct Neighbours {
  const Block* right = nullptr;
  const Block* below = nullptr;
  const Block* below_right = nullptr;
};

// The nearest block to the right, below and below-right of `b1`, found as poppler does.
Neighbours neighbours(const Block& b1, const std::vector<Block>& blocks) {
  Neighbours found;
  double right_x = std::numeric_limits<double>::infinity();
  double below_y = right_x, corner_x = right_x, corner_y = right_x;
  for (const Block& b2 : blocks) {
    if (&b2 == &b1) continue;
    if (overlap_y(b2, b1) && b2.x0 > b1.x1 && b2.x0 < right_x) {
      right_x = b2.x0;
      found.right = &b2;
    } else if (overlap_x(b2, b1) && b2.y0 > b1.y1 && b2.y0 < below_y) {
      below_y = b2.y0;
      found.below = &b2;
    } else if (b1.x1 < b2.x0 && b2.x0 < corner_x && b1.y1 < b2.y0 && b2.y0 < corner_y) {
      corner_x = b2.x0;
      corner_y = b2.y0;
      found.below_right = &b2;
    }
  }
  return found;
}

using Edge = std::function<double(const Block&)>;

// Whether both pairs line up by the same edge (either side or the centre) within `delta`.
bool aligned(const std::array<std::array<const Block*, 2>, 2>& pairs, const Edge& lo,
             const Edge& hi, double delta) {
  const std::array<Edge, 3> edges = {lo, hi, [&](const Block& b) { return (lo(b) + hi(b)) / 2; }};
  return std::any_of(edges.begin(), edges.end(), [&](const Edge& edge) {
    return std::all_of(pairs.begin(), pairs.end(), [&](const auto& pair) {
      return std::abs(edge(*pair[0]) - edge(*pair[1])) <= delta;
    });
  });
}

// The four blocks of a table with `b1` at its top left, as poppler's coalesce finds them.
std::optional<std::array<const Block*, 4>> table_at(const Block& b1,
                                                    const std::vector<Block>& blocks) {
  const Neighbours n = neighbours(b1, blocks);
  if (!n.right || !n.below || !n.below_right) return std::nullopt;
  const Block &f2 = *n.right, &f3 = *n.below, &f4 = *n.below_right;
  if (overlap_x(f3, f4) || overlap_y(f2, f4) || overlap_x(f2, f3) || overlap_y(f2, f3) ||
      !(overlap_x(f4, f2) && overlap_y(f4, f3)))
    return std::nullopt;
  const double size = std::min({b1.size, f2.size, f3.size, f4.size});
  const bool in_x =
      aligned({{{&b1, &f3}, {&f2, &f4}}}, &Block::x0, &Block::x1, size * kMinColSpacing1);
  const bool in_y =
      aligned({{{&b1, &f2}, {&f3, &f4}}}, &Block::y0, &Block::y1, size * kMaxIntraLineDelta);
  if (!in_x || !in_y) return std::nullopt;
  return std::array<const Block*, 4>{&b1, &f2, &f3, &f4};
}

}  // namespace

std::optional<size_t> side_row_in_table(const std::vector<ExtractedLine>& lines) {
  int pages = 0;
  for (const ExtractedLine& line : lines) pages = std::max(pages, line.page + 1);
  for (int page = 0; page < pages; ++page) {
    std::vector<ExtractedLine> on_page;
    for (const ExtractedLine& line : lines)
      if (line.page == page) on_page.push_back(line);
    std::vector<Block> blocks = page_blocks(std::move(on_page));
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const Block& a, const Block& b) { return a.y0 < b.y0; });
    for (const Block& b1 : blocks) {
      const auto table = table_at(b1, blocks);
      if (!table) continue;
      // The lowest side-column block of a table with both columns in it.
      const Block* lowest_side = nullptr;
      bool has_main = false;
      for (const Block* cell : *table) {
        if (cell->region != model::Region::Side) {
          has_main = true;
        } else if (!lowest_side || cell->y0 > lowest_side->y0) {
          lowest_side = cell;
        }
      }
      if (has_main && lowest_side) return lowest_side->first_row;
    }
  }
  return std::nullopt;
}

}  // namespace jianli::layout
