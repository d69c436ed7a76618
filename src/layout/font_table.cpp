#include "layout/font_table.h"

namespace jianli::layout {

const StyleFonts& FontTable::fonts(const model::TextStyle& style, bool bold) {
  std::vector<std::string> key = style.chinese_families;
  key.push_back(bold ? "|bold|" : "|regular|");
  key.insert(key.end(), style.latin_families.begin(), style.latin_families.end());
  auto found = chains_.find(key);
  if (found != chains_.end()) return found->second;

  auto resolve = [&](const std::vector<std::string>& first, const std::vector<std::string>& then) {
    std::vector<text::FontMatch> chain;
    for (const auto* families : {&first, &then}) {
      for (const std::string& family : *families) {
        text::FontMatch match = library_.require(family, bold);
        bool seen = false;
        for (const text::FontMatch& m : chain) seen = seen || m.face == match.face;
        if (!seen) chain.push_back(match);
      }
    }
    return chain;
  };
  StyleFonts fonts{resolve(style.chinese_families, style.latin_families),
                   resolve(style.latin_families, style.chinese_families)};
  return chains_.emplace(key, std::move(fonts)).first->second;
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
