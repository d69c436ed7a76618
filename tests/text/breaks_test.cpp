// Line-break opportunities: rules B1–B6 of ../shared/docs/cjk-typesetting.md §1
// and the §6 tailorings of UAX #14. Most tests draw the text as a reader would
// see the opportunities:
//   |  a line may break here (Allowed)
//   ¦  a line may break here, at a cost (Penalized: after a compound's hyphen; Costly: after
//      a slash between Latin tokens)
//   ~  only when nothing else fits the line (Emergency, B6)
//   !  the line must break here (Mandatory)
//   nothing: the line never breaks here (Prohibited)
#include "text/breaks.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace jianli::text {
namespace {

std::string marked(const std::string& utf8) {
  const std::u32string text = to_utf32(utf8);
  const std::vector<BreakClass> breaks = find_breaks(text);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    switch (breaks[i]) {
      case BreakClass::Allowed:
        out += "|";
        break;
      case BreakClass::Penalized:
      case BreakClass::Costly:
        out += "¦";
        break;
      case BreakClass::Emergency:
        out += "~";
        break;
      case BreakClass::Mandatory:
        out += "!";
        break;
      case BreakClass::Prohibited:
        break;
    }
    append_utf8(out, text[i] == U'\n' ? U'⏎' : text[i]);
  }
  return out;
}

// Code-point indexes where a line may break without an emergency.
std::vector<size_t> allowed_positions(const std::string& utf8) {
  const std::vector<BreakClass> breaks = find_breaks(to_utf32(utf8));
  std::vector<size_t> positions;
  for (size_t i = 0; i < breaks.size(); ++i) {
    if (breaks[i] == BreakClass::Allowed || breaks[i] == BreakClass::Mandatory) {
      positions.push_back(i);
    }
  }
  return positions;
}

BreakClass before_index(const std::string& utf8, size_t i) {
  return find_breaks(to_utf32(utf8))[i];
}

using Positions = std::vector<size_t>;

// --- the contract ------------------------------------------------------------

TEST(BreaksContract, OneEntryPerCharacterAndNeverBeforeTheFirst) {
  EXPECT_TRUE(find_breaks(U"").empty());
  const std::vector<BreakClass> breaks = find_breaks(U"钱玉磊");
  ASSERT_EQ(breaks.size(), 3u);
  EXPECT_EQ(breaks[0], BreakClass::Prohibited);
  EXPECT_EQ(breaks[1], BreakClass::Allowed);
}

// A paragraph's breaks are kept for the documents that follow (a batch of variants): one
// met again, or one that only starts or ends like another, gets its own breaks.
TEST(BreaksContract, AParagraphMetAgainOrExtendedIsBrokenAsItIs) {
  EXPECT_EQ(marked("大模型infra & 分布式"), "大|模|型|i~n~f~r~a |& |分|布|式");
  EXPECT_EQ(marked("大模型infra & 分布式"), "大|模|型|i~n~f~r~a |& |分|布|式");
  EXPECT_EQ(marked("大模型infra & 分布式训练"), "大|模|型|i~n~f~r~a |& |分|布|式|训|练");
  EXPECT_EQ(marked("大模型infra"), "大|模|型|i~n~f~r~a");
}

TEST(BreaksContract, NewlineForcesABreakAfterIt) {
  EXPECT_EQ(marked("钱玉磊\n1990年"), "钱|玉|磊⏎!1~9~9~0|年");
  EXPECT_EQ(before_index("a\nb", 2), BreakClass::Mandatory);
  EXPECT_EQ(before_index("a\nb", 1), BreakClass::Prohibited);  // not before the '\n' itself
}

// --- B4: Han text and Han–Latin boundaries -----------------------------------

TEST(BreaksHan, BetweenAnyTwoHanCharacters) {
  EXPECT_EQ(allowed_positions("搜推机器学习"), (Positions{1, 2, 3, 4, 5}));
}

TEST(BreaksHan, HanLatinBoundaryMayBreak) {
  EXPECT_EQ(marked("大模型infra & 分布式"), "大|模|型|i~n~f~r~a |& |分|布|式");
  EXPECT_EQ(marked("自研MoE EP通信库"), "自|研|M~o~E |E~P|通|信|库");
}

