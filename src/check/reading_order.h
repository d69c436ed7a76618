// Which lines an extractor gave back away from their place. A page is read part by part
// (model::Region: a sidebar's main column, its side column, the page number): each part
// whole, in its own order, the parts in any order. poppler reads a sidebar page side
// column first (its blocks lie left of the main column's), the content stream main column
// first; both are right. Only a line of one part read among another's lines, or a part's
// lines read out of their own order, is wrong.
#pragma once

#include <vector>

#include "model/page.h"

namespace jianli::check {

struct ReadLine {
  model::Region region = model::Region::Main;
  int extracted = 0;  // the line's place in the extracted text (0-based)
};

struct ReadingOrder {
  // Per line: read in its place. Lines are given in the résumé's order, each part's
  // lines in their own order.
  std::vector<bool> in_place;
  // Per line out of place: read between two lines of another part that are in place
  // (two columns interleaved), not only away from its place inside its own part.
  std::vector<bool> interleaved;
  // The parts in the order they were read.
  std::vector<model::Region> parts;
};

// The most lines that can be in place: over every order of the parts, a longest run of
// lines whose extracted places increase with (the part's rank, the line's own place).
ReadingOrder reading_order(const std::vector<ReadLine>& lines);

// Indices (into `seq`) of a longest strictly increasing subsequence.
std::vector<size_t> longest_increasing(const std::vector<long>& seq);

}  // namespace jianli::check
