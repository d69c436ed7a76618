// Reads every image a document names, once each, before layout: the only stage that
// opens image files. Layout asks the catalog for an image's file and size; the PDF
// embeds the files the layout placed.
//
// What cannot be drawn is told where it was written: an http(s) URL, a missing, damaged
// or oversized file is a warning and the image's alt text is shown instead (the résumé
// still comes out, and a wrong path is the most common slip); a path that leaves the
// résumé's folder is an error, because rendering must not read another file silently.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/document.h"
#include "model/image_file.h"

namespace jianli::image {

struct Limits {
  // A résumé photo is some hundreds of KB; a phone's full-size JPEG about 5 MB.
  uint64_t max_bytes = 20 << 20;
  // 24 Mpx is a 6000 × 4000 camera photo. Decoded as RGBA it takes 96 MB, and libharu
  // holds it once more; a 20,000 × 20,000 PNG of a few KB would take 1.6 GB.
  uint64_t max_pixels = 24'000'000;
};

struct LoadOptions {
  std::filesystem::path folder;  // the résumé's folder; relative sources start here
  bool allow_outside = false;    // --allow-images-outside
  Limits limits;
};

class Catalog {
 public:
  // The file an image's src names, or null when it is not drawn (already warned).
  const model::ImageFile* find(const std::string& src) const;

  // Adds a file under `src`; a second src naming the same file shares its entry.
  void add(const std::string& src, model::ImageFile file);
  void add_missing(const std::string& src) { index_of_src_[src] = -1; }
  bool has(const std::string& src) const { return index_of_src_.count(src) > 0; }
  // The image files read, each once, as their ImageFile::path names them.
  std::vector<std::string> paths() const;
  // A file named but not drawn (missing, damaged, oversized): --watch renders again when it
  // is saved.
  void add_unread(const std::string& path) { unread_.push_back(path); }
  const std::vector<std::string>& unread_paths() const { return unread_; }

 private:
  std::vector<model::ImageFile> files_;
  std::map<std::string, int> index_of_src_;   // -1: not drawn
  std::map<std::string, int> index_of_path_;  // a file named two ways is read once
  std::vector<std::string> unread_;
};

// Reads the images of `doc` (the photo, block and inline images, in lists, quotes and
// tables). `source` is the Markdown file's text, for the line under an error. Throws
// model::InputError for an image outside the résumé's folder.
Catalog load_images(const model::Document& doc, const std::string& source,
                    const LoadOptions& options, model::Diagnostics& diagnostics);

}  // namespace jianli::image
