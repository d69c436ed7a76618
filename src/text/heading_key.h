// The form in which a heading's text is compared with the names of section roles
// (data/sections.yaml) and with the headings a résumé names in its front matter.
#pragma once

#include <string>
#include <string_view>

namespace jianli::text {

// `text` without what does not name the section: emoji, marks and numbering around it
// ("🎓 一、教育背景：" is "教育背景", "2. Technical Skills" is "technical skills"),
// Latin letters in lower case, `&` as "and", runs of spaces as one, no space next to a
// Han character ("教 育 背 景" is "教育背景").
std::string heading_key(std::string_view text);

}  // namespace jianli::text
