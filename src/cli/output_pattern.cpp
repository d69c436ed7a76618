#include "cli/output_pattern.h"

#include <CLI/CLI.hpp>
#include <filesystem>

namespace jianli::cli {
namespace fs = std::filesystem;
namespace {

constexpr const char* kFields = "{stem}, {dir}, {lang}, {variant} and {ext}";

std::string field_value(const std::string& field, const RenderJob& job) {
  if (field == "stem") return fs::path(job.input).stem().string();
  if (field == "dir") {
    std::string dir = fs::path(job.input).parent_path().string();
    return dir.empty() ? "." : dir;
  }
  if (field == "lang") return job.selection.lang;
  if (field == "variant") return job.selection.variant;
  if (field == "ext") return job.format == OutputFormat::Png ? "png" : "pdf";
  throw CLI::ValidationError("--output",
                             "has an unknown field '{" + field + "}'; the fields are " + kFields);
}

bool is_separator(char c) { return c == '.' || c == '-' || c == '_'; }

}  // namespace

bool is_output_pattern(const std::string& output) { return output.find('{') != std::string::npos; }

std::string expand_output_pattern(const std::string& pattern, const RenderJob& job) {
  std::string name;
  size_t at = 0;
  while (at < pattern.size()) {
    size_t open = pattern.find('{', at);
    name += pattern.substr(at, open - at);
    if (open == std::string::npos) break;
    size_t close = pattern.find('}', open);
    if (close == std::string::npos)
      throw CLI::ValidationError(
          "--output", "has a '{' with no '}' after it; the fields are " + std::string(kFields));
    std::string value = field_value(pattern.substr(open + 1, close - open - 1), job);
    at = close + 1;
    if (value.empty()) {
      // An empty folder name ({lang}/cv.pdf) goes with its '/': never the root folder.
      if ((name.empty() || name.back() == '/') && at < pattern.size() && pattern[at] == '/')
        ++at;
      else if (!name.empty() && is_separator(name.back()))
        name.pop_back();
    }
    name += value;
  }
  return name;
}

}  // namespace jianli::cli
