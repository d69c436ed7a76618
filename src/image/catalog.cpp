#include "image/catalog.h"

#include <fstream>
#include <iterator>

#include "image/probe.h"
#include "image/source_path.h"
#include "model/error.h"

namespace jianli::image {
namespace fs = std::filesystem;
namespace {

// Every image of the document, the photo first, in reading order; an explicit stack, as
// blocks nest as deep as the input makes them.
// Every image of the document in reading order, and apart those that stand as blocks of
// their own (not an icon in a line of text).
struct DocumentImages {
  std::vector<const model::Image*> all;
  std::vector<const model::Image*> blocks;
};

DocumentImages images_of(const model::Document& doc) {
  DocumentImages images;
  std::vector<const model::Image*>& found = images.all;
  auto spans = [&](const model::Inlines& inlines) {
    for (const model::Span& span : inlines)
      if (span.image) found.push_back(&*span.image);
  };
  if (doc.photo) found.push_back(&*doc.photo);
  spans(doc.name);
  for (const model::Inlines& line : doc.contact) spans(line);
  std::vector<const model::Block*> pending;
  for (auto block = doc.blocks.rbegin(); block != doc.blocks.rend(); ++block)
    pending.push_back(&*block);
  while (!pending.empty()) {
    const model::Block& block = *pending.back();
    pending.pop_back();
    if (block.image) {
      found.push_back(&*block.image);
      images.blocks.push_back(&*block.image);
    }
    spans(block.inlines);
    spans(block.right);
    if (block.table)
      for (const model::TableRow& row : block.table->rows)
        for (const model::TableCell& cell : row.cells) spans(cell.inlines);
    for (auto child = block.children.rbegin(); child != block.children.rend(); ++child)
      pending.push_back(&*child);
    for (auto item = block.items.rbegin(); item != block.items.rend(); ++item)
      for (auto child = item->blocks.rbegin(); child != item->blocks.rend(); ++child)
        pending.push_back(&*child);
  }
  return images;
}

// The image's place; a column found from where its src is written on its line when the
// reader knew only the line (md4c tells no columns), counted in code points from 1.
model::SourcePos place_of(const model::Image& image, const std::string& line_text) {
  model::SourcePos pos = image.pos;
  size_t at = image.src.empty() ? std::string::npos : line_text.find(image.src);
  if (pos.column > 0 || at == std::string::npos) return pos;
  pos.column = 1;
  for (size_t i = 0; i < at; ++i) pos.column += (static_cast<uint8_t>(line_text[i]) & 0xC0) != 0x80;
  return pos;
}

std::string quoted(const std::string& src) {
  constexpr size_t kMaxBytes = 60;
  if (src.size() <= kMaxBytes) return "'" + src + "'";
  size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<uint8_t>(src[cut]) & 0xC0) == 0x80) --cut;
  return "'" + src.substr(0, cut) + "…'";
}

std::string instead(const model::Image& image) {
  return image.alt.find_first_not_of(' ') == std::string::npos
             ? "; it has no alt text to show instead"
             : "; its alt text is shown instead";
}

// The file's bytes, or a reason why not. Reads no more than the limit allows.
std::string read_bytes(const fs::path& path, const Limits& limits, std::string& problem) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    problem = "there is no such file";
    return {};
  }
  if (!fs::is_regular_file(path, ec)) {
    problem = "it is not a file";
    return {};
  }
  uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > limits.max_bytes) {
    problem = "it is " + std::to_string(size >> 20) + " MB, more than the " +
              std::to_string(limits.max_bytes >> 20) + " MB an image may take";
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) problem = "it cannot be read";
  return bytes;
}

Probe checked(const std::string& bytes, const Limits& limits) {
  Probe probed = probe(bytes);
  if (!probed.ok) return probed;
  uint64_t pixels = uint64_t(probed.width) * uint64_t(probed.height);
  // An SVG's pixels are drawn at the placed size, not these; its limit is the bytes.
  if (probed.format != model::ImageFormat::Svg && pixels > limits.max_pixels) {
    probed.ok = false;
    probed.problem = "it is " + std::to_string(probed.width) + " × " +
                     std::to_string(probed.height) + " pixels, more than the " +
                     std::to_string(limits.max_pixels / 1'000'000) +
                     " million an image may have; scale it down";
    return probed;
  }
  return check_pixels(bytes, probed);
}

}  // namespace

