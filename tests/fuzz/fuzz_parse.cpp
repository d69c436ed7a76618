// libFuzzer target: any bytes as a résumé file. Reading may refuse the input with a
// model::InputError (that is the precise message a user gets); any other exception,
// a crash, a hang or a sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/error.h"
#include "parse/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    jianli::parse::read_document(bytes, "fuzz.md");
  } catch (const jianli::model::InputError&) {
  }
  return 0;
}
