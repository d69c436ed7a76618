// The plain-text twin: each laid-out line's text, in the order the layout set it.
#include "plaintext/text_backend.h"

#include <gtest/gtest.h>

namespace jianli::plaintext {
namespace {

model::TextRun run(double x, double y, double width, const std::string& text) {
  return {.x = x, .y = y, .width = width, .text = text, .size = 10};
}

TEST(TextBackend, RunsOnOneBaselineMakeOneLine) {
  model::Page page;
  page.runs = {run(50, 700, 40, "使用"), run(92.5, 700, 20, "GPU"), run(115, 700, 20, "训练"),
               run(50, 686, 30, "next line")};
  EXPECT_EQ(TextBackend().render({.pages = {page}}), "使用GPU训练\nnext line\n\f");
}

TEST(TextBackend, AGapOfMoreThanAnEmIsASpace) {
  model::Page page;
  page.runs = {run(50, 700, 100, "美团，大模型方向"), run(480, 700, 60, "2023年 – 至今")};
  EXPECT_EQ(TextBackend().render({.pages = {page}}), "美团，大模型方向 2023年 – 至今\n\f");
}

TEST(TextBackend, EveryPageEndsWithAFormFeedAnEmptyOneToo) {
  model::Page first, second;
  first.runs = {run(50, 700, 10, "一")};
  model::PageSet pages{.pages = {first, model::Page{}, first}};
  EXPECT_EQ(TextBackend().render(pages), "一\n\f\f一\n\f");
}

TEST(TextBackend, TheLayoutsOrderIsKeptNotTheHeightOnThePage) {
  // A sidebar column is set before the main one, though its lines sit level with it.
  model::Page page;
  page.runs = {run(30, 700, 60, "Skills"), run(30, 686, 60, "C++"), run(200, 700, 80, "Work"),
               run(200, 686, 80, "Meituan")};
  EXPECT_EQ(TextBackend().render({.pages = {page}}), "Skills\nC++\nWork\nMeituan\n\f");
}

}  // namespace
}  // namespace jianli::plaintext