const model::ImageFile* Catalog::find(const std::string& src) const {
  auto at = index_of_src_.find(src);
  return at == index_of_src_.end() || at->second < 0 ? nullptr : &files_[at->second];
}

std::vector<std::string> Catalog::paths() const {
  std::vector<std::string> paths;
  for (const model::ImageFile& file : files_) paths.push_back(file.path);
  return paths;
}

void Catalog::add(const std::string& src, model::ImageFile file) {
  std::string key = fs::path(file.path).lexically_normal().string();
  auto [at, fresh] = index_of_path_.try_emplace(key, static_cast<int>(files_.size()));
  if (fresh) files_.push_back(std::move(file));
  index_of_src_[src] = at->second;
}

namespace {

// The first block image drawn that says nothing, neither alt text nor title, and was not marked
// as decoration (HTML's alt=""), gets one warning: a tagged PDF makes it an artifact, which
// a screen reader skips (PDF/UA-1 7.3). One for the document. An icon in a line of text
// (beside a contact link) is decoration with no warning, and the photo is read as the
// person's name (layout/header.cpp).
void warn_of_undescribed(const model::Document& doc,
                         const std::vector<const model::Image*>& block_images,
                         const Catalog& catalog, const std::string& source,
                         model::Diagnostics& diagnostics) {
  for (const model::Image* image : block_images) {
    if (doc.photo && image == &*doc.photo) continue;
    if (image->decorative || image->alt.find_first_not_of(' ') != std::string::npos) continue;
    if (!catalog.find(image->src)) continue;  // not drawn: warned already
    model::SourcePos pos = place_of(*image, model::line_of(source, image->pos.line));
    diagnostics.add({.file = doc.meta.source_path,
                     .line = pos.line,
                     .column = pos.column,
                     .message = "image has no alt text; add ![description](file) or it is "
                                "treated as decoration"});
    return;
  }
}

}  // namespace

Catalog load_images(const model::Document& doc, const std::string& source,
                    const LoadOptions& options, model::Diagnostics& diagnostics) {
  Catalog catalog;
  const std::string& file = doc.meta.source_path;
  const DocumentImages images = images_of(doc);
  for (const model::Image* image : images.all) {
    if (catalog.has(image->src)) continue;
    std::string line_text = model::line_of(source, image->pos.line);
    model::SourcePos pos = place_of(*image, line_text);
    auto warn = [&](const std::string& message) {
      diagnostics.add({.file = file, .line = pos.line, .column = pos.column, .message = message});
      catalog.add_missing(image->src);
    };
    ImageSource where = resolve_source(image->src, options.folder, options.allow_outside);
    switch (where.kind) {
      case SourceKind::Empty:
        warn("an image without a source is not drawn" + instead(*image));
        continue;
      case SourceKind::Url:
        warn("image " + quoted(image->src) +
             " is not drawn: jianli fetches nothing from the web; save it beside the résumé" +
             instead(*image));
        continue;
      case SourceKind::Scheme:
        warn("image " + quoted(image->src) + " is not drawn: only files are read" +
             instead(*image));
        continue;
      case SourceKind::Outside:
        throw model::InputError(file, pos,
                                "image " + quoted(image->src) +
                                    " is outside the résumé's folder, and jianli reads no "
                                    "files there; copy it beside the résumé, or allow it with "
                                    "--allow-images-outside",
                                line_text);
      case SourceKind::File:
        break;
    }
    std::string problem;
    std::string bytes = read_bytes(where.path, options.limits, problem);
    Probe probed = problem.empty() ? checked(bytes, options.limits) : Probe{};
    if (!problem.empty() || !probed.ok) {
      catalog.add_unread(where.path.string());
      warn("image " + quoted(image->src) +
           " is not drawn: " + (problem.empty() ? probed.problem : problem) + instead(*image));
      continue;
    }
    catalog.add(image->src, {.path = where.path.string(),
                             .format = probed.format,
                             .width = probed.width,
                             .height = probed.height,
                             .orientation = probed.orientation,
                             .bytes = std::move(bytes)});
  }
  warn_of_undescribed(doc, images.blocks, catalog, source, diagnostics);
  return catalog;
}

}  // namespace jianli::image
