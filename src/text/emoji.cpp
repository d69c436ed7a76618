#include "text/emoji.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <unordered_map>

#include "text/links.h"
#include "text/utf8.h"

namespace jianli::text {
namespace {

struct Shortcode {
  std::string_view name;
  std::string_view emoji;
};

constexpr Shortcode kShortcodes[] = {
#include "text/emoji_names.inc"
};

// gemoji's custom entries: pictures on GitHub, with no Unicode character to set.
constexpr std::string_view kGithubPictures[] = {
    "accessibility", "atom",      "basecamp", "basecampy",  "bowtie",    "dependabot",
    "electron",      "feelsgood", "finnadie", "fishsticks", "goberserk", "godmode",
    "hurtrealbad",   "neckbeard", "octocat",  "rage1",      "rage2",     "rage3",
    "rage4",         "shipit",    "suspect",  "trollface"};

bool is_github_picture(std::string_view name) {
  return std::find(std::begin(kGithubPictures), std::end(kGithubPictures), name) !=
         std::end(kGithubPictures);
}

bool is_name_char(char c) {
  return std::islower(static_cast<unsigned char>(c)) ||
         std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '+' || c == '-';
}

bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)); }

// Byte ranges of the URLs and e-mail addresses in `text`.
std::vector<std::pair<size_t, size_t>> address_ranges(std::string_view text) {
  std::vector<size_t> offsets;
  std::u32string wide = to_utf32(text, offsets);
  std::vector<std::pair<size_t, size_t>> ranges;
  for (const FoundLink& link : find_links(wide))
    ranges.emplace_back(offsets[link.begin], offsets[link.end]);
  return ranges;
}

}  // namespace

std::optional<std::string_view> emoji_of_shortcode(std::string_view name) {
  auto at = std::lower_bound(std::begin(kShortcodes), std::end(kShortcodes), name,
                             [](const Shortcode& s, std::string_view n) { return s.name < n; });
  if (at == std::end(kShortcodes) || at->name != name) return std::nullopt;
  return at->emoji;
}

std::string_view shortcode_of(char32_t emoji) {
  static const std::unordered_map<char32_t, std::string_view> by_emoji = [] {
    std::unordered_map<char32_t, std::string_view> map;
    for (const Shortcode& s : kShortcodes) {
      std::u32string cps = to_utf32(s.emoji);
      if (cps.size() == 1) map.emplace(cps.front(), s.name);  // the first name in order
    }
    return map;
  }();
  auto at = by_emoji.find(emoji);
  return at == by_emoji.end() ? std::string_view{} : at->second;
}

std::string replace_shortcodes(std::string_view text, ShortcodeMisses* misses) {
  if (text.find(':') == std::string_view::npos) return std::string(text);
  const std::vector<std::pair<size_t, size_t>> addresses = address_ranges(text);
  // Colons are met in text order, so the ranges are walked once alongside.
  size_t range = 0;
  auto in_address = [&](size_t at) {
    while (range < addresses.size() && addresses[range].second <= at) ++range;
    return range < addresses.size() && addresses[range].first <= at;
  };
  std::string out;
  size_t copied = 0;
  for (size_t open = text.find(':'); open != std::string_view::npos;) {
    size_t close = text.find(':', open + 1);
    if (close == std::string_view::npos) break;
    std::string_view name = text.substr(open + 1, close - open - 1);
    bool shaped = !name.empty() && std::all_of(name.begin(), name.end(), is_name_char) &&
                  (open == 0 || !is_ascii_alnum(text[open - 1])) && !in_address(open);
    std::optional<std::string_view> emoji = shaped ? emoji_of_shortcode(name) : std::nullopt;
    if (shaped && !emoji && is_github_picture(name)) emoji = "";
    if (shaped && misses && (!emoji || emoji->empty()))
      (emoji ? misses->pictures : misses->unknown).emplace_back(name);
    if (!emoji) {
      open = close;  // the closing colon may open the next name
      continue;
    }
    out.append(text.substr(copied, open - copied));
    out.append(*emoji);
    copied = close + 1;
    open = text.find(':', copied);
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace jianli::text
