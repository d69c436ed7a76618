#include "layout/uri_table.h"

#include <iterator>

namespace jianli::layout {

int UriTable::add(const std::string& uri) {
  if (auto found = index_.find(uri); found != index_.end()) return found->second;
  const int index = static_cast<int>(uris_.size());
  index_.emplace(uris_.emplace_back(uri), index);
  return index;
}

std::vector<std::string> UriTable::take() {
  std::vector<std::string> out(std::make_move_iterator(uris_.begin()),
                               std::make_move_iterator(uris_.end()));
  index_.clear();
  uris_.clear();
  return out;
}

}  // namespace jianli::layout
