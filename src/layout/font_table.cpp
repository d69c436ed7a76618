#include "layout/font_table.h"

#include "model/error.h"

namespace jianli::layout {

const StyleFonts& FontTable::fonts(const model::TextStyle& style, bool bold) {
  // A handful of entries at most (styles share families), so a linear search that
  // compares in place beats building a key for every paragraph.
  for (const Chains& c : chains_) {
    if (c.bold == bold && c.chinese == style.chinese_families && c.latin == style.latin_families &&
        c.fallback == style.fallback_families)
      return c.fonts;
  }
  auto resolve = [&](const std::vector<std::string>& first, const std::vector<std::string>& then) {
    std::vector<text::FontMatch> chain;
    for (const auto* families : {&first, &then, &style.fallback_families}) {
      for (const std::string& family : *families) {
        text::FontMatch match = require(family, bold);
        bool seen = false;
        for (const text::FontMatch& m : chain) seen = seen || m.face == match.face;
        if (!seen) chain.push_back(match);
      }
    }
    return chain;
  };
  chains_.push_back({style.chinese_families,
                     style.latin_families,
                     style.fallback_families,
                     bold,
                     {resolve(style.chinese_families, style.latin_families),
                      resolve(style.latin_families, style.chinese_families)}});
  return chains_.back().fonts;
}

// A family that is not installed is reported where the layout or the front matter names it.
text::FontMatch FontTable::require(const std::string& family, bool bold) {
  try {
    return library_.require(family, bold);
  } catch (const model::InputError& e) {
    if (!e.file().empty() || sources_ == nullptr) throw;
    auto named = sources_->find("font:" + family);
    if (named == sources_->end()) throw;
    throw model::InputError(named->second.file, named->second.pos, e.what(), named->second.line);
  }
}

int FontTable::index(const text::FontMatch& match) {
  auto key = std::make_pair(match.face, match.synthetic_bold);
  auto found = indices_.find(key);
  if (found != indices_.end()) return found->second;
  int index = static_cast<int>(files_.size());
  files_.push_back(
      {match.face->path(), match.face->index(), match.face->family(), match.synthetic_bold});
  indices_.emplace(key, index);
  return index;
}

}  // namespace jianli::layout
