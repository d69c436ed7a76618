// -o with fields in braces (`-o '{stem}.{lang}.{variant}.pdf'`): one name per job, for many
// inputs and for --all-langs/--all-variants, where a plain file name would be written over.
#pragma once

#include <string>

#include "cli/render.h"

namespace jianli::cli {

// Whether `output` (-o's value) is a pattern: it has a field in braces.
bool is_output_pattern(const std::string& output);

// `pattern` with its fields filled in for `job` (whose input, format and selection are set):
//   {stem}    the input's name without its extension (resume for cv/resume.md)
//   {dir}     the input's folder (. when it has none)
//   {lang}    the language of --lang or --all-langs
//   {variant} the variant of --variant or --all-variants
//   {ext}     pdf or png, as --format
// An empty field takes the '.', '-' or '_' before it along (resume.{variant}.pdf without a
// variant is resume.pdf), and a whole folder name its '/' ({lang}/cv.pdf is cv.pdf). Throws
// CLI::ValidationError for an unknown or unclosed field.
std::string expand_output_pattern(const std::string& pattern, const RenderJob& job);

}  // namespace jianli::cli
