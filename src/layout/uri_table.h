// Each link target of the document once, for the display list (model::PageSet::uris): a
// link set over many lines, or split into spans by its styles, shares one copy. Before,
// every line of a link carried its own, and a 240 KB address took 1.46 GB (issue 12).
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace jianli::layout {

class UriTable {
 public:
  // The URI's index, the same each time it is added.
  int add(const std::string& uri);
  // The URIs by index, handed over; the table is empty after.
  std::vector<std::string> take();

 private:
  std::deque<std::string> uris_;  // a deque: adding never moves the text `index_` views
  std::unordered_map<std::string_view, int> index_;
};

}  // namespace jianli::layout
