#include "layout/font_table.h"

#include "model/error.h"

namespace jianli::layout {

const StyleFonts& FontTable::fonts(const model::TextStyle& style, FaceKey key) {
  // A handful of entries at most (styles share families), so a linear search that
  // compares in place beats building a key for every paragraph.
  for (const Chains& c : chains_) {
    if (c.key == key && c.chinese == style.chinese_families && c.latin == style.latin_families &&
        c.fallback == style.fallback_families && c.mono == style.mono_families &&
        c.kai == style.kai_families)
      return c.fonts;
  }
  using Families = std::vector<std::string>;
  auto resolve = [&](std::initializer_list<const Families*> lists, bool italic) {
    std::vector<text::FontMatch> chain;
    for (const Families* families : lists) {
      for (const std::string& family : *families) {
        text::FontMatch match = require(family, key.bold, italic);
        bool seen = false;
        for (const text::FontMatch& m : chain) seen = seen || m.face == match.face;
        if (!seen) chain.push_back(match);
      }
    }
    return chain;
  };
  const Families none;
  const Families& mono = key.mono ? style.mono_families : none;
  const Families& kai = key.kai ? style.kai_families : none;
  // Chinese is never slanted; Latin letters in a Chinese chain are its fallback only.
  StyleFonts fonts{
      resolve(
          {&kai, &style.chinese_families, &mono, &style.latin_families, &style.fallback_families},
          false),
      resolve({&mono, &style.latin_families, &style.chinese_families, &style.fallback_families},
              key.italic)};
  chains_.push_back({style.chinese_families, style.latin_families, style.fallback_families,
                     style.mono_families, style.kai_families, key, std::move(fonts)});
  return chains_.back().fonts;
}

// A family that is not installed is reported where the layout or the front matter names it.
text::FontMatch FontTable::require(const std::string& family, bool bold, bool italic) {
  try {
    return library_.require(family, bold, italic);
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
  faces_.push_back(match.face);
  indices_.emplace(key, index);
  return index;
}

}  // namespace jianli::layout
