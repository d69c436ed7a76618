#include "parse/lang_blocks.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "model/error.h"
#include "parse/comment_markers.h"
#include "parse/suggest.h"

namespace jianli::parse {
namespace {

constexpr std::string_view kOpen = "lang:";
constexpr std::string_view kClose = "/lang";

struct OpenBlock {
  std::string lang;
  size_t marker = 0;   // offset of its `<!--`, for messages
  size_t content = 0;  // first byte after it
};

[[noreturn]] void fail(const SourceText& source, size_t offset, const std::string& path,
                       const std::string& message) {
  throw model::InputError(path, source.position_at(offset), message,
                          std::string(source.line_at(offset)));
}

std::string check_language(const SourceText& source, const CommentMarker& marker,
                           const std::string& path) {
  std::string lang(trim_blanks(marker.inner.substr(kOpen.size())));
  const std::vector<std::string>& known = known_languages();
  // `zh-TW` is a block of Chinese: the document's own `lang` says which Chinese.
  if (std::find(known.begin(), known.end(), primary_language(lang)) != known.end())
    return primary_language(lang);
  std::string message = lang.empty() ? "the language block names no language"
                                     : "unknown language '" + lang + "' in a language block";
  std::string guess = lang.empty() ? "" : nearest(lang, known);
  if (!guess.empty()) fail(source, marker.begin, path, message + "; did you mean '" + guess + "'?");
  std::string names;
  for (const std::string& name : known) names += (names.empty() ? "" : ", ") + name;
  fail(source, marker.begin, path, message + "; jianli knows: " + names);
}

}  // namespace

const std::vector<std::string>& known_languages() {
  static const std::vector<std::string> languages = {"zh", "en"};
  return languages;
}

std::string primary_language(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find_first_of("-_")));
  for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return primary;
}

LanguageBlocks find_language_blocks(const SourceText& source, size_t body_offset,
                                    const std::string& path) {
  LanguageBlocks found;
  std::optional<OpenBlock> open;
  for (const BodyLine& line : scan_body_lines(source.text(), body_offset)) {
    for (const CommentMarker& marker : line.markers) {
      if (marker.inner.starts_with(kOpen)) {
        std::string lang = check_language(source, marker, path);
        if (open) {
          model::SourcePos was = source.position_at(open->marker);
          fail(source, marker.begin, path,
               "a language block opens inside the '" + open->lang + "' block opened at line " +
                   std::to_string(was.line) + "; close that one first with <!-- /lang -->");
        }
        open = OpenBlock{lang, marker.begin, marker.end};
        if (std::find(found.languages.begin(), found.languages.end(), lang) ==
            found.languages.end())
          found.languages.push_back(lang);
      } else if (marker.inner.starts_with(kClose)) {
        if (!open)
          fail(source, marker.begin, path,
               "<!-- /lang --> closes no language block; remove it, or open one above with "
               "<!-- lang: en -->");
        found.blocks.push_back({open->lang, open->content, marker.begin});
        open.reset();
      } else {
        continue;
      }
      found.markers.emplace_back(marker.begin, marker.end);
    }
  }
  if (open)
    fail(source, open->marker, path,
         "the '" + open->lang +
             "' language block is never closed; add <!-- /lang --> after "
             "its last line");
  return found;
}

std::string keep_language(const SourceText& source, const LanguageBlocks& blocks,
                          const std::string& lang) {
  std::vector<std::pair<size_t, size_t>> dropped = blocks.markers;
  for (const LanguageBlocks::Block& block : blocks.blocks)
    if (block.lang != primary_language(lang)) dropped.emplace_back(block.begin, block.end);
  return blank_out(source.text(), std::move(dropped));
}

}  // namespace jianli::parse
