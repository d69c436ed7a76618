#!/usr/bin/env python3
"""Which blocks of a page poppler's default text mode takes for a table.

pdftotext (default mode) and poppler-cpp's page::text read a "table" row by row: four
blocks form one when a block, the nearest block to its right, the nearest below it and
the nearest below-right are aligned left/right/centre in x and top/bottom/centre in y,
within 0.7 and 0.5 of the smallest font size (TextPage::coalesce in poppler's
TextOutputDev.cc, 22.12). That is what interleaves the sidebar layout's two columns
(issue 13). This re-runs the rule over the blocks of `pdftotext -bbox-layout`, so a
layout change can be tried without reading poppler's order by eye.

usage: tests/extract/poppler_tables.py OUT.pdf [PAGE]
"""
import re
import subprocess
import sys

MIN_COL_SPACING1 = 0.7  # poppler's minColSpacing1 (TextOutputDev::minColSpacing1_default since 21.08)
MAX_INTRA_LINE_DELTA = 0.5  # poppler's maxIntraLineDelta


def page_blocks(pdf, page):
    html = subprocess.run(["pdftotext", "-f", page, "-l", page, "-bbox-layout", pdf, "-"],
                          capture_output=True, text=True, check=True).stdout
    blocks = []
    pattern = r'<block xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</block>'
    for m in re.finditer(pattern, html, re.S):
        x0, y0, x1, y1 = map(float, m.groups()[:4])
        words = re.findall(r">([^<]+)</word>", m.group(5))
        first = re.search(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"',
                          m.group(5))
        size = float(first.group(2)) - float(first.group(1)) if first else 10.0
        blocks.append(dict(x0=x0, y0=y0, x1=x1, y1=y1, size=size, text=" ".join(words)[:40]))
    return blocks


def overlap(a, b, lo, hi):
    return a[lo] <= b[hi] and a[hi] >= b[lo]


def neighbours(b1, blocks):
    right = below = below_right = None
    right_x = below_y = br_x = br_y = float("inf")
    for b2 in blocks:
        if b2 is b1:
            continue
        if overlap(b2, b1, "y0", "y1") and b2["x0"] > b1["x1"] and b2["x0"] < right_x:
            right_x, right = b2["x0"], b2
        elif overlap(b2, b1, "x0", "x1") and b2["y0"] > b1["y1"] and b2["y0"] < below_y:
            below_y, below = b2["y0"], b2
        elif b1["x1"] < b2["x0"] < br_x and b1["y1"] < b2["y0"] < br_y:
            br_x, br_y, below_right = b2["x0"], b2["y0"], b2
    return right, below, below_right


def aligned(pairs, lo, hi, delta):
    edges = (lambda b: b[lo], lambda b: b[hi], lambda b: (b[lo] + b[hi]) / 2)
    return sum(all(abs(edge(a) - edge(b)) <= delta for a, b in pairs) for edge in edges)


def tables(blocks):
    for b1 in blocks:
        f2, f3, f4 = neighbours(b1, blocks)
        if not (f2 and f3 and f4):
            continue
        if (overlap(f3, f4, "x0", "x1") or overlap(f2, f4, "y0", "y1") or
                overlap(f2, f3, "x0", "x1") or overlap(f2, f3, "y0", "y1") or
                not (overlap(f4, f2, "x0", "x1") and overlap(f4, f3, "y0", "y1"))):
            continue
        size = min(b["size"] for b in (b1, f2, f3, f4))
        in_x = aligned([(b1, f3), (f2, f4)], "x0", "x1", size * MIN_COL_SPACING1)
        in_y = aligned([(b1, f2), (f3, f4)], "y0", "y1", size * MAX_INTRA_LINE_DELTA)
        if in_x and in_y:
            yield [b["text"] for b in (b1, f2, f3, f4)]


def main():
    pdf, page = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "1"
    found = list(tables(page_blocks(pdf, page)))
    for cells in found:
        print("table:", " | ".join(cells))
    print(f"{len(found)} table(s) on page {page}")


if __name__ == "__main__":
    main()
