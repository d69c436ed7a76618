// libFuzzer target: any bytes as HTML, read both ways a résumé carries it: as HTML
// blocks (gumbo, with the nesting cap and the table and list builders) and as inline
// tags inside a Markdown paragraph. A crash, a hang, a leak or a sanitizer report is a
// bug; a model::InputError (bad UTF-8, say) is the user's precise message.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/error.h"
#include "parse/document_reader.h"
#include "parse/html_reader.h"
#include "parse/markdown_notice.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  jianli::parse::Notices notices;
  jianli::parse::read_html(bytes, 1, jianli::parse::HtmlBlockEnd::BlankLine, notices);
  jianli::parse::open_structures(bytes);
  // The same bytes after text in a paragraph, where md4c hands tags over one by one,
  // and after a <div> block left open, which aligns the Markdown that follows.
  std::string markdown = "<div align=center>\n\n# 名\n\n文字 " + std::string(bytes) + "\n";
  try {
    jianli::parse::read_document(markdown, "fuzz.md");
  } catch (const jianli::model::InputError&) {
  }
  return 0;
}
