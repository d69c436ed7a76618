// Language blocks: one Markdown file holding a résumé in several languages.
//   <!-- lang: en -->          a block: the lines up to <!-- /lang --> are English only
//   ## <!-- lang: zh -->教育背景<!-- /lang --><!-- lang: en -->Education<!-- /lang -->
//                              the same markers inside a line: a short alternative
// Text outside any block is every language's. The markers are HTML comments, so GitHub
// and Jekyll show every language's text and none of the markers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/markdown_source.h"

namespace jianli::parse {

// The languages jianli has labels and line breaking for; a block naming another is an
// error with the nearest of these.
const std::vector<std::string>& known_languages();

// The language of a BCP 47 tag, lower case: "zh-TW", "zh_hant", "ZH" are all "zh".
std::string primary_language(std::string_view tag);

struct LanguageBlocks {
  std::vector<std::string> languages;  // named by blocks, in the order they first appear
  // Content inside blocks, by language: [begin, end) offsets in the text.
  struct Block {
    std::string lang;
    size_t begin = 0;
    size_t end = 0;
  };
  std::vector<Block> blocks;
  std::vector<std::pair<size_t, size_t>> markers;  // every marker's bytes
};

// Finds the blocks from `body_offset` on. Throws model::InputError at the marker for a
// block never closed, a close with nothing open, a block opened inside another, and an
// unknown language (with the nearest known one).
LanguageBlocks find_language_blocks(const SourceText& source, size_t body_offset,
                                    const std::string& path);

// The text with the other languages' blocks (compared by primary_language) and every marker blanked
// out (line breaks kept, so line numbers stay the file's).
std::string keep_language(const SourceText& source, const LanguageBlocks& blocks,
                          const std::string& lang);

}  // namespace jianli::parse
