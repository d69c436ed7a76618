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

// Which faces of a style's families a stretch of text asks for.
struct FaceKey {
  bool bold = false;
  bool italic = false;  // Latin only: Chinese has no italic
  bool mono = false;    // code: the mono families for Latin text
  bool kai = false;     // Chinese emphasis in the kai families
  bool operator==(const FaceKey&) const = default;
  // A dense number for caches: 16 keys.
  unsigned index() const { return bold | italic << 1 | mono << 2 | kai << 3; }
};

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
  const StyleFonts& fonts(const model::TextStyle& style, FaceKey key);
  const StyleFonts& fonts(const model::TextStyle& style, bool bold) {
    return fonts(style, FaceKey{.bold = bold});
  }

  // The PageSet font index of a face, added on first use.
  int index(const text::FontMatch& match);

  // The face a PageSet font index stands for.
  const text::Face& face(int index) const { return *faces_.at(static_cast<size_t>(index)); }

  std::vector<model::FontFile> take_files() { return std::move(files_); }

  // The library's shaped runs, kept from one document to the next.
  text::ShapeCache& shapes() { return library_.shapes(); }

 private:
  text::FontMatch require(const std::string& family, bool bold, bool italic);

  text::FontLibrary& library_;
  const std::map<std::string, model::SourceRef>* sources_;
  std::map<std::pair<const text::Face*, bool>, int> indices_;
  std::vector<model::FontFile> files_;
  std::vector<const text::Face*> faces_;  // files_'s faces
  struct Chains {
    std::vector<std::string> chinese, latin, fallback, mono, kai;
    FaceKey key;
    StyleFonts fonts;
  };
  std::deque<Chains> chains_;  // a deque: references handed out stay valid
};

}  // namespace jianli::layout
