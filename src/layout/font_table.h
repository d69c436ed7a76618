// The faces each text style sets its characters in, and the table of font files
// the pages refer to by index.
#pragma once

#include <deque>
#include <map>
#include <utility>
#include <vector>

#include "model/page.h"
#include "model/style.h"
#include "text/fonts.h"

namespace jianli::layout {

// Fallback chains of one style at one weight.
struct StyleFonts {
  std::vector<text::FontMatch> chinese;  // Chinese families, the Latin ones, the fallback ones
  std::vector<text::FontMatch> latin;    // Latin families, the Chinese ones, the fallback ones
};

class FontTable {
 public:
  // `sources` (LayoutSpec::sources) says where each family was named, so that one that is
  // not installed is reported there; it may be null.
  explicit FontTable(text::FontLibrary& library,
                     const std::map<std::string, model::SourceRef>* sources = nullptr)
      : library_(library), sources_(sources) {}

  // The chains for a style; a family that is not installed is a model::InputError.
  const StyleFonts& fonts(const model::TextStyle& style, bool bold);

  // The PageSet font index of a face, added on first use.
  int index(const text::FontMatch& match);

  std::vector<model::FontFile> take_files() { return std::move(files_); }

 private:
  text::FontMatch require(const std::string& family, bool bold);

  text::FontLibrary& library_;
  const std::map<std::string, model::SourceRef>* sources_;
  std::map<std::pair<const text::Face*, bool>, int> indices_;
  std::vector<model::FontFile> files_;
  struct Chains {
    std::vector<std::string> chinese, latin, fallback;
    bool bold;
    StyleFonts fonts;
  };
  std::deque<Chains> chains_;  // a deque: references handed out stay valid
};

}  // namespace jianli::layout
