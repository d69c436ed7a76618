// A contact line's items ("电话：…　邮箱：…　成都"), cut where the person typed them apart,
// and grouped again into balanced lines where a line of them is set in a narrow block.
#pragma once

#include <cstddef>
#include <vector>

#include "model/document.h"

namespace jianli::layout {

struct ContactItem {
  model::Inlines text;       // the item, its icon and its spaces as typed
  model::Inlines separator;  // what parted it from the next item, as typed; empty after the last
};

// The items of a contact line, cut at the strongest kind of separator it has (bars and
// wide spaces, then "；", then commas); separators inside links (an address) are kept.
// Joining each item's text and separator in order gives the line back.
std::vector<ContactItem> contact_items(const model::Inlines& line);

// Whether the line has two or more items and only white space (U+3000, `&emsp;`, ' ')
// parts them: no bar, dot, dash or comma a reader could see.
bool parted_by_blanks(const std::vector<ContactItem>& items);

// The first item of each line when items `widths` wide, parted by `separator`, are set
// in lines no wider than `limit`: the fewest lines that allows (an item wider than the
// limit alone has a line of its own), and of those the grouping whose widest line is
// narrowest, so that the lines come out even ("A　B" / "C　D", not "A　B　C" / "D").
std::vector<size_t> balanced_lines(const std::vector<double>& widths, double separator,
                                   double limit);

}  // namespace jianli::layout
