// Block quotes: their blocks set in a narrower column, with a rule down its left.
#include "layout/flow.h"

namespace jianli::layout {

void Flow::quote(const model::Block& block, int depth) {
  const model::QuoteStyle& q = spec_.quote;
  const double x = column_x_;
  // Quotes nested past ten body ems of measure are not indented further.
  const double indent = measure() - q.indent >= 10 * spec_.body_style.size ? q.indent : 0;
  const size_t first = rows_.size();
  inset(indent, 0, [&] { blocks(block.children, depth); });
  if (q.rule_width <= 0 || indent == 0) return;
  // One box per row, reaching up over the space before it so that the rule is unbroken.
  for (size_t i = first; i < rows_.size(); ++i) {
    const double above = i == first ? 0 : rows_[i].space_before;
    rows_[i].boxes.push_back({x, -above, q.rule_width, rows_[i].height + above, q.rule_color});
  }
}

}  // namespace jianli::layout