// --- B1: no line starts with … -----------------------------------------------

TEST(BreaksB1, NoLineStartsWithClosingMarkOrStop) {
  // Seed résumé: no break before ） or 。, none after （, none inside H20, none around /.
  EXPECT_EQ(marked("推理速度（H20/昇腾）。"), "推|理|速|度|（H~2~0/昇|腾）~。");
  const Positions allowed = allowed_positions("推理速度（H20/昇腾）。");
  EXPECT_EQ(allowed, (Positions{1, 2, 3, 4, 10}));
}

TEST(BreaksB1, EveryStopAndClosingMarkStaysOnTheLineBefore) {
  for (const char* mark : {"、", "。", "，", "．", "：", "；", "！", "？", "‼", "）", "〉",
                           "》", "」", "』", "】", "〕", "〗", "］", "｝", "”", "’"}) {
    EXPECT_EQ(before_index(std::string("推理") + mark + "训练", 2), BreakClass::Prohibited) << mark;
    EXPECT_EQ(before_index(std::string("推理") + mark + "训练", 3), BreakClass::Allowed) << mark;
  }
}

TEST(BreaksB1, SingleDashTildeAndInterpunctDoNotStartALine) {
  // §6: UAX #14 lets a single — ～ · start a line.
  EXPECT_EQ(marked("2020年5月—至今"), "2~0~2~0|年|5|月—|至|今");
  EXPECT_EQ(marked("5～10年"), "5～|1~0|年");
  EXPECT_EQ(marked("杰弗里·辛顿"), "杰|弗|里·|辛|顿");
}

TEST(BreaksB1, ARunInListSeparatorEndsTheItemBeforeIt) {
  // A wrapped contact line ends with its separator and never starts with one: the break
  // goes after the space that follows it (corpus 11: "｜ 郑州" started a header line).
  EXPECT_EQ(marked("本科 ｜ 郑州"), "本|科 ｜ |郑|州");
  EXPECT_EQ(marked("a@b.cn | Hangzhou"), "a~@~b~.~c~n | |H~a~n~g~z~h~o~u");
  EXPECT_EQ(marked("Email • Phone"), "E~m~a~i~l • |P~h~o~n~e");
  EXPECT_EQ(marked("男｜本科"), "男｜|本|科");
}

TEST(BreaksB1, AsciiClosingPunctuationSticksToTheWordBefore) {
  EXPECT_EQ(marked("n. pag."), "n. |p~a~g.");
  EXPECT_EQ(marked("(pp. 319-328)."), "(p~p. |3~1~9-¦3~2~8)~.");
  EXPECT_EQ(marked("降低90%，"), "降|低|9~0%~，");  // B6: two non-starters in a row
  EXPECT_EQ(marked("互联网大厂(美团/百度)核心"), "互|联|网|大|厂|(美|团/百|度)|核|心");
}

// --- B2: no line ends with … -------------------------------------------------

TEST(BreaksB2, NoLineEndsWithAnOpeningMark) {
  EXPECT_EQ(marked("加速（首创EPS-MoE）"), "加|速|（首|创|E~P~S-¦M~o~E）");
  EXPECT_EQ(marked("他说：“你好”。"), "他|说：|“你|好”~。");
  EXPECT_EQ(marked("书名《论文》好"), "书|名|《论|文》|好");
}

TEST(BreaksB2, SlashNeitherStartsNorEndsALineOutsideUrls) {
  // GB style; §6: UAX #14 breaks after the / of 训练/推理.
  EXPECT_EQ(marked("超大规模训练/推理系统"), "超|大|规|模|训|练/推|理|系|统");
  EXPECT_EQ(marked("资深技术负责人 / Staff Engineer"),
            "资|深|技|术|负|责|人 / |S~t~a~f~f |E~n~g~i~n~e~e~r");
  EXPECT_EQ(marked("昇腾卡（910B/C）"), "昇|腾|卡|（9~1~0~B/¦C）");
}

