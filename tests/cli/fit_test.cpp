// --fit-pages and --dump-layout from the command line.
#include <gtest/gtest.h>

#include "cli_fixture.h"

namespace jianli::test {
namespace {

const std::string kSeed = std::string(JIANLI_SOURCE_DIR) + "/resume.md";
const std::string kEnglish = std::string(JIANLI_SOURCE_DIR) + "/resume.en.md";

TEST_F(CliTest, FitPagesTightensAndSaysWhat) {
  int natural = 0;
  ASSERT_EQ(run(jianli() + " " + kEnglish + " -o " + path("n.pdf")).status, 0);
  natural = page_count(path("n.pdf"));
  ASSERT_GE(natural, 3);
  Result r = run(jianli() + " " + kEnglish + " -o " + path("f.pdf") + " --fit-pages " +
                 std::to_string(natural - 1));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(page_count(path("f.pdf")), natural - 1);
  EXPECT_NE(r.out.find("note: fitted to"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("vertical spacing"), std::string::npos) << r.out;
}

TEST_F(CliTest, FitPagesRefusesClearlyAndWritesNothing) {
  Result r = run(jianli() + " " + kSeed + " -o " + path("one.pdf") + " --fit-pages 1");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("cannot fit 1 page(s)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("body 9 pt"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(path("one.pdf")));
}

TEST_F(CliTest, DumpLayoutWritesEveryLineAsJson) {
  Result r =
      run(jianli() + " " + kSeed + " -o " + path("d.pdf") + " --dump-layout " + path("d.json"));
  ASSERT_EQ(r.status, 0) << r.out;
  Result check =
      run("/usr/bin/python3 -c \"import json,sys; d=json.load(open(sys.argv[1])); "
          "print(len(d['pages']), d['pages'][0]['lines'][0]['text'], "
          "d['pages'][0]['lines'][0]['runs'][0]['x'])\" " +
          path("d.json"));
  EXPECT_EQ(check.status, 0) << check.out;
  EXPECT_EQ(check.out.substr(0, 2), std::to_string(page_count(path("d.pdf"))) + " ");
  EXPECT_NE(check.out.find("钱玉磊"), std::string::npos) << check.out;
}

}  // namespace
}  // namespace jianli::test
