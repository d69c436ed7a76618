// Which link targets a PDF keeps, for Markdown links and HTML's <a href>.
#pragma once

#include <string>

namespace jianli::parse {

// `<someone@example.com>` and permissive e-mail autolinks must lead to a mail program;
// "www.x.com" to a browser.
std::string link_target(std::string href);

// The schemes a résumé's reader can follow from a PDF. javascript:, file:, data: and the
// like are dropped (a PDF reader may run or open them); a relative link has nothing to be
// relative to in a PDF. An in-document anchor (#section) is kept as text without notice.
enum class LinkCheck { Kept, Anchor, Dropped, TooLong };
LinkCheck check_link(const std::string& target);

// The notice for a link that is shown as text only (Dropped or TooLong); "" otherwise.
std::string link_notice(const std::string& target, LinkCheck check);

}  // namespace jianli::parse
