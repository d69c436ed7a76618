#include "image/source_path.h"

#include <algorithm>
#include <cctype>

namespace jianli::image {
namespace fs = std::filesystem;
namespace {

// "http:", "data:" …: RFC 3986's scheme, longer than one letter so that a Windows drive
// ("C:") is a path.
size_t scheme_length(const std::string& src) {
  size_t colon = src.find(':');
  if (colon == std::string::npos || colon < 2 || !std::isalpha(static_cast<unsigned char>(src[0])))
    return 0;
  bool scheme = std::all_of(src.begin(), src.begin() + colon, [](unsigned char c) {
    return std::isalnum(c) || c == '+' || c == '-' || c == '.';
  });
  return scheme ? colon : 0;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// Markdown writes a space in a link as %20: `![](my%20photo.jpg)`.
std::string percent_decoded(const std::string& src) {
  std::string out;
  for (size_t i = 0; i < src.size(); ++i) {
    int high = i + 2 < src.size() && src[i] == '%' ? hex_value(src[i + 1]) : -1;
    int low = high >= 0 ? hex_value(src[i + 2]) : -1;
    if (low < 0) {
      out += src[i];
      continue;
    }
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

// Whether `path` (resolved) lies in `folder` (resolved) or below it.
bool is_within(const fs::path& path, const fs::path& folder) {
  auto [end, _] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return end == folder.end();
}

}  // namespace

ImageSource resolve_source(const std::string& src, const fs::path& written_folder,
                           bool allow_outside) {
  // `jianli resume.md` gives the folder of a bare file name as "", which std::filesystem
  // cannot make absolute: every path then counted as inside (`../x.jpg` was read).
  const fs::path folder = written_folder.empty() ? fs::path(".") : written_folder;
  std::string path_text = src.substr(0, src.find_first_of("?#"));
  if (path_text.empty()) return {SourceKind::Empty, {}};
  if (size_t length = scheme_length(src)) {
    std::string scheme = lower(src.substr(0, length));
    return {scheme == "http" || scheme == "https" ? SourceKind::Url : SourceKind::Scheme, {}};
  }
  fs::path written = path_text;
  fs::path decoded = percent_decoded(path_text);
  std::error_code ec;
  // As written when such a file exists, else with %XX decoded.
  if (!fs::exists(folder / written, ec) && fs::exists(folder / decoded, ec)) written = decoded;
  fs::path joined = written.is_absolute() ? written : folder / written;
  // Symlinks resolved, `..` folded: where the bytes would really come from.
  // Made absolute first: weakly_canonical leaves a relative path that does not exist as it is.
  fs::path real = fs::weakly_canonical(fs::absolute(joined, ec), ec);
  if (ec) real = fs::absolute(joined).lexically_normal();
  fs::path real_folder = fs::weakly_canonical(fs::absolute(folder, ec), ec);
  if (ec) real_folder = fs::absolute(folder).lexically_normal();
  bool inside = !written.is_absolute() && is_within(real, real_folder);
  if (!inside && !allow_outside) return {SourceKind::Outside, real};
  return {SourceKind::File, joined};
}

}  // namespace jianli::image
