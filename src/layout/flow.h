// Turns the document's blocks into rows: the header, headings with their rules,
// paragraphs, lists with hanging markers, entries with their dates flush right.
// Rows are set in a column (the page's measure, or one column of a sidebar layout).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "image/catalog.h"
#include "layout/collect.h"
#include "layout/font_table.h"
#include "layout/line.h"
#include "layout/paragraph.h"
#include "layout/prepare.h"
#include "layout/rows.h"
#include "layout/structure.h"
#include "layout/uri_table.h"
#include "model/document.h"
#include "model/style.h"

namespace jianli::layout {

struct Grid;
struct CellTexts;

// What an entry (a block that starts with dates) is: how many lines its title may take
// depends on it (entry.cpp).
enum class EntryOf { Heading, ListItem, Paragraph };
// A title set beside (or above) its dates may take any number of lines.
inline constexpr size_t kAnyLines = 0;

class Flow {
 public:
  Flow(const model::Document& doc, const model::LayoutSpec& spec, text::FontLibrary& library,
       bool chinese, const image::Catalog& images);

  // The name and contact lines as the layout arranges them (header.cpp); with
  // `contact` false only the name and the header's rule.
  void header(bool contact = true);
  // Contact lines one item a line, for a narrow column (header.cpp).
  void contact_column();
  void blocks(const std::vector<model::Block>& blocks, int depth);

  // Where the next rows go: x of the column's left edge and its width, in pt.
  void set_column(double x, double width);
  // Whether justified text stays justified in this column (a side column may be ragged).
  void set_justified(bool justified) { column_justified_ = justified; }
  // Where entry dates go in this column.
  void set_dates(model::DatePlace place) { dates_ = place; }
  // The rows set so far, handed over; the next rows start a fresh column.
  std::vector<Row> take_rows();

  std::vector<Row>& rows() { return rows_; }
  const MissingCharacters& missing() const { return missing_; }
  // The link targets of the rows set so far, for PageSet::uris; model::Link::uri indexes them.
  std::vector<std::string> take_uris() { return uris_.take(); }
  // What setting the blocks found to warn about (a table too wide to set).
  const model::Diagnostics& diagnostics() const { return diagnostics_; }
  // Lines of justified paragraphs set ragged as too loose to justify, as text (LayoutResult).
  const std::vector<std::string>& loose_lines() const { return loose_lines_; }
  FontTable& fonts() { return fonts_; }
  // The structure elements the text set so far belongs to (PageSet::structure).
  Structure& structure() { return structure_; }
  // The image files placed so far; model::PlacedImage::image indexes them.
  const std::vector<const model::ImageFile*>& image_files() const { return image_files_; }

  // Images in the text are sized here, or shown as their alt text when not drawn.
  Paragraph prepare_text(const StyledText& text, const model::TextStyle& style,
                         model::SourcePos pos);

 private:
  double measure() const { return column_width_; }

  // Runs `set_rows` with the column narrowed by `left` and `right` points (a quote's indent,
  // a code block's padding, a list item's), then widens it back.
  template <typename SetRows>
  void inset(double left, double right, SetRows set_rows) {
    const double x = column_x_, width = column_width_;
    set_column(x + left, width - left - right);
    set_rows();
    set_column(x, width);
  }

