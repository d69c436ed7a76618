// A layout (theme): how a document is set on the page. Plain data read from
// layouts/*.yaml by parse/layout_file; no layout name is known to the code.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace jianli::model {

// The options a layout names by a word (docs/layouts.md lists the words;
// parse/layout_schema.cpp maps them), typed so that no code compares words.

// How a section heading is set apart: `rules.section` under it, a filled bar at
// its left, a tinted band across the column behind it, or nothing.
enum class Decoration { Rule, Bar, Band, Plain };

// Which side of the page the sidebar takes.
enum class Side { Left, Right };

// Where an entry's dates go: flush right on the title's first line, inline as
// written, or on a line of their own under the title, smaller and muted.
enum class DatePlace { Right, Inline, Below };

// A piece of a layout's date form: text as written, or a field of the date.
enum class DateField {
  Text,       // `text` as written: "年", " ", "."
  Year,       // {y}: 2023
  Month,      // {m}: 2
  Month2,     // {mm}: 02
  MonthAbbr,  // {mon}: Feb
  MonthName,  // {month}: February
};

struct DatePart {
  DateField field = DateField::Text;
  std::string text;  // Text only
};

// How a layout prints an entry's dates in the document's language, read once from
// `entries.date_form`, `entries.year_form` and `entries.present`.
struct DateForm {
  std::vector<DatePart> with_month;  // "{y}年{m}月"; empty: dates print as typed
  std::vector<DatePart> year_only;   // "{y}年", for a date without a month; empty: as typed
  std::string present;               // "至今"; empty: as typed
};

// The name and contact lines: flush left, centred, or split (name left, contact
// lines right-aligned beside it).
enum class HeaderAlign { Left, Center, Split };

enum class LineBreaking {
  TotalFit,  // Knuth–Plass: the breaks that make the whole paragraph most even
  FirstFit,  // each line as full as it can be, one line at a time
};

// How emphasis (`*x*`, `<em>`) is set in Chinese text, which has no italic (clreq §3.3.2):
// in the kai face, in bold, or with a dot under each Han character (着重号).
enum class ChineseEmphasis { Kai, Bold, Dots };

// What a justified line that would open past the limits becomes (issue 11 item 1).
enum class LooseLines {
  RaggedLine,       // that line alone is set flush left
  RaggedParagraph,  // every line of its paragraph is
};

// How far justification may open a line, past natural spacing, before the line is set
// ragged instead (issue 11 items 1 and 7). clreq §3.5.4 allows Han text only a little
// stretch; TeX at its default tolerance stops word spaces at about 0.21 em.
struct JustifyLimits {
  double han = 0.15;    // em, between Chinese characters and at a Han–Latin gap
  double space = 0.25;  // em, at a word space
  LooseLines too_loose = LooseLines::RaggedLine;
};

// Which English words are hyphenated (issue 11). As TeX's \uchyph=0, by default a word that
// starts with a capital letter is left whole: in a résumé those are mostly names (Ming-|ming in
// the seed's references), which read wrong cut.
struct Hyphenation {
  bool capitalised = false;  // whether a word that starts with a capital letter may be cut
};

// How one role of text (name, headings, body …) is set.
struct TextStyle {
  // Fallback chains per script: a Han character or full-width mark takes the first
  // Chinese family that has it, anything else the first Latin family, then the other chain.
  std::vector<std::string> chinese_families;
  std::vector<std::string> latin_families;
  // Tried after both: faces for what neither script's families have (CJK Extension B,
  // symbols such as ✉ ☎ ★, monochrome emoji).
  std::vector<std::string> fallback_families;
  // Code (spans and blocks) takes these for Latin text; Chinese in code keeps the
  // Chinese families. DejaVu Sans Mono comes with fonts-dejavu-core.
  std::vector<std::string> mono_families = {"DejaVu Sans Mono"};
  // Chinese emphasis when the layout's `emphasis` is kai.
  std::vector<std::string> kai_families = {"LXGW WenKai"};
  double size = 10;      // pt
  double leading = 1.5;  // baseline-to-baseline distance as a multiple of size
  bool bold = false;
  Color color;
  double space_before = 0;  // pt
  double space_after = 0;   // pt
  Align align = Align::Justify;
  // Draw bold Chinese with an extra stroke, for families whose bold face is light.
  bool embolden_chinese_bold = false;
};

// Decoration under or beside a section heading.
struct RuleStyle {
  double width = 0;  // pt; 0 draws nothing
  Color color;
  double gap = 2;  // pt between the heading's baseline area and the rule
};

// How level-2 headings (sections) are set apart.
struct SectionHeadingStyle {
  Decoration decoration = Decoration::Rule;
  Color fill;                 // the bar's or the band's colour
  double bar_width = 3;       // pt
  double inset = 6;           // pt from the bar or the band's left edge to the text
  bool small_caps = false;    // Latin lower-case letters as capitals at 0.8 size
  bool uppercase = false;     // Latin letters as capitals
  double letter_spacing = 0;  // em, between Latin letters, when small_caps or uppercase
};

// Code blocks: the body's faces with the mono families for Latin, smaller, white space kept,
// never justified, on a tinted ground that reaches `padding` beyond the text.
struct CodeBlockStyle {
  double size = 0.9;     // of the body's size
  double leading = 1.4;  // baseline to baseline, as a multiple of the size
  std::optional<Color> background = Color{0.95, 0.95, 0.95};  // none: untinted
  double padding = 4;                                         // pt
};

