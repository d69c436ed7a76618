// URIs as they go into a link annotation.
#pragma once

#include <string>
#include <string_view>

namespace jianli::pdf {

// Percent-encodes bytes a PDF /URI must not carry raw: non-ASCII (libharu writes UTF-8 bytes
// raw, libharu-2.3.md "Link annotations"), spaces and control characters. Existing %XX
// escapes and reserved characters (: / ? # @ & = + …) are left as they are.
std::string percent_encode_uri(std::string_view uri);

}  // namespace jianli::pdf
