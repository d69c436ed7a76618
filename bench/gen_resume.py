#!/usr/bin/env python3
"""Writes large résumés for bench/scale.sh and the scale tests, deterministically.

  gen_resume.py pages N      a résumé of about N A4 pages: Chinese and English mixed,
                             sections, entries, paragraphs and nested lists
  gen_resume.py word BYTES   one paragraph: a single Latin "word" of BYTES bytes
  gen_resume.py dashes BYTES one paragraph of "——" (no break allowed inside)
  gen_resume.py digits BYTES one paragraph of digits (no break opportunity)
  gen_resume.py contact N    a contact line of N items, set one a line in the sidebar
  gen_resume.py strike N     a paragraph of N unclosed strikethrough marks ("~a ")
  gen_resume.py url BYTES    one autolinked web address of about BYTES bytes
  gen_resume.py link BYTES   the same, for sizes under the link limit (21,000 bytes)
  gen_resume.py yaml N       a front matter holding a list of N short items
  gen_resume.py headings N   one section of N ### headings with no text under them (an
                             awards list written as headings: one long run of kept rows)

The Markdown goes to stdout. Standard library only.
"""
import random
import sys

HEAD = """---
title: 简历
author: 张三
lang: zh
---
# 张三

电话 138-0000-0000 | zhangsan@example.com | https://example.com/zhangsan

"""

CHINESE = [
    "负责大规模分布式训练平台的设计与实现，支持千卡级别的模型训练。",
    "主导推荐系统召回模块重构，线上点击率提升百分之三点二。",
    "与产品、算法团队紧密合作，推动数据闭环建设，缩短迭代周期。",
    "在国际会议发表论文三篇，其中一篇获得最佳论文提名。",
    "熟悉 C++、Python 与 Go，了解编译原理与操作系统内核。",
]
ENGLISH = [
    "Designed a low-latency feature store serving 2 million requests per second.",
    "Led a team of five engineers to migrate the search stack to Kubernetes.",
    "Reduced p99 latency from 180 ms to 45 ms by rewriting the ranking service in Rust.",
    "Mentored interns; wrote the onboarding guide used across three departments.",
]
# One unit is roughly a quarter of an A4 page in the default layout; scale.sh
# reports the real page count, so this only needs to be about right.
UNITS_PER_PAGE = 3


def unit(rng, i):
    year = 2000 + i % 24
    lines = [f"### {year}年{1 + i % 12}月-{year + 1}年，公司{i}，Engineer {i}", ""]
    lines.append(" ".join(rng.choice(CHINESE + ENGLISH) for _ in range(4)))
    lines.append("")
    for j in range(3):
        lines.append(f"- {rng.choice(CHINESE)} {rng.choice(ENGLISH)}")
        if j == 1:
            lines.append(f"  - **{rng.choice(ENGLISH)}** {rng.choice(CHINESE)}")
    lines.append("")
    return "\n".join(lines) + "\n"


def pages(n):
    rng = random.Random(20240501)
    out = [HEAD]
    for i in range(n * UNITS_PER_PAGE):
        if i % 8 == 0:
            out.append(f"## 工作经历 {i // 8 + 1}\n\n")
        out.append(unit(rng, i))
    return "".join(out)


def paragraph(piece, size):
    return HEAD + "## 附录\n\n" + piece * (size // len(piece.encode())) + "\n"


def contact(n):
    items = " | ".join(f"item{i}@example.com" if i % 7 == 0 else f"项目{i}" for i in range(n))
    return f"# 张三\n\n{items}\n\n## 教育背景\n\n北京大学\n"


def url(size):
    path = "/".join("segment" for _ in range(size // 8))
    return HEAD + f"## 链接\n\nhttps://example.com/{path}\n"


def yaml(n):
    items = ", ".join(f"k{i}" for i in range(n))
    return f"---\ntitle: 简历\nkeywords: [{items}]\n---\n# 张三\n\n正文\n"


def headings(n):
    return HEAD + "## 荣誉奖项\n\n" + "".join(f"### {2000 + i % 24}年 奖项 {i}\n\n" for i in range(n))


KINDS = ("pages", "word", "dashes", "digits", "headings", "contact", "strike", "url", "link", "yaml")


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in KINDS:
        sys.exit(__doc__)
    kind, n = sys.argv[1], int(sys.argv[2])
    text = {
        "pages": lambda: pages(n),
        "word": lambda: paragraph("x", n),
        "dashes": lambda: paragraph("—", n),
        "digits": lambda: paragraph("7", n),
        "headings": lambda: headings(n),
        "contact": lambda: contact(n),
        "strike": lambda: paragraph("~a ", 3 * n),
        "url": lambda: url(n),
        "link": lambda: url(n),
        "yaml": lambda: yaml(n),
    }[kind]()
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
