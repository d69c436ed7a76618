// The laid-out document: pages of positioned text, boxes and links. Written by
// layout/, drawn by pdf/. Coordinates are PDF points, origin at the page's
// bottom-left corner, y growing upwards; text positions are baselines.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/image_file.h"
#include "model/style.h"

namespace jianli::model {

// The standard structure types (ISO 32000-1 §14.8.4) the PDF's structure tree is made of, so
// that a screen reader or an applicant-tracking system reads headings, lists and tables as such.
enum class StructureType : uint8_t {
  Document,
  H1,
  H2,
  H3,
  H4,
  H5,
  H6,
  P,
  L,
  LI,
  Lbl,
  LBody,
  Table,
  TR,
  TH,
  TD,
  Figure,
  Link,
  BlockQuote,
  Code,
};

// One element of the structure tree. Text, images and link areas name theirs by index
// (PageSet::structure); an element's children are the elements naming it as parent.
struct StructureElement {
  StructureType type = StructureType::P;
  int parent = -1;   // index into PageSet::structure; -1 for the Document, element 0
  int line = 0;      // source line: the Document's children are read in this order
  std::string alt;   // Figure: what the image shows
  std::string lang;  // BCP 47 where it differs from the document's; empty: the same
};

// The part of the page a run is set in. A reader takes each part whole, one after another:
// `jianli check` accepts a sidebar's two columns read in either order, never interleaved.
enum class Region : uint8_t {
  Main,    // the page's one column, or a sidebar layout's main column
  Side,    // a sidebar layout's side column
  Footer,  // the page number
};

// Content that is no element: page numbers, rules, backgrounds (an artifact, §14.8.2.2).
constexpr int kArtifact = -1;

// A font file the layout used; text refers to it by index.
struct FontFile {
  std::string path;
  int index = 0;                // face index inside a .ttc
  std::string family;           // for messages and the dump
  bool synthetic_bold = false;  // draw with fill-then-stroke to embolden a regular face
};

// One glyph as drawn: a glyph id of the run's font file (not a character: shaping
// chose it), where its origin sits, and the text it stands for, so that the PDF's
// ToUnicode map gives back what was typed (a ligature "fi", a small capital "u").
struct PlacedGlyph {
  uint32_t id = 0;          // glyph id in the font file, before subsetting
  float x = 0;              // pt from the run's x to the glyph's origin, offsets included
  float y = 0;              // pt above the run's baseline (a mark's offset)
  uint32_t text_begin = 0;  // bytes into TextRun::text
  uint32_t text_size = 0;   // bytes of text; 0: the glyph continues its cluster's text
};

// How a laid-out line ends, said by its last run, so that the plain-text twin (`--text`)
// joins a paragraph's lines again without guessing from the drawing.
enum class LineEnd : uint8_t {
  None,       // not the last run of a line
  Wrap,       // the line breaker ended it: the paragraph goes on in the next line
  HardBreak,  // a hard line break typed in the source (<br>, a Markdown hard break)
  Paragraph,  // the paragraph's (or the line's own text's) last line
};

// Glyphs of one font, size and colour on one baseline: a display list entry. The
// glyphs sit where the layout put them (kerning, justification, compressed
// punctuation); the PDF writer turns the positions into TJ adjustments.
struct TextRun {
  double x = 0, y = 0;  // start of the baseline
  double width = 0;     // advance width as laid out
  std::string text;     // UTF-8, what the run says, spaces included
  std::vector<PlacedGlyph> glyphs;
  int font = 0;      // index into PageSet::fonts
  double size = 10;  // pt
  Color color;
  int element = kArtifact;  // index into PageSet::structure
  Region region = Region::Main;
  // Ends with the hyphen a break at a hyphenation point adds: drawn, but not typed, so
  // the word goes on in the next line's text (`jianli check`).
  bool hyphenated = false;
  LineEnd line_end = LineEnd::None;
  // At a Wrap: the spaces typed where the line broke (" ", U+3000 …), which a break drops
  // from the drawing; empty where nothing was typed (between Han, after a hard hyphen, at a
  // Han–Latin gap or a hyphenation point).
  std::string break_spaces;
};

struct Box {
  double x = 0, y = 0, width = 0, height = 0;  // lower-left corner and size
  Color color;
  bool round = false;  // the ellipse inside the box, not the box (着重号, a dot under a character)
};

// A place on the page that leads to a URI: a line of a link, an image in one.
struct Link {
  double x = 0, y = 0, width = 0, height = 0;
  int uri = -1;             // index into PageSet::uris
  int element = kArtifact;  // the Link element its text belongs to (PageSet::structure)
};

// An image on the page. The frame is what shows; the image itself may be larger and
// overhang it on two sides, clipped: a photo cropped to fill its frame.
struct PlacedImage {
  int image = 0;                               // index into PageSet::images
  double x = 0, y = 0, width = 0, height = 0;  // the frame: lower-left corner and size
  double image_x = 0, image_y = 0;             // the whole image's lower-left corner
  double image_width = 0, image_height = 0;    // and size, at least the frame's
  std::string alt;                             // what the image shows, for the dump
  int element = kArtifact;                     // its Figure (PageSet::structure)
};

struct Page {
  std::vector<TextRun> runs;
  std::vector<Box> boxes;
  std::vector<Link> links;
  std::vector<PlacedImage> images;  // drawn after the boxes, before the text
};

struct Bookmark {
  std::string title;
  int page = 0;   // 0-based
  double y = 0;   // top of the heading on that page
  int level = 1;  // 1 = top level
};

// A file carried inside the PDF (--attach-source): the résumé's own Markdown and the
// layout file it used, so that the PDF brings its source along (`jianli extract`).
struct AttachedFile {
  std::string name;  // a file name, no folder
  std::string bytes;
  std::string mime;  // "text/markdown", "application/yaml"
  std::string description;
};

struct PageSet {
  double width = 595.276, height = 841.890;
  std::vector<FontFile> fonts;
  std::vector<Page> pages;
  std::vector<Bookmark> bookmarks;
  // Each image file once, in the order first placed, however often it is placed.
  std::vector<ImageFile> images;
  // The logical structure, element 0 the Document; empty: an untagged PDF.
  std::vector<StructureElement> structure;
  // Each link target once, however many lines of links lead there (Link::uri indexes it).
  std::vector<std::string> uris;
  std::string title, author, subject, keywords, lang;
  std::vector<AttachedFile> attachments;
};

}  // namespace jianli::model
