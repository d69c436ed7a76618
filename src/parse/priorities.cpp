#include "parse/priorities.h"

#include <algorithm>

#include "model/error.h"
#include "parse/comment_markers.h"
#include "parse/tags.h"

namespace jianli::parse {
namespace {

constexpr std::string_view kOptional = "optional";
constexpr std::string_view kPriority = "priority:";
// How many characters of a part's first line its label shows.
constexpr size_t kLabelBytes = 60;

struct Ranked {
  OptionalPart part;
  int priority = 0;
  size_t order = 0;  // position in the file
};

std::string label_of(const SourceText& source, const MarkedPart& marked) {
  size_t at = marked.begin;
  std::string_view text = source.text();
  // The part's first line with text, the markers left out.
  while (at < marked.end) {
    std::string_view line = source.line_at(at);
    std::string shown(line);
    for (size_t open = shown.find("<!--"); open != std::string::npos; open = shown.find("<!--")) {
      size_t close = shown.find("-->", open);
      if (close == std::string::npos) break;
      shown.erase(open, close + 3 - open);
    }
    shown = std::string(trim_blanks(shown));
    if (!shown.empty()) {
      if (shown.size() > kLabelBytes) {
        size_t cut = kLabelBytes;
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
        shown = shown.substr(0, cut) + "…";
      }
      return "line " + std::to_string(source.position_at(at).line) + ": " + shown;
    }
    at = std::min(text.find('\n', at), text.size()) + 1;
  }
  return "line " + std::to_string(source.position_at(marked.begin).line);
}

}  // namespace

OptionalParts find_optional_parts(const SourceText& source, size_t body_offset,
                                  const std::string& path) {
  std::vector<Ranked> ranked;
  OptionalParts found;
  for (std::string_view keyword : {kOptional, kPriority}) {
    for (const MarkedPart& marked : find_marked_parts(source, body_offset, path, keyword)) {
      int priority = 0;
      if (keyword == kPriority) {
        const std::string& number = marked.argument;
        if (number.empty() || number.size() > 4 ||
            number.find_first_not_of("0123456789") != std::string::npos)
          throw model::InputError(path, source.position_at(marked.marker),
                                  "a priority is a whole number, as <!-- priority: 2 --> (lower "
                                  "numbers are dropped first)",
                                  std::string(source.line_at(marked.marker)));
        priority = std::stoi(number);
      } else if (!marked.argument.empty()) {
        continue;  // `<!-- optional… -->` with more words is someone's comment
      }
      found.markers.emplace_back(marked.marker, marked.marker_end);
      ranked.push_back(
          {{marked.begin, marked.end, label_of(source, marked)}, priority, marked.begin});
    }
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.priority != b.priority ? a.priority < b.priority : a.order > b.order;
  });
  for (Ranked& r : ranked) found.parts.push_back(std::move(r.part));
  return found;
}

std::string drop_optional(const SourceText& source, const OptionalParts& optional, size_t count) {
  std::vector<std::pair<size_t, size_t>> dropped = optional.markers;
  for (size_t i = 0; i < count && i < optional.parts.size(); ++i)
    dropped.emplace_back(optional.parts[i].begin, optional.parts[i].end);
  return blank_out(source.text(), std::move(dropped));
}

}  // namespace jianli::parse
