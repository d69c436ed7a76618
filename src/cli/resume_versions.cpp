#include "cli/resume_versions.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/error.h"
#include "parse/selection.h"

namespace jianli::cli {
namespace fs = std::filesystem;
namespace {

std::optional<parse::SourcePlan> plan_of(const std::string& input) {
  // A pipe would block here and be empty when rendered; rendering refuses it by name.
  std::error_code ec;
  if (!fs::is_regular_file(input, ec)) return std::nullopt;
  std::ifstream in(input, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  try {
    return parse::plan_source(bytes.str(), input);
  } catch (const model::InputError&) {
    return std::nullopt;  // the job reports it, located, when it renders
  }
}

// resume.pdf with the parts "ml", "en" → resume.ml.en.pdf
std::string output_named(const std::string& output, const std::vector<std::string>& parts) {
  fs::path path(output);
  std::string name = path.stem().string();
  for (const std::string& part : parts) name += "." + part;
  return (path.parent_path() / (name + path.extension().string())).string();
}

}  // namespace

std::vector<RenderJob> expand_versions(const RenderJob& job, const VersionRequest& request) {
  if (!request.wanted()) return {job};
  std::optional<parse::SourcePlan> plan = plan_of(job.input);
  if (!plan) return {job};
  // An empty name: the variant or language the job already has.
  std::vector<std::string> variants = {job.selection.variant};
  if (request.all_variants) variants = plan->variants;
  std::vector<std::string> languages = {job.selection.lang};
  if (request.all_langs) languages = plan->languages;
  if (variants.empty())
    throw CLI::ValidationError("--all-variants", "'" + job.input +
                                                     "' defines no variants; add front matter "
                                                     "such as 'variants: {ml: {tags: [ml]}}'");
  std::vector<RenderJob> jobs;
  for (const std::string& variant : variants) {
    for (const std::string& lang : languages) {
      RenderJob version = job;
      version.selection.variant = variant;
      version.selection.lang = lang;
      std::vector<std::string> parts;
      if (request.all_variants && !variant.empty()) parts.push_back(variant);
      if (request.all_langs && !lang.empty()) parts.push_back(lang);
      version.output = output_named(job.output, parts);
      jobs.push_back(std::move(version));
    }
  }
  return jobs;
}

}  // namespace jianli::cli
