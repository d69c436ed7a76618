// The Markdown body of a résumé, read with md4c into model blocks.
#pragma once

#include <vector>

#include "model/document.h"
#include "parse/markdown_notice.h"
#include "parse/markdown_source.h"

namespace jianli::parse {

// Reads the Markdown from `body_offset` to the end of `source`. Block positions are
// lines of the whole file. Soft line breaks are left in as kSoftBreak spans
// (markdown_text.h): the caller splits the contact block at them, then calls
// resolve_soft_breaks on the rest.
//
// The model has fewer kinds of block than Markdown, so some are flattened:
//   - code blocks: a Paragraph of code spans, one per line, with "\n" spans between;
//   - tables: one Paragraph per row, cells joined by " | ", until the model has tables;
//   - block quotes: their content, unquoted;
//   - images: their alt text;
//   - raw HTML: read with gumbo into the same blocks and styles (html_reader.h); inline
//     tags style the Markdown text between them; comments are dropped;
//   - strikethrough: the text, unstruck (Span has no such style).
// Tables, images and strikethrough each give a notice; so do unknown HTML elements and
// CSS properties, once per name.
// What could not be shown as written goes to `notices`, when given.
std::vector<model::Block> parse_markdown(const SourceText& source, size_t body_offset,
                                         std::vector<MarkdownNotice>* notices = nullptr);

// resolve_soft_breaks (markdown_text.h) on every block, nested ones included.
void resolve_soft_breaks(std::vector<model::Block>& blocks);

}  // namespace jianli::parse