// Block quotes: their blocks indented, with a rule down the left of the indent.
struct QuoteStyle {
  double indent = 14;  // pt from the column's edge to the quote's text
  double rule_width = 2;
  Color rule_color = {0.8, 0.8, 0.8};
};

// A second, narrow column beside the main one, with its own tint. Empty `width`
// means a single column.
struct SidebarSpec {
  double width = 0;  // pt; 0: no sidebar
  Side side = Side::Left;
  double gap = 20;                  // pt between the columns
  std::optional<Color> background;  // none: untinted
  bool contact = true;              // the header's contact lines go to the side column
  // Sections set in the side column: those of these roles (recognised from their
  // headings, parse/section_roles.h) and those the résumé names (`jianli: {sidebar:
  // [教育经历, 技能]}`), kept as text::heading_key of each heading.
  std::vector<SectionRole> roles;
  std::vector<std::string> headings;
  std::optional<DatePlace> dates;  // entry dates in the side column; none: the layout's
  // Justified body text in a column 55 mm wide opens gaps of 0.3–0.6 em (issue 11): the side
  // column is ragged-right unless the layout asks for justified text.
  bool justify = false;
};

// Which lines a table draws (docs/layouts.md, `tables.rules`).
enum class TableRules {
  Booktabs,  // a heavier rule above and below the table, a light one under the header rows
  Grid,      // every cell framed
  Rows,      // a light rule under each row
  None,
};

// Tables, and the key–value 基本信息 grid (label, value, label, value) Chinese résumés open
// with, which is set apart from data tables: its labels styled, its lines its own.
struct TableStyle {
  TableRules rules = TableRules::Booktabs;
  double frame_width = 0.8;  // pt: booktabs' top and bottom rules
  double rule_width = 0.4;   // pt: every other line
  Color rule_color;
  double padding_x = 4;  // pt, left and right of a cell's text
  double padding_y = 2;  // pt, above and below it
  bool header_bold = true;
  std::optional<Color> header_color;  // none: the body's
  std::optional<Color> header_fill;   // a tint behind the header rows; none: none
  TableRules key_value_rules = TableRules::None;
  bool label_bold = false;
  std::optional<Color> label_color;  // none: the body's
};

// The header's photo (证件照), set beside the name and contact lines and cropped to fill
// its frame. 1寸 is 25 × 35 mm, the usual size on a Chinese résumé; 2寸 is 35 × 49 mm.
struct PhotoSpec {
  Side side = Side::Right;
  double width = 25 * 72 / 25.4, height = 35 * 72 / 25.4;  // pt
  double gap = 12;                                         // pt between it and the text
};

// Where a value was written: a layout file or the résumé's front matter.
struct SourceRef {
  std::string file;
  SourcePos pos;
  std::string line;  // the text of that line, for the caret under an error
};

struct LayoutSpec {
  std::string name;
  std::string description;
  std::string source_path;
  std::vector<std::string> files;  // every file read: the extends chain, base first
  // Where values were written last (the front matter over a child over its parent), so that
  // a problem found only when laying out is reported where the user wrote it. Keys:
  // "font:FAMILY" for each font family named, "paper", "margins.top" (… bottom, left, right).
  std::map<std::string, SourceRef> sources;

  double page_width = 595.276;  // A4, pt
  double page_height = 841.890;
  double margin_top = 56, margin_bottom = 56, margin_left = 56, margin_right = 56;

  TextStyle name_style;      // the person's name
  TextStyle contact_style;   // the line under it
  TextStyle section_style;   // level-2 headings
  TextStyle entry_style;     // level-3 headings
  TextStyle subentry_style;  // level-4 headings (and deeper)
  TextStyle body_style;      // paragraphs and list items
  TextStyle footer_style;    // page numbers

  RuleStyle section_rule;  // under level-2 headings
  RuleStyle separator;     // a Markdown horizontal rule
  RuleStyle header_rule;   // under the contact block
  SectionHeadingStyle section_heading;
  SidebarSpec sidebar;
  TableStyle tables;
  PhotoSpec photo;

  double paragraph_gap = 4;  // pt between paragraphs
  // pt between an image floated with `align` left or right and the text beside it (4 mm)
  double float_gap = 11.34;
  double list_indent = 14;  // pt from the text's edge to an item's text, per level
  double item_gap = 2;      // pt between list items
  std::vector<std::string> bullets = {"•", "◦", "▪"};  // by nesting level, the last repeats
  std::string task_open = "☐", task_done = "☑";        // markers of task list items
  ChineseEmphasis emphasis = ChineseEmphasis::Kai;
  CodeBlockStyle code;
  QuoteStyle quote;
  Color link_color;
  std::string page_number = "{page} / {pages}";  // empty: no page numbers
  HeaderAlign header_align = HeaderAlign::Left;
  // The layout's key colour; colour values that say `accent` take it. Black unless set.
  Color accent;

  // Entries: headings and list items that start with dates.
  DatePlace entry_dates = DatePlace::Right;
  std::string date_dash = " – ";          // between the two dates of a range
  double below_date_size = 0.85;          // Below: size as a fraction of the entry's
  std::optional<Color> below_date_color;  // Below: colour; none: the entry's
  DateForm date_form;                     // entry dates as typed unless set

  LineBreaking line_breaking = LineBreaking::TotalFit;
  JustifyLimits justify;
  Hyphenation hyphenation;

  // How far --fit-pages may go: spacing first, then leading, then size.
  double fit_min_spacing = 0.4;    // fraction of the layout's own vertical spacing
  double fit_min_leading = 1.3;    // body leading, as a multiple of the size
  double fit_min_body_size = 9.0;  // pt; headings shrink in proportion
};

}  // namespace jianli::model
