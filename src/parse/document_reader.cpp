#include "parse/document_reader.h"

#include <algorithm>

#include "model/error.h"
#include "parse/entries.h"
#include "parse/front_matter.h"
#include "parse/markdown.h"
#include "parse/markdown_source.h"
#include "parse/markdown_text.h"
#include "parse/photo.h"

namespace jianli::parse {
namespace {

bool is_name_heading(const model::Block& block) {
  return block.kind == model::BlockKind::Heading && block.level == 1;
}

// The first level-1 heading is the person's name and the paragraph right after it the
// contact line(s); both leave the body, which then holds only the sections.
void take_name_and_contact(std::vector<model::Block>& blocks, model::Document& doc) {
  auto name = std::find_if(blocks.begin(), blocks.end(), is_name_heading);
  if (name == blocks.end()) return;
  doc.name = resolve_soft_breaks(name->inlines);
  auto after = blocks.erase(name);
  if (after != blocks.end() && after->kind == model::BlockKind::Paragraph) {
    doc.contact = split_lines(after->inlines);
    blocks.erase(after);
  }
}

void fill_metadata_defaults(model::Document& doc, const std::string& path) {
  std::string name = model::plain_text(doc.name);
  doc.meta.source_path = path;
  if (doc.meta.title.empty()) doc.meta.title = name;
  if (doc.meta.author.empty()) doc.meta.author = name;
}

}  // namespace

model::Document read_document(std::string_view bytes, const std::string& path) {
  SourceText source = load_source(bytes, path);
  if (is_blank(source.text())) throw model::InputError(path, {}, "the file is empty");

  FrontMatter front_matter = read_front_matter(source, path);
  const char* no_content = "no résumé content after the front matter";
  if (is_blank(source.text().substr(front_matter.body_offset))) {
    throw model::InputError(path, {}, no_content);
  }

  std::vector<MarkdownNotice> notices;
  std::vector<model::Block> blocks = parse_markdown(source, front_matter.body_offset, &notices);
  if (blocks.empty()) {
    // Only HTML comments, say: nothing a reader would see.
    throw model::InputError(path, {},
                            front_matter.present ? no_content : "the file has no résumé content");
  }

  model::Document doc;
  doc.meta = std::move(front_matter.meta);
  doc.photo = std::move(front_matter.photo);
  take_photo_block(blocks, doc);
  take_name_and_contact(blocks, doc);
  take_photo_from_header(doc);
  resolve_soft_breaks(blocks);
  find_entries(blocks);
  doc.blocks = std::move(blocks);
  fill_metadata_defaults(doc, path);
  for (const MarkdownNotice& n : notices)
    doc.diagnostics.add({.file = path, .line = n.line, .message = n.message});
  return doc;
}

}  // namespace jianli::parse
