// GitHub's emoji shortcodes (`:iphone:`, `:mortar_board:`), from gemoji's table
// (emoji_names.inc, made by scripts/emoji_table.py).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jianli::text {

// The emoji a shortcode's name (without its colons) stands for; nullopt for an unknown name.
std::optional<std::string_view> emoji_of_shortcode(std::string_view name);

// The shortcode of an emoji of one code point, "iphone" for U+1F4F1; empty when none.
std::string_view shortcode_of(char32_t emoji);

// What replacing found besides emoji: names no emoji has.
struct ShortcodeMisses {
  std::vector<std::string> pictures;  // GitHub's own pictures (`:octocat:`): left out
  std::vector<std::string> unknown;   // names GitHub does not know: left as typed
};

// `text` with each `:name:` of a known name replaced by its emoji; unknown names stay as
// typed, and so do colons inside URLs and e-mail addresses (`http://a.b:8080/x:y:`) and
// after a letter or digit (`10:100:20` is a time, not 10💯20). GitHub's picture names,
// which no font can draw, are left out. `misses`, when given, gets both kinds of name.
std::string replace_shortcodes(std::string_view text, ShortcodeMisses* misses = nullptr);

}  // namespace jianli::text
