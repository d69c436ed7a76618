// A link's target is written once however many lines and pages lead to it (issue 12): each
// line of a link is an annotation of its own, and they share one URI action.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "process.h"
#include "scratch_dir.h"

namespace jianli::test {
namespace {

class SharedLinksTest : public ScratchDirTest {};

// Each annotation as "(action object number) URI", one a line, as pypdf reads them; an
// action written into its annotation, with no number, fails the script.
std::string annotations(const std::string& pdf) {
  SplitResult r = run_split(
      "/usr/bin/python3 -c 'import sys, pypdf\n"
      "for page in pypdf.PdfReader(sys.argv[1]).pages:\n"
      "  for a in page.get(\"/Annots\") or []:\n"
      "    a = a.get_object()\n"
      "    print(a.raw_get(\"/A\").idnum, a[\"/A\"][\"/URI\"])' '" +
      pdf + "'");
  EXPECT_EQ(r.status, 0) << r.err;
  return r.out;
}

TEST_F(SharedLinksTest, EveryLineAndPageOfALinkSharesOneAction) {
  const std::string long_url = "https://example.com/" + std::string(600, 'a');
  // The long address runs over several lines; a page break puts the same link on page 2.
  const std::string md =
      write("r.md", "# 张三\n\n## 经历\n\n见 " + long_url + " 。\n\n<!-- pagebreak -->\n\n[主页](" +
                        long_url + ")与[另一处](https://example.org/)。\n");
  SplitResult r = run_split(jianli() + " " + md + " -o " + path("out.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;

  std::istringstream lines(annotations(path("out.pdf")));
  std::map<std::string, std::set<std::string>> actions_of;  // URI -> action objects
  int count = 0;
  for (std::string number, uri; lines >> number >> uri; ++count) actions_of[uri].insert(number);
  EXPECT_GE(count, 6) << "the long address is set over several lines";
  ASSERT_EQ(actions_of.size(), 2u);
  EXPECT_EQ(actions_of[long_url].size(), 1u) << "one action for all its lines and pages";
  EXPECT_EQ(actions_of["https://example.org/"].size(), 1u);
  EXPECT_NE(*actions_of[long_url].begin(), *actions_of["https://example.org/"].begin());
}

}  // namespace
}  // namespace jianli::test
