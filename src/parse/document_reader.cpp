#include "parse/document_reader.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "model/error.h"
#include "parse/contact_reach.h"
#include "parse/entries.h"
#include "parse/front_matter.h"
#include "parse/header_places.h"
#include "parse/liquid.h"
#include "parse/markdown.h"
#include "parse/markdown_source.h"
#include "parse/markdown_text.h"
#include "parse/photo.h"
#include "parse/shortcodes.h"
#include "parse/smart_punctuation.h"
#include "parse/typed_bullets.h"
#include "text/utf8.h"

namespace jianli::parse {
namespace {

using model::BlockKind;

bool is_heading(const model::Block& block) { return block.kind == BlockKind::Heading; }

// A name is a few words: a longer heading is a title or a sentence, not a person.
constexpr size_t kMaxNameCharacters = 40;

bool may_be_name(const model::Block& block) {
  return is_heading(block) && block.role == model::SectionRole::None &&
         text::count_code_points(model::plain_text(block.inlines)) <= kMaxNameCharacters;
}

// The block the résumé opens with: only a photo or a rule may stand above a name, text
// there would be the header itself.
std::vector<model::Block>::iterator opening_block(std::vector<model::Block>& blocks) {
  return std::find_if(blocks.begin(), blocks.end(), [](const model::Block& b) {
    return b.kind != BlockKind::Image && b.kind != BlockKind::Rule;
  });
}

// The heading that holds the person's name: the first level-1 heading that names no
// section (an HTML <h1> is one too); else a heading at the top, before every section,
// that names none itself (`## 张三` over `## 教育经历`).
std::vector<model::Block>::iterator find_name(std::vector<model::Block>& blocks) {
  auto first_level_one = std::find_if(blocks.begin(), blocks.end(), [](const model::Block& b) {
    return is_heading(b) && b.level == 1 && b.role == model::SectionRole::None;
  });
  if (first_level_one != blocks.end()) return first_level_one;
  auto top = opening_block(blocks);
  if (top != blocks.end() && may_be_name(*top)) return top;
  return blocks.end();
}

// A contact line is short: "电话：138…", "github.com/zhangsan".
constexpr size_t kMaxContactItemCharacters = 80;

// A bullet list of contact items: each item one short paragraph.
bool is_contact_list(const model::Block& block) {
  if (block.kind != BlockKind::List || block.items.empty()) return false;
  return std::all_of(block.items.begin(), block.items.end(), [](const model::ListItem& item) {
    return item.blocks.size() == 1 && item.blocks[0].kind == BlockKind::Paragraph &&
           text::count_code_points(model::plain_text(item.blocks[0].inlines)) <=
               kMaxContactItemCharacters;
  });
}

// A contact list's items, one line each.
std::vector<model::Inlines> list_lines(const model::Block& list) {
  std::vector<model::Inlines> lines;
  for (const model::ListItem& item : list.items)
    lines.push_back(resolve_soft_breaks(item.blocks[0].inlines));
  return lines;
}

// Which paragraph after the name is its contact block: any, under a name heading; only
// one of short lines at the top of a résumé named in its front matter, where a longer
// paragraph is the résumé's opening text.
enum class ContactParagraph { Any, ShortLines };

// A contact line with its separators: "📧 a@b.org · 🌐 https://a.org · 📱 138…".
constexpr size_t kMaxContactLineCharacters = 120;

bool all_short(const std::vector<model::Inlines>& lines) {
  return std::all_of(lines.begin(), lines.end(), [](const model::Inlines& line) {
    return text::count_code_points(model::plain_text(line)) <= kMaxContactLineCharacters;
  });
}

// Finds the header lines of the block at `at` in the source: from its first line to the
// next block's.
HeaderPlacer placer_for(const SourceText& source, const std::vector<model::Block>& blocks,
                        std::vector<model::Block>::const_iterator at) {
  auto next = std::next(at);
  return HeaderPlacer(source, at->pos.line, next == blocks.end() ? 0 : next->pos.line);
}

// The block at `at` is the contact block when it is a paragraph (one contact line per
// line) or a list of short items (one line per item).
void take_contact(std::vector<model::Block>& blocks, std::vector<model::Block>::iterator at,
                  ContactParagraph paragraph, const SourceText& source, model::Document& doc) {
  if (at == blocks.end()) return;
  if (at->kind == BlockKind::Paragraph) {
    std::vector<model::Inlines> lines = split_lines(at->inlines);
    if (paragraph == ContactParagraph::ShortLines && !all_short(lines)) return;
    doc.contact = std::move(lines);
  } else if (is_contact_list(*at)) {
    doc.contact = list_lines(*at);
  } else {
    return;
  }
  HeaderPlacer placer = placer_for(source, blocks, at);
  for (const model::Inlines& line : doc.contact) doc.contact_pos.push_back(placer.place(line));
  const bool lines = at->kind == BlockKind::Paragraph;
  at = blocks.erase(at);
  // More paragraphs of lines to reach the person by, or of personal details: a tagline and
  // then "(+86) 185-… | x@foxmail.com" or "籍贯：广西贺州 | 政治面貌：群众" as a paragraph of
  // its own stood under the header rule, in the body.
  while (lines && at != blocks.end() && at->kind == BlockKind::Paragraph) {
    std::vector<model::Inlines> more = split_lines(at->inlines);
    if (!all_short(more) || !std::all_of(more.begin(), more.end(), [](const auto& line) {
          return reaches_the_person(line) || lists_details(line);
        }))
      break;
    HeaderPlacer more_placer = placer_for(source, blocks, at);
    for (model::Inlines& line : more) {
      doc.contact_pos.push_back(more_placer.place(line));
      doc.contact.push_back(std::move(line));
    }
    at = blocks.erase(at);
  }
  // Contact lines, then a bullet list of contact items: corpus 15's header <div> holds the
  // name and "产品经理 · 五年 B 端产品经验", and "- 电话：177…" "- 邮箱：…" follow it. The list
  // stood in the body under the header, and a sidebar's contact column had only the tagline.
  if (!lines || at == blocks.end() || !is_contact_list(*at) ||
      !std::all_of(at->items.begin(), at->items.end(), [](const model::ListItem& item) {
        return model::holds_contact_data(item.blocks[0].inlines);
      }))
    return;
  HeaderPlacer list_placer = placer_for(source, blocks, at);
  for (model::Inlines& line : list_lines(*at)) {
    doc.contact_pos.push_back(list_placer.place(line));
    doc.contact.push_back(std::move(line));
  }
  blocks.erase(at);
}

// A name written as the bold or enlarged first line of the résumé's opening paragraph,
// as HTML headers often are (`<font size="6"><b>何静雯</b></font><br>…`): every visible
// span bold or at least a third larger, and short. A bold line alone is a bold paragraph;
// a name line has lines under it or stands out by its size.
bool is_name_line(const model::Inlines& line, bool more_lines) {
  bool seen = false, large = false;
  for (const model::Span& span : line) {
    if (is_blank(span.text)) continue;
    if (!span.bold && span.scale < 1.3) return false;
    seen = true;
    large = large || span.scale >= 1.3;
  }
  return seen && (more_lines || large) &&
         text::count_code_points(model::plain_text(line)) <= kMaxNameCharacters;
}

// The opening paragraph (only a photo or a rule above it) when its first line is a name:
// that line is the name and the lines after it the contact block.
bool take_name_line(std::vector<model::Block>& blocks, const SourceText& source,
                    model::Document& doc) {
  auto top = opening_block(blocks);
  if (top == blocks.end() || top->kind != BlockKind::Paragraph) return false;
  std::vector<model::Inlines> lines = split_lines(top->inlines);
  if (lines.empty() || !is_name_line(lines.front(), lines.size() > 1)) return false;
  HeaderPlacer placer = placer_for(source, blocks, top);
  doc.name = {model::Span{.text = model::plain_text(lines.front())}};
  doc.name_pos = placer.place(doc.name);
  doc.contact.assign(lines.begin() + 1, lines.end());
  for (const model::Inlines& line : doc.contact) doc.contact_pos.push_back(placer.place(line));
  blocks.erase(top);
  return true;
}

// The front matter's `key` as the name, the contact block what the body opens with.
bool take_front_matter_name(const char* key, std::vector<model::Block>& blocks,
                            const FrontMatter& front_matter, const SourceText& source,
                            model::Document& doc) {
  auto value = front_matter.variables.find(key);
  if (value == front_matter.variables.end() || is_blank(value->second)) return false;
  doc.name = {model::Span{.text = value->second}};
  if (auto place = front_matter.places.find(key); place != front_matter.places.end())
    doc.name_pos = place->second;
  take_contact(blocks, blocks.begin(), ContactParagraph::ShortLines, source, doc);
  return true;
}

// The name leaves the body, with its contact block; without a heading for it, the front
// matter's `name` or `author` stands in; else a bold first line at the top is the name;
// else the front matter's `title`. A Jekyll page's title names the page ("Tomás Novák —
// CV", "林书远的简历"), so the name the body sets in bold comes first: with the title first,
// corpus 08's header showed both.
// Whether the block is a list of two contact items or more, one of them at least a way to
// reach the person: the contact block of smt/resume's template.
bool contact_item_list(const model::Block& block) {
  if (!is_contact_list(block) || block.items.size() < 2) return false;
  auto text = [](const model::ListItem& item) -> const model::Inlines& {
    return item.blocks[0].inlines;
  };
  return std::all_of(
             block.items.begin(), block.items.end(),
             [&](const model::ListItem& item) { return model::holds_contact_data(text(item)); }) &&
         std::any_of(block.items.begin(), block.items.end(),
                     [&](const model::ListItem& item) { return reaches_the_person(text(item)); });
}

// A heading right under the name that names no section, over the contact lines, is the
// tagline: smt/resume's template and its many forks write "# 蔡梦杰", "## 安卓开发工程师",
// then a list of contact items, which stood in the body as a section of their own.
// Returns the tagline, taken out of `blocks`, with its place.
std::optional<std::pair<model::Inlines, model::SourcePos>> take_tagline_heading(
    std::vector<model::Block>& blocks, std::vector<model::Block>::iterator& at,
    const SourceText& source) {
  if (at == blocks.end() || at->kind != BlockKind::Heading ||
      at->role != model::SectionRole::None || at->level < 2 || std::next(at) == blocks.end() ||
      !contact_item_list(*std::next(at)))
    return std::nullopt;
  model::Inlines tagline = resolve_soft_breaks(at->inlines);
  const model::SourcePos pos = HeaderPlacer(source, at->pos.line, at->pos.line + 1).place(tagline);
  at = blocks.erase(at);
  return std::pair{std::move(tagline), pos};
}

void take_name_and_contact(std::vector<model::Block>& blocks, const FrontMatter& front_matter,
                           const SourceText& source, model::Document& doc) {
  auto name = find_name(blocks);
  if (name != blocks.end()) {
    doc.name = resolve_soft_breaks(name->inlines);
    doc.name_pos = HeaderPlacer(source, name->pos.line, name->pos.line + 1).place(doc.name);
    auto after = blocks.erase(name);
    auto tagline = take_tagline_heading(blocks, after, source);
    take_contact(blocks, after, ContactParagraph::Any, source, doc);
    if (tagline) {
      doc.contact.insert(doc.contact.begin(), std::move(tagline->first));
      doc.contact_pos.insert(doc.contact_pos.begin(), tagline->second);
    }
    return;
  }
  for (const char* key : {"name", "author"})
    if (take_front_matter_name(key, blocks, front_matter, source, doc)) return;
  if (take_name_line(blocks, source, doc)) return;
  take_front_matter_name("title", blocks, front_matter, source, doc);
}

// The PDF's title and author: the front matter's, else the name; a résumé with no name
// at all is titled by its file's name, never left untitled.
void fill_metadata_defaults(model::Document& doc, const std::string& path) {
  std::string name = model::plain_text(doc.name);
  if (name.empty()) name = std::filesystem::path(path).stem().string();
  doc.meta.source_path = path;
  if (doc.meta.title.empty()) {
    doc.meta.title = name;
    doc.meta.title_pos = doc.name_pos;
  }
  if (doc.meta.author.empty()) {
    doc.meta.author = model::plain_text(doc.name);
    doc.meta.author_pos = doc.name_pos;
  }
}

}  // namespace

model::Document read_document(std::string_view bytes, const std::string& path,
                              const SectionRoles& roles, const Selection& selection) {
  SourceText typed = load_source(bytes, path);
  if (is_blank(typed.text())) throw model::InputError(path, {}, "the file is empty");

  // The other languages' blocks and the other variants' parts are blanked out first, so
  // that Liquid in them is never filled in (or warned about).
  SelectedSource selected = select_source(typed, path, selection);
  FrontMatter& front_matter = selected.front_matter;
  model::Diagnostics liquid_warnings;
  // Jekyll fills its Liquid in before Markdown is read, so does this.
  const SourceText source = expand_liquid(selected.text, front_matter.body_offset,
                                          front_matter.variables, path, liquid_warnings);
  check_private_needed(selected.missing_private, liquid_warnings, path, selected.text);
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
  doc.diagnostics = std::move(liquid_warnings);
  replace_shortcodes(blocks, path, doc.diagnostics);
  lists_from_typed_bullets(blocks);
  assign_section_roles(blocks, roles);
  doc.photo = std::move(front_matter.photo);
  take_photo_block(blocks, doc);
  take_name_and_contact(blocks, front_matter, source, doc);
  take_photo_from_header(doc);
  resolve_soft_breaks(blocks);
  doc.blocks = std::move(blocks);
  smarten(doc);  // before entries, so that a range typed 2019--2021 has its en dash
  find_entries(doc.blocks);
  fill_metadata_defaults(doc, path);
  for (const MarkdownNotice& n : notices)
    doc.diagnostics.add({.file = path, .line = n.line, .message = n.message});
  return doc;
}

}  // namespace jianli::parse
