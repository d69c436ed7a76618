#include "layout/engine.h"

#include <algorithm>

#include "layout/collect.h"
#include "layout/font_table.h"
#include "layout/line.h"
#include "layout/linebreak.h"
#include "layout/paginate.h"
#include "layout/prepare.h"
#include "layout/rows.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace jianli::layout {
namespace {

// Walks the document's blocks and turns them into rows.
class Flow {
 public:
  Flow(const model::Document& doc, const model::LayoutSpec& spec, text::FontLibrary& library)
      : doc_(doc), spec_(spec), fonts_(library) {
    chinese_ = document_language(doc) == "zh";
  }

  void header() {
    if (!doc_.name.empty()) paragraph(doc_.name, spec_.name_style, 0, spec_.header_align, 0);
    for (const model::Inlines& line : doc_.contact)
      paragraph(line, spec_.contact_style, 0, spec_.header_align, 0);
    rule(spec_.header_rule, false);
  }

  void blocks(const std::vector<model::Block>& blocks, int depth) {
    for (const model::Block& block : blocks) this->block(block, depth);
  }

  std::vector<Row>& rows() { return rows_; }
  std::vector<std::string>& warnings() { return warnings_; }
  FontTable& fonts() { return fonts_; }
  bool chinese() const { return chinese_; }

  // Sets inlines as lines of `style`; returns the index of the first row added.
  size_t paragraph(const model::Inlines& inlines, const model::TextStyle& style, double indent,
                   const std::string& align, int line_no, bool keep_with_next = false) {
    size_t first = rows_.size();
    Paragraph p = prepare_text(collect(inlines, style.bold), style, line_no);
    double width = measure() - indent;
    pending_space_ = std::max(pending_space_, style.space_before);
    for (const LineSpan& span : break_lines(p, width)) {
      SetLine line = set_line(p, span, width, align);
      add_line(line, style, spec_.margin_left + indent, keep_with_next);
    }
    pending_space_ = style.space_after;
    return first;
  }

  Paragraph prepare_text(const StyledText& text, const model::TextStyle& style, int line_no) {
    PrepareContext ctx{fonts_, spec_.link_color, chinese_, warnings_,
                       doc_.meta.source_path + ":" + std::to_string(line_no)};
    return prepare(text, style, ctx);
  }

 private:
  double measure() const { return spec_.page_width - spec_.margin_left - spec_.margin_right; }

  void add_line(SetLine& line, const model::TextStyle& style, double x, bool keep_with_next) {
    Row row;
    row.space_before = pending_space_;
    pending_space_ = 0;
    row.height = style.size * style.leading;
    // Centre the em box in the line; the baseline sits 0.88 em below the em box's top.
    double baseline = (row.height - style.size) / 2 + 0.88 * style.size;
    for (model::TextRun& run : line.runs) {
      run.x += x;
      run.y = baseline;
      row.runs.push_back(std::move(run));
    }
    for (model::Link& link : line.links) {
      link.x += x;
      link.y = baseline - (link.y + link.height);
      row.links.push_back(std::move(link));
    }
    row.keep_with_next = keep_with_next;
    rows_.push_back(std::move(row));
  }

  void rule(const model::RuleStyle& rule, bool keep_with_next) {
    if (rule.width <= 0) return;
    Row row;
    row.space_before = pending_space_;
    pending_space_ = 0;
    row.height = rule.gap * 2 + rule.width;
    row.boxes.push_back({spec_.margin_left, rule.gap, measure(), rule.width, rule.color});
    row.keep_with_next = keep_with_next;
    rows_.push_back(std::move(row));
  }

  void heading(const model::Block& block) {
    const model::TextStyle& style = block.level <= 2   ? spec_.section_style
                                    : block.level == 3 ? spec_.entry_style
                                                       : spec_.subentry_style;
    size_t first = paragraph(block.inlines, style, 0, style.align, block.pos.line, true);
    if (first < rows_.size()) {
      std::string title = model::plain_text(block.inlines);
      rows_[first].bookmark = model::Bookmark{title, 0, 0, std::max(1, block.level - 1)};
    }
    if (block.level <= 2) {
      rule(spec_.section_rule, true);
      pending_space_ = style.space_after;
    }
  }

  void list(const model::Block& block, int depth) {
    const model::TextStyle& style = spec_.body_style;
    double indent = spec_.list_indent * (depth + 1);
    int number = block.start;
    for (const model::ListItem& item : block.items) {
      pending_space_ = std::max(pending_space_, spec_.item_gap);
      size_t first_row = rows_.size();
      for (const model::Block& child : item.blocks) {
        if (child.kind == model::BlockKind::List) {
          list(child, depth + 1);
        } else if (child.kind == model::BlockKind::Paragraph) {
          paragraph(child.inlines, style, indent, style.align, child.pos.line);
        } else {
          this->block(child, depth + 1);
        }
      }
      if (first_row < rows_.size()) {
        std::string marker = block.ordered ? std::to_string(number) + "." : bullet(depth);
        add_marker(rows_[first_row], marker, style, spec_.margin_left + indent);
      }
      ++number;
    }
    pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
  }