  // Sets inlines as lines of `style` in the measure less `indent`; returns the rows added.
  // `first_line_indent`: pt more for the first line (CSS text-indent), unless a floated image
  // narrows it already.
  size_t paragraph(const model::Inlines& inlines, const model::TextStyle& style, double indent,
                   model::Align align, model::SourcePos pos, bool keep_with_next = false,
                   Spaces spaces = Spaces::Collapse, double first_line_indent = 0);
  // `objects`: the images of the paragraph the line was set from.
  void add_line(SetLine& line, const model::TextStyle& style, double x, bool keep,
                const std::vector<InlineObject>& objects = {});
  // Whether the row being added keeps with the next because a heading asked for it.
  bool take_pending_keep();
  void rule(const model::RuleStyle& rule, bool keep_with_next);
  void heading(const model::Block& block);
  void decorate_section(size_t first, size_t end);
  // Sets the block as an entry; false, adding nothing, when it is to be set as typed.
  bool entry(const model::Block& block, const model::TextStyle& style, double indent,
             bool keep_with_next, EntryOf of);
  bool entry_dates_right(const model::Block& block, const model::TextStyle& style, double indent,
                         bool keep_with_next, size_t max_lines);
  bool with_right_text(const model::Inlines& left, const model::Inlines& right,
                       const model::TextStyle& style, double indent, model::Align align,
                       model::SourcePos pos, bool keep_with_next, size_t max_lines);
  size_t text_block(const model::Block& block, const model::TextStyle& style, double indent,
                    model::Align align, bool keep_with_next);
  model::TextStyle below_dates_style(const model::TextStyle& style) const;
  bool entry_dates_below(const model::Block& block, const model::TextStyle& style, double indent,
                         bool keep_with_next, size_t max_lines);
  void list(const model::Block& block, int depth);
  // A table, `indent` in from the column's left (inside a list item), in table.cpp.
  void table(const model::Block& block, double indent);
  // The text of each of the grid's cells, shaped in its look.
  CellTexts cell_texts(const Grid& grid, model::SourcePos pos);
  void code_block(const model::Block& block);
  void quote(const model::Block& block, int depth);
  std::string marker(const model::Block& list, const model::ListItem& item, int number,
                     int depth) const;
  void block(const model::Block& block, int depth);
  void image_block(const model::Block& block, double indent = 0);
  void image_row(Row row);
  // Where the next text lines go beside a floated image (flow_images.cpp): `lines` of them
  // from `x`, `width` wide; none when there is no float or it is passed, which ends it.
  struct Beside {
    size_t lines = 0;
    double x = 0, width = 0;
  };
  Beside beside_float(double x, double width, const model::TextStyle& style);
  // The depth of the next row's top below the top of the row the float starts in.
  double float_depth() const;
  // Ends a float: what follows starts below it (CSS `clear`); a float not yet started in a
  // line of text is set on its own row.
  void clear_float();
  // Puts a float waiting for a line of text into `row`, the next row.
  void start_float(Row& row);
  void header_text(bool contact);
  // The contact lines, each a paragraph of its own, `beside_name` in a split header
  // (header.cpp).
  void contact_lines(model::Align align, bool beside_name = false);
  model::SourcePos contact_place(size_t line) const;
  void photo_header(const model::ImageFile& photo, bool contact);
  int image_index(const model::ImageFile& file);
  void size_objects(StyledText& text, double font_size);
  void add_marker(Row& row, const std::string& marker, const model::TextStyle& style, double text_x,
                  int label);
  // Gives the line's text to `element`, a link's text to a Link element inside it.
  void stamp(SetLine& line, int element);
  std::string bullet(int depth) const;
  void split_header();
  double text_width(const model::Inlines& inlines, const model::TextStyle& style,
                    model::SourcePos pos);
  void name_line(model::Align align);
  void contact_line(const model::Inlines& line, model::Align align, model::SourcePos pos);
  Paragraph capitals(const StyledText& text, const model::TextStyle& style, model::SourcePos pos);
  bool small_caps_line(const model::Block& block, const model::TextStyle& style, double indent);
  bool has_small_caps(const model::TextStyle& style);

  const model::Document& doc_;
  const model::LayoutSpec& spec_;
  const image::Catalog& images_;
  std::vector<const model::ImageFile*> image_files_;
  FontTable fonts_;
  std::vector<Row> rows_;
  Structure structure_;
  MissingCharacters missing_;
  UriTable uris_;
  model::Diagnostics diagnostics_;
  std::vector<std::string> loose_lines_;
  double pending_space_ = 0;
  // An image floated at the column's edge (issue 10): `image` holds it and its link, at the
  // top of the row it starts in, row `row` once a line of text takes it. Text lines whose
  // tops are less than `bottom` below that row's top are set between `text_left` and
  // `text_right`, and `indent` further in than they would be without it.
  struct Float {
    std::optional<size_t> row;
    Row image;
    double bottom = 0;
    double indent = 0;
    double text_left = 0, text_right = 0;
  };
  std::optional<Float> float_;
  bool pending_page_break_ = false;
  // Rows still to be kept with the row after them: a heading keeps the first two lines of
  // what it introduces (issue 11 item 5).
  int pending_keeps_ = 0;
  bool chinese_ = true;
  double column_x_ = 0;
  double column_width_ = 0;
  model::DatePlace dates_;
  bool column_justified_ = true;
  bool section_text_ = false;  // setting a section heading's text: capitals may apply
  double text_inset_ = 0;      // extra indent of a section heading's text (bar, band)
};

}  // namespace jianli::layout
