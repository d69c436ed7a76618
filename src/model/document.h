// The document model: what a résumé says, with no notion of fonts or pages.
// Plain data, filled by parse/ and read by every later stage.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"

namespace jianli::model {

// A place in a source file, 1-based; 0 means unknown.
struct SourcePos {
  int line = 0;
  int column = 0;
  bool operator==(const SourcePos&) const = default;
};

struct Color {
  double r = 0, g = 0, b = 0;  // 0..1
  bool operator==(const Color&) const = default;
};

// Where a line's text sits in its measure; justified lines are flush at both edges.
enum class Align { Justify, Left, Center, Right };

// A length as the résumé wrote it: HTML's `width="120"` (px), `width="50%"`, or mm.
struct Length {
  enum class Unit {
    Pt,
    Px,  // CSS pixels, 96 to the inch: 0.75 pt
    Mm,
    Percent,  // of the column's width
  };
  double value = 0;
  Unit unit = Unit::Pt;
  bool operator==(const Length&) const = default;
};

// An image as written: `![alt](src)`, `<img src width height align alt>`, or the
// front matter's `photo:`. Reading the file is the layout's business.
struct Image {
  std::string src;  // as written; relative paths are from the résumé's folder
  // What it shows, read aloud and shown when it cannot be drawn; a title stands in for a
  // missing alt. Empty: decoration, an artifact of the tagged PDF (PDF/UA-1 7.3).
  std::string alt;
  bool decorative = false;  // HTML's alt="": its author says it shows nothing, so no warning
  std::optional<Length> width;
  std::optional<Length> height;
  std::optional<Align> align;  // HTML `align`: Left and Right float beside the text
  SourcePos pos;
  bool operator==(const Image&) const = default;
};

// Raised or lowered text: `<sup>`, `<sub>`, pandoc's `^x^` and `~x~`, footnote marks.
enum class Shift { None, Super, Sub };

// A run of inline text that shares one style and one link target.
struct Span {
  std::string text;  // UTF-8; a hard line break is the single character '\n'
  bool bold = false;
  bool italic = false;
  bool code = false;
  bool strike = false;     // `~~x~~`, `<s>`, `<del>`
  bool underline = false;  // `<u>`, `<ins>`
  Shift shift = Shift::None;
  double scale = 1;            // of the style's size: `<small>`, `<big>`, CSS font-size
  std::optional<Color> color;  // `<font color>`, CSS color; none: the style's
  std::string link;            // target URI ("mailto:…" for e-mail addresses); empty when none
  std::optional<Image> image;  // an image set in the line; `text` is its alt text
};
using Inlines = std::vector<Span>;

// Whether two spans look alike, so that neighbours can be joined: all but the text.
bool same_style(const Span& a, const Span& b);

enum class BlockKind {
  Heading,
  Paragraph,
  List,
  Rule,
  PageBreak,  // `<!-- pagebreak -->` on a line of its own
  Code,       // a code block: `inlines` are its lines, white space kept as typed
  Quote,      // a blockquote: its blocks are `children`
  Table,      // `table`
  Image,      // an image alone in its paragraph: `image`
};

// A table cell: inline text with '\n' spans for `<br>`s and line breaks.
struct TableCell {
  Inlines inlines;
  int colspan = 1;
  int rowspan = 1;
  bool header = false;  // `<th>`, or a cell of a Markdown table's first row
  std::optional<Align> align;
  std::optional<Length> width;  // HTML `width` on the cell
};

struct TableRow {
  std::vector<TableCell> cells;
};

struct Table {
  std::vector<TableRow> rows;
  int header_rows = 0;  // rows at the top that repeat on each page the table runs onto
  std::vector<std::optional<Align>> column_align;  // Markdown's `:---:`, per column
  std::optional<Length> width;                     // HTML `width` on the table
};

// A date as an entry's reader understood it ("2023年2月", "2023-02", "Feb 2023" and
// "至今" alike), so that a layout can print it in its own form.
// The English months, January first: the date reader knows them by their first three
// letters ("Feb", "February"), and a layout's {mon} and {month} print them.
inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

struct Date {
  int year = 0;              // 0 for the present
  std::optional<int> month;  // 1–12; none for a year alone ("2021年", "2021")
  bool present = false;      // 至今, 今, Present, Now
};

// A heading or list item that starts with a date range, such as
// "2023年2月-至今，美团，大模型方向" or "Feb 2023 – Present, Meituan, …", so that a
// layout can set the dates apart (at the right margin) with its own dash.
struct Entry {
  std::string start;  // "2023年2月", "Feb 2023"
  std::string end;    // "至今", "Present", "2023年"; empty for a single date
  // "至" or "to" when the range was written with a word, which a layout keeps rather than
  // put its dash there: replacing a word changes what the résumé says. Empty for a dash.
  std::string range_word;
  Inlines title;  // what follows the dates, the separator after them dropped
  // The dates as read; none when one of them is not a date (month 13), and then the layout
  // prints both as typed.
  std::optional<Date> start_date, end_date;
  // How the dates were typed (bold, italic, <small>, a colour): the span they start in, its
  // text and link aside. Set apart, they keep that look.
  Span look;
};

// What a section is about, recognised from its heading's text (data/sections.yaml) or
// named in the front matter, so that a layout can place it by role: the sidebar
// layout's side column takes contact, education, skills …, whatever the heading says.
enum class SectionRole {
  None,  // not recognised: the main column
  Contact,
  Personal,  // 基本信息, Personal Details: name, age, phone … as a section
  Summary,
  Education,
  Experience,
  Projects,
  Skills,
  Languages,
  Awards,
  Certificates,
  Publications,
  Interests,
  References,
};

struct ListItem;

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  SourcePos pos;
  int level = 0;                         // Heading: 1..6
  SectionRole role = SectionRole::None;  // Heading: what its section is about
  Inlines inlines;                       // Heading, Paragraph
  bool ordered = false;                  // List
  int start = 1;                         // List: number of the first item when ordered
  std::vector<ListItem> items;           // List
  std::optional<Entry> entry;            // Heading, Paragraph (a list item's first): dates found
  std::optional<Align> align;   // `<div align>`, `<center>`, CSS text-align; none: the layout's
  double first_indent = 0;      // Paragraph: its first line's indent, in em (CSS text-indent)
  Inlines right;                // set flush right on the first line: `<span style="float:right">`
  std::vector<Block> children;  // Quote
  std::optional<Table> table;   // Table
  std::optional<Image> image;   // Image
};

