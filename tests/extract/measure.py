#!/usr/bin/python3
"""How four text extractors read jianli's PDFs (issue 13): every shipped résumé in every
layout through pdftotext (default and -raw), mutool draw -F txt and pypdf, each page's
extracted text compared with the laid-out document's own text (jianli --dump-layout).

Counts, per extractor and layout (both résumés summed):
  joined   a space of the résumé that extraction drops ("Staff Engineer" -> "StaffEngineer"),
           a line end included when the next line's text runs straight on (but for a line
           that ends in a hyphen: "end-|to-end" read "end-to-end" is the word as typed)
  split    a space inside a Latin word (between two letters or digits) that is not in the résumé
  invented any other space the résumé does not have (the quarter em between Han and Latin:
           "1990 年")
  order    lines that come back away from their place (two columns interleaved)
  lost     characters of the résumé that do not come back (a hyphen dropped at a line end:
           the dump does not say which line-end hyphens a hyphenation break added, so
           pdftotext's default mode, which drops those rightly, is counted for them too)
  added    characters extraction gives that the résumé does not have

Usage: tests/extract/measure.py [BUILD_DIR]   (default: build)
"""
import difflib
import json
import os
import subprocess
import sys
import tempfile
from bisect import bisect_left

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAYOUTS = ["default", "classic", "modern", "compact", "kai", "sidebar"]
RESUMES = ["resume.md", "resume.en.md"]
SPACES = set(" \t\u00a0\u3000\u2002\u2003\u2009\u200b\f\r\n")

NONE, SPACE, WIDE, LINE = range(4)


def expected_pages(dump):
    """Per page, lines of (char, gap before) from the layout dump, as src/check/compare.cpp, each
    with its region: a sidebar's two columns on one baseline are two lines."""
    pages = []
    for page in dump["pages"]:
        lines = []
        for line in page["lines"]:
            by_region = {}
            for run in line["runs"]:
                by_region.setdefault(run["region"], []).append(run)
            for region, runs in by_region.items():
                chars, last = [], None
                for run in runs:
                    gap = LINE
                    if last is not None:
                        space = run["x"] - (last["x"] + last["width"])
                        marker = len(chars) <= 4 and len(last["text"].strip()) <= 4 and space >= 0.3 * run["size"]
                        gap = WIDE if space >= 0.5 * run["size"] or marker else NONE
                        if last["text"][-1:] in SPACES:  # a space the last run ended with
                            gap = SPACE
                    for c in run["text"]:
                        if c in SPACES:
                            gap = SPACE
                            continue
                        chars.append((c, LINE if not chars else gap))
                        gap = NONE
                    last = run
                if chars:
                    lines.append((region, chars))
        pages.append(lines)
    return pages


def extracted_lines(text):
    lines = []
    for raw in text.split("\n"):
        chars, gap = [], LINE
        for c in raw:
            if c in SPACES:
                gap = SPACE
                continue
            chars.append((c, LINE if not chars else gap))
            gap = NONE
        if chars:
            lines.append(chars)
    return lines


def longest_increasing(seq):
    tails, parent, idx = [], [None] * len(seq), []
    for i, v in enumerate(seq):
        k = bisect_left([seq[t] for t in tails], v)
        parent[i] = tails[k - 1] if k else None
        if k == len(tails):
            tails.append(i)
        else:
            tails[k] = i
    out, i = set(), tails[-1] if tails else None
    while i is not None:
        out.add(i)
        i = parent[i]
    return out


def latin(c):
    return c.isascii() and c.isalnum()