TEST(BreaksB2, LatinTokensBreakAfterTheirSlashAtACost) {
  // Issue 11: a reference's arXiv number and a list of languages may break after the slash,
  // never before it, and not where a Chinese word or a URL's scheme has it.
  EXPECT_EQ(marked("ArXiv abs/2507.23279"), "A~r~X~i~v |a~b~s/¦2~5~0~7.~2~3~2~7~9");
  EXPECT_EQ(marked("C++/Python/Go"), "C++/¦P~y~t~h~o~n/¦G~o");
  EXPECT_EQ(marked("训练/推理 and A / B"), "训|练/推|理 |a~n~d |A / |B");
}

TEST(BreaksB2, CurrencyAndSignStickToTheirDigits) {
  EXPECT_EQ(marked("花费¥500元"), "花|费|¥5~0~0|元");
  EXPECT_EQ(marked("月均迭代+35倍"), "月|均|迭|代|+3~5|倍");
}

// --- B3: never split ---------------------------------------------------------

TEST(BreaksB3, DoubleDashIsOneUnitAndMayStartALine) {
  EXPECT_EQ(marked("至今——美团"), "至|今|——|美|团");
  EXPECT_EQ(marked("2021年——2023年"), "2~0~2~1|年|——|2~0~2~3|年");
  EXPECT_EQ(marked("————好"), "——|——|好");
}

TEST(BreaksB3, EllipsisIsOneUnitAndNeverStartsALine) {
  EXPECT_EQ(marked("等等……好的"), "等|等……|好|的");
  EXPECT_EQ(marked("等等⋯⋯好的"), "等|等⋯⋯|好|的");
  EXPECT_EQ(marked("好。……好"), "好。……|好");
}

TEST(BreaksB3, TwoEmDashHasNoInside) { EXPECT_EQ(marked("好⸺⸺好"), "好|⸺⸺|好"); }

TEST(BreaksB3, DigitRunsWithInnerPointOrCommaStayWhole) {
  EXPECT_EQ(marked("收入1,000万"), "收|入|1,~0~0~0|万");
  EXPECT_EQ(marked("提升35.6倍"), "提|升|3~5.~6|倍");
}

TEST(BreaksB3, DigitsKeepTheirPercentPlusAndPrefix) {
  EXPECT_EQ(marked("降低90%"), "降|低|9~0%");
  EXPECT_EQ(marked("千分之5‰"), "千|分|之|5‰");
  EXPECT_EQ(marked("10+ 年"), "1~0+ |年");
  EXPECT_EQ(marked("达成 100+ TPS 推理"), "达|成 |1~0~0+ |T~P~S |推|理");
  EXPECT_EQ(marked("价格¥500"), "价|格|¥5~0~0");
}

TEST(BreaksB3, AlphanumericWordsStayWhole) {
  EXPECT_EQ(marked("对标H20。"), "对|标|H~2~0。");
  EXPECT_EQ(marked("80GB显存 P99延时"), "8~0~G~B|显|存 |P~9~9|延|时");
  // §6: UAX #14 splits C++; + and # belong to the word without even an emergency break.
  EXPECT_EQ(marked("精通C++和C#"), "精|通|C++|和|C#");
  EXPECT_EQ(marked("10+年经验"), "1~0+|年|经|验");
  EXPECT_EQ(marked("增加2亿+/年"), "增|加|2|亿+/年");
}

TEST(BreaksB3, TimesSignAndApostropheJoinAlphanumerics) {
  // §6: libunibreak split 8|×|H100 and NVIDIA’|s.
  EXPECT_EQ(marked("用8×H100训练"), "用|8~×~H~1~0~0|训|练");
  EXPECT_EQ(marked("NVIDIA’s GPU"), "N~V~I~D~I~A~’~s |G~P~U");
}

TEST(BreaksB3, EmailAddressHasNoAllowedBreakInside) {
  const std::string line = "1990年，Email：qianyulei@126.com";
  EXPECT_EQ(allowed_positions(line), (Positions{4, 6, 12}));  // 0|年, ，|E, ：|q
  // B6: the address may still be cut when it alone is wider than the line.
  EXPECT_EQ(marked("Email：qianyulei@126.com"), "E~m~a~i~l：|q~i~a~n~y~u~l~e~i~@~1~2~6~.~c~o~m");
  EXPECT_EQ(marked("写信给a.b@ex-ample.co.uk。"), "写|信|给|a~.~b~@~e~x~-~a~m~p~l~e~.~c~o~.~u~k。");
}

