#include "parse/yaml_keys.h"

#include <unordered_map>
#include <vector>

namespace jianli::parse {

std::optional<DuplicateKey> find_duplicate_key(const YAML::Node& root) {
  // An explicit stack: the tree's depth is the user's to choose.
  std::vector<YAML::Node> pending{root};
  while (!pending.empty()) {
    YAML::Node node = pending.back();
    pending.pop_back();
    if (node.IsSequence()) {
      for (const YAML::Node& item : node) pending.push_back(item);
    } else if (node.IsMap()) {
      std::unordered_map<std::string, YAML::Mark> seen;
      for (const auto& entry : node) {
        if (entry.first.IsScalar()) {
          auto [at, fresh] = seen.emplace(entry.first.Scalar(), entry.first.Mark());
          if (!fresh) return DuplicateKey{entry.first.Scalar(), at->second, entry.first.Mark()};
        }
        pending.push_back(entry.second);
      }
    }
  }
  return std::nullopt;
}

std::string duplicate_key_message(const DuplicateKey& duplicate) {
  return "'" + duplicate.key + "' is given twice (first on line " +
         std::to_string(duplicate.first.line + 1) + "); keep one of them";
}

}  // namespace jianli::parse
