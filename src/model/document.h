// The document model: what a résumé says, with no notion of fonts or pages.
// Plain data, filled by parse/ and read by every later stage.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace jianli::model {

// A place in a source file, 1-based; 0 means unknown.
struct SourcePos {
  int line = 0;
  int column = 0;
};

// A run of inline text that shares one style and one link target.
struct Span {
  std::string text;  // UTF-8; a hard line break is the single character '\n'
  bool bold = false;
  bool italic = false;
  bool code = false;
  std::string link;  // target URI ("mailto:…" for e-mail addresses); empty when none
};
using Inlines = std::vector<Span>;

enum class BlockKind {
  Heading,
  Paragraph,
  List,
  Rule,
  PageBreak,  // `<!-- pagebreak -->` on a line of its own
};

// A heading or list item that starts with a date range, such as
// "2023年2月-至今，美团，大模型方向" or "Feb 2023 – Present, Meituan, …", so that a
// layout can set the dates apart (at the right margin) with its own dash.
struct Entry {
  std::string start;  // "2023年2月", "Feb 2023"
  std::string end;    // "至今", "Present", "2023年"; empty for a single date
  Inlines title;      // what follows the dates, the separator after them dropped
};

struct ListItem;

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  SourcePos pos;
  int level = 0;                // Heading: 1..6
  Inlines inlines;              // Heading, Paragraph
  bool ordered = false;         // List
  int start = 1;                // List: number of the first item when ordered
  std::vector<ListItem> items;  // List
  std::optional<Entry> entry;   // Heading, Paragraph (a list item's first): dates found
};

struct ListItem {
  std::vector<Block> blocks;  // paragraphs and nested lists
};

// Layout values the front matter sets under `jianli:` (paper, accent, styles …), for
// parse/layout_file to merge over the chosen layout. Kept as the front matter's own
// YAML text, padded so that its line numbers are the Markdown file's, so that a
// mistake in them is reported at the file's FILE:LINE:COL. Plain text: the model
// knows no YAML library.
struct LayoutOverrides {
  std::string yaml;         // empty when the front matter overrides nothing
  std::string source_path;  // the Markdown file, for messages
};

// What the front matter says about the document. Jekyll's keys are kept as they are;
// jianli's own settings live under the `jianli:` key.
struct Metadata {
  std::string source_path;  // the Markdown file, for messages
  std::string title;        // front matter `title`, else the name
  std::string author;       // front matter `author`, else the name
  std::string subject;
  std::string keywords;
  std::string lang;                  // front matter `lang` ("zh", "en"); empty when not given
  std::string layout;                // `jianli: {layout: NAME|FILE}`; empty for the default
  SourcePos layout_pos;              // where `layout` was given, for messages
  LayoutOverrides layout_overrides;  // the other keys under `jianli:`
};

struct Document {
  Metadata meta;
  Inlines name;                  // the first level-1 heading: the person's name
  std::vector<Inlines> contact;  // the lines of the block after the name
  std::vector<Block> blocks;     // everything after the contact block
  Diagnostics diagnostics;       // what reading it found to warn about
};

// Plain text of inline spans, styles dropped.
std::string plain_text(const Inlines& inlines);

}  // namespace jianli::model