// --- B4: Latin runs ----------------------------------------------------------

TEST(BreaksB4, LatinBreaksBeforeTheWordAfterASpace) {
  const std::string text = "Staff Engineer";
  EXPECT_EQ(allowed_positions(text), (Positions{6}));  // at 'E', not at the space
}

TEST(BreaksB4, HyphenBreaksOnlyBeforeALetter) {
  EXPECT_EQ(marked("Llama-3"), "L~l~a~m~a-~3");
  EXPECT_EQ(marked("state-of-the-art"), "s~t~a~t~e-¦o~f-¦t~h~e-¦a~r~t");
  EXPECT_EQ(marked("LongCat-Flash（26B–560B MoE）上"),
            "L~o~n~g~C~a~t-¦F~l~a~s~h|（2~6~B~–~5~6~0~B |M~o~E）|上");
  EXPECT_EQ(marked("2023年2月-至今"), "2~0~2~3|年|2|月-|至|今");
}

TEST(BreaksIssue11, CompoundHyphenIsABreakOfLastResort) {  // issue 11 item 2
  EXPECT_EQ(marked("EPS-MoE"), "E~P~S-¦M~o~E");
  // Issue 11 item 7: an en dash between words breaks after it, at the same cost.
  EXPECT_EQ(marked("hardware–software"), "h~a~r~d~w~a~r~e~–¦s~o~f~t~w~a~r~e");
}

TEST(BreaksIssue11, RangeDashBetweenDigitsBreaksAfterNeverBefore) {  // issue 11 item 2
  // After a hyphen-minus at a cost, as after a compound's: pdftotext's default mode drops a
  // U+002D that ends a line and reads "20182019"; an en dash it keeps.
  EXPECT_EQ(marked("2018-2019主导"), "2~0~1~8-¦2~0~1~9|主|导");
  EXPECT_EQ(marked("2023.03–2024.06"), "2~0~2~3.~0~3–|2~0~2~4.~0~6");
  EXPECT_EQ(marked("26B–560B"), "2~6~B~–~5~6~0~B");  // not between digits: one word
}

TEST(BreaksIssue11, TimesPercentAndUnitsStayWithTheirNumber) {  // issue 11 item 2
  EXPECT_EQ(marked("by 11× to 3×"), "b~y |1~1× |t~o |3×");
  EXPECT_EQ(marked("by 11 × to"), "b~y |1~1 × |t~o");
  EXPECT_EQ(marked("90 % and 30 ℃ or 5 ‰"), "9~0 % |a~n~d |3~0 ℃ |o~r |5 ‰");
  EXPECT_EQ(marked("4 ×"), "4 ×");
}

// --- B5: URLs ----------------------------------------------------------------

TEST(BreaksB5, UrlBreaksOnlyAfterSlash) {
  EXPECT_EQ(marked("见 https://github.com/w3c/clreq，谢谢"),
            "见 |h~t~t~p~s~:~/~/|g~i~t~h~u~b~.~c~o~m~/|w~3~c~/|c~l~r~e~q，|谢|谢");
}

TEST(BreaksB5, HyphenInsideUrlIsNoBreak) {
  // §6: UAX #14 breaks after "-" in URLs.
  EXPECT_EQ(marked("www.ctex-kit.org/x-y."), "w~w~w~.~c~t~e~x~-~k~i~t~.~o~r~g~/|x~-~y.");
}

TEST(BreaksB5, SentencePunctuationAfterUrlIsNotPartOfIt) {
  EXPECT_EQ(marked("(https://a.cn/x)."), "(h~t~t~p~s~:~/~/|a~.~c~n~/|x)~.");
}

// --- B6: emergency breaks ----------------------------------------------------

TEST(BreaksB6, LongWordCanBeCutOnlyInAnEmergency) {
  const std::string word = "PaddlePaddle";
  const std::vector<BreakClass> breaks = find_breaks(to_utf32(word));
  for (size_t i = 1; i < breaks.size(); ++i) EXPECT_EQ(breaks[i], BreakClass::Emergency) << i;
}

