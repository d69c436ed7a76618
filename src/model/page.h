// The laid-out document: pages of positioned text, boxes and links. Written by
// layout/, drawn by pdf/. Coordinates are PDF points, origin at the page's
// bottom-left corner, y growing upwards; text positions are baselines.
#pragma once

#include <string>
#include <vector>

#include "model/style.h"

namespace jianli::model {

// A font file the layout used; text refers to it by index.
struct FontFile {
  std::string path;
  int index = 0;                // face index inside a .ttc
  std::string family;           // for messages and the dump
  bool synthetic_bold = false;  // draw with fill-then-stroke to embolden a regular face
};

// A piece of text drawn in one font at one position. Glyphs advance by the font's
// own (unkerned) advances plus `char_spacing` after each character.
struct TextRun {
  double x = 0, y = 0;  // start of the baseline
  double width = 0;     // advance width as laid out, including char_spacing
  std::string text;     // UTF-8, code points of the Basic Multilingual Plane only
  int font = 0;         // index into PageSet::fonts
  double size = 10;     // pt
  double char_spacing = 0;
  Color color;
};

struct Box {
  double x = 0, y = 0, width = 0, height = 0;  // lower-left corner and size
  Color color;
};

struct Link {
  double x = 0, y = 0, width = 0, height = 0;
  std::string uri;
};

struct Page {
  std::vector<TextRun> runs;
  std::vector<Box> boxes;
  std::vector<Link> links;
};

struct Bookmark {
  std::string title;
  int page = 0;   // 0-based
  double y = 0;   // top of the heading on that page
  int level = 1;  // 1 = top level
};

struct PageSet {
  double width = 595.276, height = 841.890;
  std::vector<FontFile> fonts;
  std::vector<Page> pages;
  std::vector<Bookmark> bookmarks;
  std::string title, author, subject, keywords, lang;
};

}  // namespace jianli::model