  std::string bullet(int depth) const {
    if (spec_.bullets.empty()) return "•";
    return spec_.bullets[std::min<size_t>(depth, spec_.bullets.size() - 1)];
  }

  // Hangs a list marker in the indent, its right edge a third of an em before the text.
  void add_marker(Row& row, const std::string& marker, const model::TextStyle& style,
                  double text_x) {
    if (row.runs.empty()) return;
    Paragraph p = prepare_text(collect({model::Span{.text = marker}}), style, 0);
    if (p.glyphs.empty()) return;
    SetLine line = set_line(p, {0, p.glyphs.size(), true}, 1000, "left");
    double width = natural_width(p, 0, p.glyphs.size());
    double x = text_x - style.size / 3 - width;
    for (model::TextRun& run : line.runs) {
      run.x += x;
      run.y = row.runs.front().y;
      row.runs.insert(row.runs.begin(), std::move(run));
    }
  }

  void block(const model::Block& block, int depth) {
    switch (block.kind) {
      case model::BlockKind::Heading:
        heading(block);
        break;
      case model::BlockKind::Paragraph:
        pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
        paragraph(block.inlines, spec_.body_style, 0, spec_.body_style.align, block.pos.line);
        pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
        break;
      case model::BlockKind::List:
        list(block, depth);
        break;
      case model::BlockKind::Rule:
        pending_space_ = std::max(pending_space_, spec_.paragraph_gap);
        rule(spec_.separator, false);
        break;
    }
  }

  const model::Document& doc_;
  const model::LayoutSpec& spec_;
  FontTable fonts_;
  std::vector<Row> rows_;
  std::vector<std::string> warnings_;
  double pending_space_ = 0;
  bool chinese_ = true;
};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

void number_pages(Flow& flow, const model::LayoutSpec& spec, model::PageSet& pages) {
  if (spec.page_number.empty()) return;
  const model::TextStyle& style = spec.footer_style;
  double width = spec.page_width - spec.margin_left - spec.margin_right;
  const std::string total = std::to_string(pages.pages.size());
  for (size_t i = 0; i < pages.pages.size(); ++i) {
    std::string label = replace_all(spec.page_number, "{page}", std::to_string(i + 1));
    label = replace_all(label, "{pages}", total);
    Paragraph p = flow.prepare_text(collect({model::Span{.text = label}}), style, 0);
    if (p.glyphs.empty()) continue;
    SetLine line = set_line(p, {0, p.glyphs.size(), true}, width, style.align);
    for (model::TextRun& run : line.runs) {
      run.x += spec.margin_left;
      run.y = spec.margin_bottom / 2;
      pages.pages[i].runs.push_back(std::move(run));
    }
  }
}

}  // namespace

std::string document_language(const model::Document& doc) {
  if (!doc.meta.lang.empty()) return doc.meta.lang.substr(0, 2) == "zh" ? "zh" : doc.meta.lang;
  size_t han = 0, latin = 0;
  auto count = [&](const model::Inlines& inlines) {
    for (char32_t cp : text::to_utf32(model::plain_text(inlines))) {
      han += text::is_han(cp);
      latin += text::is_latin_alnum(cp);
    }
  };
  count(doc.name);
  for (const model::Block& block : doc.blocks) {
    count(block.inlines);
    for (const model::ListItem& item : block.items)
      for (const model::Block& child : item.blocks) count(child.inlines);
  }
  // A Han character carries about as much as a Latin word of five letters.
  return han * 5 >= latin ? "zh" : "en";
}

LayoutResult lay_out(const model::Document& doc, const model::LayoutSpec& spec,
                     text::FontLibrary& library) {
  Flow flow(doc, spec, library);
  flow.header();
  flow.blocks(doc.blocks, 0);

  LayoutResult result;
  model::PageSet& pages = result.pages;
  pages.width = spec.page_width;
  pages.height = spec.page_height;
  pages.title = doc.meta.title;
  pages.author = doc.meta.author;
  pages.subject = doc.meta.subject;
  pages.keywords = doc.meta.keywords;
  pages.lang = flow.chinese() ? "zh-CN" : document_language(doc);
  paginate(flow.rows(), spec, pages);
  number_pages(flow, spec, pages);
  pages.fonts = flow.fonts().take_files();
  result.warnings = std::move(flow.warnings());
  return result;
}

}  // namespace jianli::layout
