// Small helpers shared by the parse tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/error.h"
#include "parse/document_reader.h"
#include "text/error_format.h"

namespace jianli::parse::testing {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The table of section headings jianli ships (data/sections.yaml).
inline const SectionRoles& shipped_roles() {
  static const SectionRoles roles = load_section_roles(JIANLI_SOURCE_DIR "/data/sections.yaml");
  return roles;
}

inline model::Document parse(const std::string& source) {
  return read_document(source, "test.md", shipped_roles());
}

// The formatted error for `source`, or "" when it parses.
inline std::string error_of(const std::string& source) {
  try {
    read_document(source, "test.md", shipped_roles());
  } catch (const model::InputError& e) {
    return text::format_error(e);
  }
  return "";
}

inline std::vector<std::string> texts(const model::Inlines& inlines) {
  std::vector<std::string> out;
  for (const model::Span& span : inlines) out.push_back(span.text);
  return out;
}

// Top-level headings' text, in order.
inline std::vector<std::string> headings(const model::Document& doc, int level) {
  std::vector<std::string> out;
  for (const model::Block& block : doc.blocks) {
    if (block.kind == model::BlockKind::Heading && block.level == level) {
      out.push_back(model::plain_text(block.inlines));
    }
  }
  return out;
}

}  // namespace jianli::parse::testing
