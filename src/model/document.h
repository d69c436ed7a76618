// The document model: what a résumé says, with no notion of fonts or pages.
// Plain data, filled by parse/ and read by every later stage.
#pragma once

#include <string>
#include <vector>

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

enum class BlockKind { Heading, Paragraph, List, Rule };

struct ListItem;

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  SourcePos pos;
  int level = 0;                // Heading: 1..6
  Inlines inlines;              // Heading, Paragraph
  bool ordered = false;         // List
  int start = 1;                // List: number of the first item when ordered
  std::vector<ListItem> items;  // List
};

struct ListItem {
  std::vector<Block> blocks;  // paragraphs and nested lists
};

// What the front matter says about the document. Jekyll's keys are kept as they are;
// jianli's own settings live under the `jianli:` key.
struct Metadata {
  std::string source_path;  // the Markdown file, for messages
  std::string title;        // front matter `title`, else the name
  std::string author;       // front matter `author`, else the name
  std::string subject;
  std::string keywords;
  std::string lang;          // front matter `lang` ("zh", "en"); empty when not given
  std::string layout;        // `jianli: {layout: NAME|FILE}`; empty for the default
  SourcePos layout_pos;      // where `layout` was given, for messages
};

struct Document {
  Metadata meta;
  Inlines name;               // the first level-1 heading: the person's name
  std::vector<Inlines> contact;  // the lines of the block after the name
  std::vector<Block> blocks;  // everything after the contact block
};

// Plain text of inline spans, styles dropped.
std::string plain_text(const Inlines& inlines);

}  // namespace jianli::model
