// --all-langs and --all-variants: one input becomes one job per language or variant,
// rendered in the same parallel batch as several inputs are.
#pragma once

#include <vector>

#include "cli/render.h"

namespace jianli::cli {

struct VersionRequest {
  bool all_langs = false;     // one PDF per language: resume.zh.pdf, resume.en.pdf
  bool all_variants = false;  // one PDF per variant: resume.ml.pdf, …
  bool wanted() const { return all_langs || all_variants; }
};

// `job` once per language and/or variant its input offers, each writing NAME.VARIANT.LANG.pdf
// beside `job.output`. An input that cannot be read or planned stays one job, whose
// rendering then reports the error where it is.
std::vector<RenderJob> expand_versions(const RenderJob& job, const VersionRequest& request);

}  // namespace jianli::cli
