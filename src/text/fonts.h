// Fonts: finding a family by name (jianli's fonts/ folder, then fontconfig),
// reading glyph coverage and advances with HarfBuzz, and per-character fallback.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace jianli::text {

class ShapeCache;

// Where a face draws a line across its text: an underline or a strikeout, in ems; the
// position is the line's centre above the baseline (negative below it).
struct TextLine {
  double position = 0;
  double thickness = 0;
};

// One face of a font file, memory-mapped. Measures in ems (font units / units per em).
class Face {
 public:
  Face(std::string path, int index);  // throws model::InputError when unreadable
  ~Face();
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;

  bool has_glyph(char32_t cp) const;
  double advance(char32_t cp) const;  // nominal horizontal advance, no kerning; 0 if missing
  double ascender() const;            // em, positive
  double descender() const;           // em, negative
  bool is_bold() const;               // the face's own weight (OS/2 usWeightClass >= 600)
  bool is_italic() const;             // OS/2 fsSelection says italic or oblique
  TextLine underline() const;         // post table; a twelfth of an em below when missing
  TextLine strikeout() const;         // OS/2 table; through the middle of x when missing
  uint32_t glyph(char32_t cp) const;  // nominal glyph id; 0 (.notdef) if missing
  double glyph_advance(uint32_t glyph) const;  // em
  bool has_feature(uint32_t tag) const;        // a GSUB feature such as 'smcp', any script

  // HarfBuzz's font, scaled to font units and immutable, for shaping (text/shape.h).
  hb_font_t* hb() const { return font_; }
  double units_per_em() const { return upem_; }

  const std::string& path() const { return path_; }
  int index() const { return index_; }
  const std::string& family() const { return family_; }

 private:
  TextLine text_line(uint32_t offset_tag, uint32_t size_tag, TextLine fallback) const;

  std::string path_;
  int index_;
  std::string family_;
  hb_blob_t* blob_ = nullptr;
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  double upem_ = 1000;
};

// A face chosen for a family and weight. `synthetic_bold` is set when bold was
// asked for and the family has no bold face, so the PDF must embolden it.
struct FontMatch {
  const Face* face = nullptr;
  bool synthetic_bold = false;
};

// The faces found so far, by family, weight and style, each loaded once: shared by every
// FontLibrary of a run (a batch's worker threads), so that each font is opened, mapped and
// measured once however many threads draw with it. Safe from several threads at once: a
// lookup takes a lock; a Face, once made, is immutable (its HarfBuzz objects are made
// immutable, and HarfBuzz's getters are thread-safe then).
class FaceStore {
 public:
  // `font_dirs` are searched before fontconfig (jianli's own fonts/ folder).
  // `packages_file` maps family names to the Debian packages that ship them
  // (fonts/packages.yaml); it may be empty.
  FaceStore(std::vector<std::string> font_dirs, std::string packages_file);
  ~FaceStore();

  // As FontLibrary::find and FontLibrary::require.
  std::optional<FontMatch> find(const std::string& family, bool bold, bool italic = false);
  FontMatch require(const std::string& family, bool bold, bool italic = false);

 private:
  std::optional<FontMatch> find_locked(const std::string& family, bool bold, bool italic);
  const Face& load(const std::string& path, int index);

  const std::vector<std::string> font_dirs_;
  const std::map<std::string, std::string> packages_;        // family -> Debian package
  std::mutex lock_;                                          // guards what follows
  std::map<std::string, std::unique_ptr<Face>> faces_;       // by "path#index"
  std::map<std::string, std::optional<FontMatch>> matches_;  // by "family|bold|italic"
};

// The fonts one pipeline draws with: the faces of a FaceStore, its own or shared with other
// threads', and the runs it has shaped (one ShapeCache per thread: a lookup per shaped run
// is too frequent to take a lock for, and what it holds comes from the documents).
class FontLibrary {
 public:
  // With a FaceStore of its own (see FaceStore for the arguments).
  FontLibrary(std::vector<std::string> font_dirs, std::string packages_file);
  explicit FontLibrary(std::shared_ptr<FaceStore> faces);
  ~FontLibrary();

  // The face for `family` at the weight, italic when asked and the family has one (else
  // upright: no face is slanted by jianli); nullopt when the family is not installed.
  std::optional<FontMatch> find(const std::string& family, bool bold, bool italic = false) {
    return faces_->find(family, bold, italic);
  }

  // Like find, but a missing family is a model::InputError that names it and the
  // Debian package to install ("apt-get install fonts-lxgw-wenkai").
  FontMatch require(const std::string& family, bool bold, bool italic = false) {
    return faces_->require(family, bold, italic);
  }

  // The runs shaped in this library's faces, kept for the documents that follow.
  ShapeCache& shapes() { return *shapes_; }

 private:
  std::shared_ptr<FaceStore> faces_;
  std::unique_ptr<ShapeCache> shapes_;
};

// A run of text set in one face of a fallback chain.
struct FontRun {
  size_t begin = 0, end = 0;  // code point indices into the text
  int font = -1;              // index into the chain; -1 when no face has the characters
};

// Splits text into runs, each character in the first face of `chain` that has it.
// Characters no face has form runs with font == -1. Spaces and other characters
// common to all scripts stay in the run before them.
std::vector<FontRun> itemize(std::u32string_view text, const std::vector<FontMatch>& chain);

}  // namespace jianli::text
