#include "check/reading_order.h"

#include <algorithm>
#include <cstdint>

namespace jianli::check {

std::vector<size_t> longest_increasing(const std::vector<long>& seq) {
  std::vector<size_t> tails, parent(seq.size(), SIZE_MAX);
  for (size_t i = 0; i < seq.size(); ++i) {
    auto pos = std::lower_bound(tails.begin(), tails.end(), seq[i],
                                [&](size_t t, long v) { return seq[t] < v; });
    if (pos != tails.begin()) parent[i] = *(pos - 1);
    if (pos == tails.end())
      tails.push_back(i);
    else
      *pos = i;
  }
  std::vector<size_t> out;
  for (size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = parent[i])
    out.push_back(i);
  std::reverse(out.begin(), out.end());
  return out;
}

ReadingOrder reading_order(const std::vector<ReadLine>& lines) {
  const size_t n = lines.size();
  // The lines in the order they were extracted.
  std::vector<size_t> by_extraction(n);
  for (size_t i = 0; i < n; ++i) by_extraction[i] = i;
  std::stable_sort(by_extraction.begin(), by_extraction.end(),
                   [&](size_t a, size_t b) { return lines[a].extracted < lines[b].extracted; });
  std::vector<model::Region> parts;
  for (const ReadLine& line : lines)
    if (std::find(parts.begin(), parts.end(), line.region) == parts.end())
      parts.push_back(line.region);
  // The first order tried is the résumé's (its first part first); another replaces it only
  // when it keeps more lines in place. Three parts at most: six orders.
  std::vector<size_t> rank(parts.size());
  for (size_t k = 0; k < parts.size(); ++k) rank[k] = k;
  std::vector<size_t> best, best_rank = rank;
  do {
    std::vector<long> keys(n);
    for (size_t k = 0; k < n; ++k) {
      const size_t line = by_extraction[k];
      const size_t part = std::find(parts.begin(), parts.end(), lines[line].region) - parts.begin();
      keys[k] = static_cast<long>(rank[part] * n + line);
    }
    std::vector<size_t> kept = longest_increasing(keys);
    if (kept.size() > best.size() || best.empty()) {
      best.clear();
      for (size_t k : kept) best.push_back(by_extraction[k]);
      best_rank = rank;
    }
  } while (std::next_permutation(rank.begin(), rank.end()));

  ReadingOrder out{std::vector<bool>(n, false), std::vector<bool>(n, false), parts};
  for (size_t k = 0; k < parts.size(); ++k) out.parts[best_rank[k]] = parts[k];
  for (size_t line : best) out.in_place[line] = true;
  for (size_t i = 0; i < n; ++i) {
    if (out.in_place[i]) continue;
    int first = INT32_MAX, last = INT32_MIN;
    for (size_t line : best) {
      if (lines[line].region == lines[i].region) continue;
      first = std::min(first, lines[line].extracted);
      last = std::max(last, lines[line].extracted);
    }
    out.interleaved[i] = lines[i].extracted > first && lines[i].extracted < last;
  }
  return out;
}

}  // namespace jianli::check
