// The one URL and e-mail detector: where each address begins and ends, and where it points.
// The Markdown reader (bare links) and line breaking (B3, B5) both use it.
#include "text/links.h"

#include <gtest/gtest.h>

#include "parse/markdown_text.h"
#include "text/utf8.h"

namespace jianli::text {
namespace {

// Each found address as "kind:text→target".
std::vector<std::string> found(const std::u32string& s) {
  std::vector<std::string> out;
  for (const FoundLink& link : find_links(s)) {
    std::string kind = link.kind == LinkKind::Url ? "url:" : "email:";
    out.push_back(kind + to_utf8(s.substr(link.begin, link.end - link.begin)) + "→" +
                  to_utf8(link_target(s, link)));
  }
  return out;
}

using Found = std::vector<std::string>;

TEST(FindLinks, UrlsLeaveSentencePunctuationOut) {
  EXPECT_EQ(found(U"见https://a.cn/x。"), Found{"url:https://a.cn/x→https://a.cn/x"});
  EXPECT_EQ(found(U"(see https://en.wikipedia.org/wiki/C_(language)). Done"),
            Found{"url:https://en.wikipedia.org/wiki/C_(language)→"
                  "https://en.wikipedia.org/wiki/C_(language)"});
  EXPECT_EQ(found(U"[site: www.x.com] or ~www.y.org~"),
            (Found{"url:www.x.com→http://www.x.com", "url:www.y.org→http://www.y.org"}));
  EXPECT_EQ(found(U"HTTPS://A.CN"), Found{"url:HTTPS://A.CN→HTTPS://A.CN"});
}

TEST(FindLinks, NoUrlStartsInsideAWordOrAPath) {
  EXPECT_EQ(found(U"awww.x.com"), Found{});
  EXPECT_EQ(found(U"a.www.x.com"), Found{});
  EXPECT_EQ(found(U"https://a.cn/www.b.cn"),
            Found{"url:https://a.cn/www.b.cn→https://a.cn/www.b.cn"});
}

TEST(FindLinks, AddressesNeedADotInTheDomainAndStayOutOfUrls) {
  EXPECT_EQ(found(U"邮箱：zhang.san+cv@mail.example.com。"),
            Found{"email:zhang.san+cv@mail.example.com→mailto:zhang.san+cv@mail.example.com"});
  EXPECT_EQ(found(U"@home and a@b"), Found{});
  EXPECT_EQ(found(U"https://x.cn/u@v.cn"), Found{"url:https://x.cn/u@v.cn→https://x.cn/u@v.cn"});
}

// The reader makes links of exactly what the detector finds, in bytes of UTF-8.
TEST(FindLinks, TheMarkdownReaderLinksWhatLineBreakingSees) {
  const std::string text = "主页www.x.com/简历，邮箱a@b.cn。";
  std::vector<parse::BareLink> links = parse::find_bare_links(text);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(text.substr(links[0].begin, links[0].end - links[0].begin), "www.x.com/");
  EXPECT_EQ(links[0].target, "http://www.x.com/");
  EXPECT_EQ(text.substr(links[1].begin, links[1].end - links[1].begin), "a@b.cn");
  EXPECT_EQ(links[1].target, "mailto:a@b.cn");
  LinkSpans spans = find_link_spans(to_utf32(text));
  EXPECT_EQ(spans.kind[2], LinkKind::Url);     // w
  EXPECT_EQ(spans.kind[12], LinkKind::None);   // 简
  EXPECT_EQ(spans.kind[17], LinkKind::Email);  // a
}

}  // namespace
}  // namespace jianli::text