def compare(want_lines, got_lines, counts):
    """want_lines: (region, chars) in the layout's order; a page's regions (a sidebar's columns,
    the page number) may be read in any order, each whole."""
    keys = {}
    for j, line in enumerate(got_lines):
        keys.setdefault("".join(c for c, _ in line), []).append(j)
    found = []  # (got index, region) of each expected line found whole
    for region, line in want_lines:
        js = keys.get("".join(c for c, _ in line))
        if js:
            found.append((js.pop(0), region))
    regions = list(dict.fromkeys(region for region, _ in want_lines))
    for region in regions:
        order = [j for j, r in found if r == region]
        counts["order"] += len(order) - len(longest_increasing(order))
    # interleaving: in the order read, a region's lines broken by another region's
    read = [r for _, r in sorted(found)]
    switches = sum(1 for a, b in zip(read, read[1:]) if a != b)
    counts["order"] += max(0, switches - (len(set(read)) - 1))
    # the characters, the regions in the order they were read
    first = {r: min((j for j, rr in found if rr == r), default=len(got_lines)) for r in regions}
    want = [c for r in sorted(regions, key=lambda r: first[r]) for region, line in want_lines
            if region == r for c in line]
    got = [c for line in got_lines for c in line]
    matcher = difflib.SequenceMatcher(None, [c for c, _ in want], [c for c, _ in got], autojunk=False)
    matched = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            counts["lost"] += i2 - i1
        if tag in ("insert", "replace"):
            counts["added"] += j2 - j1
        if tag != "equal":
            continue
        matched += i2 - i1
        for k in range(1, i2 - i1):
            w, g = want[i1 + k][1], got[j1 + k][1]
            if w in (SPACE, LINE) and g == NONE:
                # a line that ends in a hyphen goes on with no space: "end-|to-end" read
                # "end-to-end" on one line is the word as typed
                if not (w == LINE and want[i1 + k - 1][0] == "-"):
                    counts["joined"] += 1
            elif w == NONE and g != NONE:
                if latin(want[i1 + k - 1][0]) and latin(want[i1 + k][0]):
                    counts["split"] += 1
                else:
                    counts["invented"] += 1


def pdftotext(pdf, raw):
    args = ["pdftotext"] + (["-raw"] if raw else []) + [pdf, "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout.split("\f")


def mutool(pdf, pages):
    out = []
    for p in range(1, pages + 1):
        r = subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf, str(p)],
                           capture_output=True, text=True, check=True)
        out.append(r.stdout)
    return out


def pypdf_text(pdf):
    import pypdf
    return [page.extract_text() or "" for page in pypdf.PdfReader(pdf).pages]


EXTRACTORS = {
    "pdftotext": lambda pdf, n: pdftotext(pdf, False),
    "pdftotext -raw": lambda pdf, n: pdftotext(pdf, True),
    "mutool txt": mutool,
    "pypdf": lambda pdf, n: pypdf_text(pdf),
}
COLUMNS = ["joined", "split", "invented", "order", "lost", "added"]


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build")
    jianli = os.path.join(build, "jianli")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for layout in LAYOUTS:
            per = {name: dict.fromkeys(COLUMNS, 0) for name in EXTRACTORS}
            for resume in RESUMES:
                pdf, dump = os.path.join(tmp, "r.pdf"), os.path.join(tmp, "r.json")
                for f in (pdf, dump):
                    if os.path.exists(f):
                        os.unlink(f)
                subprocess.run([jianli, "-q", os.path.join(ROOT, resume), "-l", layout, "-o", pdf,
                                "--dump-layout", dump], check=True)
                with open(dump, encoding="utf-8") as f:
                    want = expected_pages(json.load(f))
                for name, extract in EXTRACTORS.items():
                    texts = extract(pdf, len(want))
                    for p, lines in enumerate(want):
                        got = extracted_lines(texts[p] if p < len(texts) else "")
                        compare(lines, got, per[name])
            for name in EXTRACTORS:
                rows.append((layout, name, per[name]))
    head = f"| {'layout':8} | {'extractor':14} | " + " | ".join(f"{c:>8}" for c in COLUMNS) + " |"
    print(head)
    print("|" + "|".join("-" * len(cell) for cell in head.split("|")[1:-1]) + "|")
    for layout, name, counts in rows:
        print(f"| {layout:8} | {name:14} | " + " | ".join(f"{counts[c]:>8}" for c in COLUMNS) + " |")


if __name__ == "__main__":
    main()
