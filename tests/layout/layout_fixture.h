// Shared set-up for layout tests: the real fonts and the classic layout.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/collect.h"
#include "layout/font_table.h"
#include "layout/line.h"
#include "layout/linebreak.h"
#include "layout/prepare.h"
#include "parse/layout_file.h"
#include "text/fonts.h"
#include "text/utf8.h"

namespace jianli::layout {

class LayoutTest : public ::testing::Test {
 protected:
  LayoutTest()
      : library_({std::string(JIANLI_SOURCE_DIR) + "/fonts"},
                 std::string(JIANLI_SOURCE_DIR) + "/fonts/packages.yaml"),
        spec_(parse::load_layout("classic", {std::string(JIANLI_SOURCE_DIR) + "/layouts"})),
        fonts_(library_) {}

  model::Inlines plain(const std::string& s) { return {model::Span{.text = s}}; }

  Paragraph prep(const std::string& s, double size = 10, bool hyphenate = false) {
    model::TextStyle style = spec_.body_style;
    style.size = size;
    style_ = style;
    PrepareContext ctx{fonts_, {}, true, missing_, uris_, "test", {1, 0}};
    ctx.hyphenate = hyphenate;
    ctx.hyphenation = spec_.hyphenation;
    return prepare(collect(plain(s)), style, ctx);
  }

  // The text of each line when `s` is set in `width` points at 10 pt.
  std::vector<std::u32string> lines_of(const std::string& s, double width) {
    Paragraph p = prep(s);
    std::vector<std::u32string> out;
    for (const LineSpan& span : break_lines(p, width)) {
      std::u32string line;
      for (size_t k = span.begin; k < span.end; ++k) line += p.glyphs[k].cp;
      out.push_back(line);
    }
    return out;
  }

  text::FontLibrary library_;
  model::LayoutSpec spec_;
  FontTable fonts_;
  model::TextStyle style_;
  MissingCharacters missing_;
  UriTable uris_;
  model::Diagnostics diagnostics_;
};

}  // namespace jianli::layout
