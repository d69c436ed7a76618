// jianli.1, the man page, written from the same option descriptions as --help (the hidden
// option --help-man prints it; CMake runs it at build time and installs the page).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace jianli::cli {

std::string man_page(const CLI::App& app, const std::string& version);

}  // namespace jianli::cli