TEST(BreaksB6, RunOfNonStartersCanBeCutOnlyInAnEmergency) {
  EXPECT_EQ(marked("好。」」好"), "好。~」~」|好");
  EXPECT_EQ(marked("（世界）。"), "（世|界）~。");
}

// --- never, whatever happens -------------------------------------------------

TEST(BreaksNever, CombiningMarksAndVariationSelectorsStayWithTheirBase) {
  EXPECT_EQ(before_index("中\xE2\x83\x9D文", 1), BreakClass::Prohibited);      // U+20DD
  EXPECT_EQ(before_index("葛\xEF\xB8\x80文", 1), BreakClass::Prohibited);      // U+FE00
  EXPECT_EQ(before_index("葛\xF3\xA0\x84\x80文", 1), BreakClass::Prohibited);  // U+E0100
  EXPECT_EQ(before_index("cafe\xCC\x81s", 4), BreakClass::Prohibited);         // e + U+0301
  EXPECT_EQ(before_index("cafe\xCC\x81s", 5), BreakClass::Emergency);  // still inside the word
}

// --- UAX #14 data: Unicode 15 through ICU -------------------------------------

TEST(BreaksUnicode, AmbiguousSymbolsStayWithTheLatinOrDigitNextToThem) {
  // ICU resolves class AI (× → ① ★) to AL, as UAX #14 LB1 does by default; libunibreak
  // with "zh" made them ideographs, so a line could start with the × of 4× or split ①1.
  EXPECT_EQ(marked("提速4×，"), "提|速|4×，");
  EXPECT_EQ(marked("★QPS→3000"), "★Q~P~S→3~0~0~0");
  EXPECT_EQ(marked("步骤①2021年"), "步|骤|①2~0~2~1|年");
}

TEST(BreaksUnicode, EmojiSequencesStayWhole) {
  // A ZWJ sequence and a skin tone make one picture (UAX #14 LB8a, LB30b).
  EXPECT_EQ(marked("好👩\u200D💻👍\U0001F3FD好"), "好|👩\u200D💻|👍\U0001F3FD|好");
}

// --- seed résumé, a whole line -----------------------------------------------

TEST(BreaksResume, EducationLine) {
  EXPECT_EQ(marked("**2021年——2023年**，北京大学，工商管理，硕士"),
            "*~*~2~0~2~1|年|——|2~0~2~3|年|*~*，|北|京|大|学，|工|商|管|理，|硕|士");
}

TEST(BreaksResume, PaperLine) {
  EXPECT_EQ(marked("“LongCat-Flash Technical Report.” ArXiv abs/2509.01322 (2025)."),
            "“L~o~n~g~C~a~t-¦F~l~a~s~h |T~e~c~h~n~i~c~a~l |R~e~p~o~r~t.~” |A~r~X~i~v "
            "|a~b~s/¦2~5~0~9.~0~1~3~2~2 |(2~0~2~5)~.");
}

// --- bounded cost ------------------------------------------------------------

TEST(BreaksScale, TwoMegabyteParagraphIsLinear) {
  std::u32string text;
  const std::u32string piece = U"推理速度（H20/昇腾）。——……https://a.cn/x qianyulei@126.com 。」」";
  while (text.size() < 2'000'000) text += piece;
  const size_t dashes = text.size();
  text += std::u32string(100'000, U'—');  // one long run of ——
  const size_t word = text.size();
  text += std::u32string(100'000, U'a');  // one monstrous word
  const auto start = std::chrono::steady_clock::now();
  const std::vector<BreakClass> breaks = find_breaks(text);
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(breaks.size(), text.size());
  EXPECT_EQ(breaks[piece.size()], BreakClass::Allowed);        // 」|推 where the pieces meet
  EXPECT_EQ(breaks[dashes + 99'999], BreakClass::Prohibited);  // inside the last ——
  EXPECT_EQ(breaks[dashes + 99'998], BreakClass::Allowed);     // before the last ——
  EXPECT_EQ(breaks[word], BreakClass::Allowed);                // after the last ——
  EXPECT_EQ(breaks[text.size() - 1], BreakClass::Emergency);   // inside the long word
  EXPECT_LT(seconds, 10.0);                                    // quadratic would take hours
}

}  // namespace
}  // namespace jianli::text
