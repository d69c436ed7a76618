// Checks on a YAML tree that yaml-cpp does not make itself.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace jianli::parse {

struct DuplicateKey {
  std::string key;
  YAML::Mark first;   // where the key was written first
  YAML::Mark second;  // where it was written again
};

// The first key written twice in one map, anywhere in the tree. yaml-cpp 0.7 keeps both
// pairs and `node[key]` returns the first, so a second `title:` further down a front
// matter would be ignored without a word.
std::optional<DuplicateKey> find_duplicate_key(const YAML::Node& root);

// "'title' is given twice (first on line 3); remove one": the message for either place.
std::string duplicate_key_message(const DuplicateKey& duplicate);

}  // namespace jianli::parse
