// Turns the document's blocks into rows: the header, headings with their rules,
// paragraphs, lists with hanging markers, entries with their dates flush right.
#pragma once

#include <string>
#include <vector>

#include "layout/collect.h"
#include "layout/font_table.h"
#include "layout/line.h"
#include "layout/paragraph.h"
#include "layout/rows.h"
#include "model/document.h"
#include "model/style.h"

namespace jianli::layout {

class Flow {
 public:
  Flow(const model::Document& doc, const model::LayoutSpec& spec, text::FontLibrary& library,
       bool chinese);

  void header();
  void blocks(const std::vector<model::Block>& blocks, int depth);

  std::vector<Row>& rows() { return rows_; }
  std::vector<std::string>& warnings() { return warnings_; }
  FontTable& fonts() { return fonts_; }

  Paragraph prepare_text(const StyledText& text, const model::TextStyle& style, int line_no);

 private:
  double measure() const { return spec_.page_width - spec_.margin_left - spec_.margin_right; }

  // Sets inlines as lines of `style` in the measure less `indent` and `reserve`
  // (room kept on the right of the first line); returns the rows added.
  size_t paragraph(const model::Inlines& inlines, const model::TextStyle& style, double indent,
                   const std::string& align, int line_no, bool keep_with_next = false);
  void add_line(SetLine& line, const model::TextStyle& style, double x, bool keep);
  void rule(const model::RuleStyle& rule, bool keep_with_next);
  void heading(const model::Block& block);
  bool entry(const model::Block& block, const model::TextStyle& style, double indent,
             bool keep_with_next, bool single_line_only);
  void list(const model::Block& block, int depth);
  void block(const model::Block& block, int depth);
  void add_marker(Row& row, const std::string& marker, const model::TextStyle& style,
                  double text_x);
  std::string bullet(int depth) const;

  const model::Document& doc_;
  const model::LayoutSpec& spec_;
  FontTable fonts_;
  std::vector<Row> rows_;
  std::vector<std::string> warnings_;
  double pending_space_ = 0;
  bool pending_page_break_ = false;
  bool chinese_ = true;
};

}  // namespace jianli::layout
