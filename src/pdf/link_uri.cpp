#include "pdf/link_uri.h"

namespace jianli::pdf {

std::string percent_encode_uri(std::string_view uri) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(uri.size());
  for (char ch : uri) {
    auto byte = static_cast<unsigned char>(ch);
    bool keep = byte > 0x20 && byte < 0x7F && byte != '"' && byte != '<' && byte != '>' &&
                byte != '\\' && byte != '^' && byte != '`' && byte != '{' && byte != '|' &&
                byte != '}';
    if (keep) {
      out += ch;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

}  // namespace jianli::pdf