struct ListItem {
  std::vector<Block> blocks;    // paragraphs and nested lists
  std::optional<bool> checked;  // a task list item: `- [ ]` false, `- [x]` true
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
  // Where title, author, subject and keywords were given (the front matter's value, or the
  // name's heading when the name stands in), for warnings about them; 0 when not written.
  SourcePos title_pos, author_pos, subject_pos, keywords_pos;
  std::string lang;                  // front matter `lang` ("zh", "en"); empty when not given
  std::string layout;                // `jianli: {layout: NAME|FILE}`; empty for the default
  SourcePos layout_pos;              // where `layout` was given, for messages
  LayoutOverrides layout_overrides;  // the other keys under `jianli:`
};

struct Document {
  Metadata meta;
  Inlines name;                  // the person's name: a heading, else the front matter's
  SourcePos name_pos;            // where the name is written, for warnings about it
  std::optional<Image> photo;    // an image before the first section, or front matter `photo:`
  std::vector<Inlines> contact;  // the lines of the block after the name
  // Where each contact line starts, contact_pos[i] for contact[i]; a line's items in a side
  // column are reported at their line.
  std::vector<SourcePos> contact_pos;
  std::vector<Block> blocks;  // everything after the contact block
  Diagnostics diagnostics;    // what reading it found to warn about
};

// Plain text of inline spans, styles dropped.
std::string plain_text(const Inlines& inlines);

// Whether a contact line holds something to reach the person by: a link, an icon, an
// address, a number of five digits or more (a phone, a QQ number), or a label ("电话：").
// One that holds none ("嵌入式软件工程师 · 八年经验 · 深圳") is a line of text.
bool holds_contact_data(const Inlines& line);

}  // namespace jianli::model
