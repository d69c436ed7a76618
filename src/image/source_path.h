// Where an image's `src` leads, and whether jianli may read it. A résumé is often
// rendered from someone else's repository: only files in its folder or below are read,
// so that `![](/etc/shadow)` or `../../secret.png` cannot put another file into the PDF.
#pragma once

#include <filesystem>
#include <string>

namespace jianli::image {

enum class SourceKind {
  File,     // `path` may be read
  Url,      // http(s): never fetched
  Scheme,   // another scheme (data:, file:, ftp:): not read
  Outside,  // absolute, or leaves the résumé's folder (`..`, a symlink out)
  Empty,    // no src at all
};

struct ImageSource {
  SourceKind kind = SourceKind::Empty;
  std::filesystem::path path;  // File and Outside: where it leads (Outside: resolved)
};

// `folder` is the résumé's folder. With `allow_outside` an absolute path or one that
// leaves the folder is read like any other (--allow-images-outside).
ImageSource resolve_source(const std::string& src, const std::filesystem::path& folder,
                           bool allow_outside);

}  // namespace jianli::image
