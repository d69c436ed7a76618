#!/usr/bin/python3
"""Render every résumé of tests/data/corpus in every layout and check the PDFs from outside.

usage: check_corpus.py JIANLI [--only FILE] [--layout L] [-j N]

Each PDF must have: no HTML tag, entity, Liquid tag, emoji shortcode or Markdown mark-up in its
text (pdftotext) or bookmarks; the name as the first text drawn on page 1; a title (pdfinfo);
page numbers in its language; at least the expected images (pdfimages -list, and SVG forms drawn), one on page
1 if the résumé has a photo, each embedded once; the expected strings, and not the commented-out
ones; its tables' columns aligned (pdftotext -bbox-layout); enough pages; zero problems in
pdfaudit.
The bad inputs of tests/data/corpus/bad are run in one layout: each must end within 20 s with
a located warning and a PDF, or a located error and no PDF, saying what bad/expected.yaml says.
The facts per file are in the two expected.yaml. Prints a file × layout table and the failures;
exits 1 on any failure.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import pypdf
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "data", "corpus")
PDFAUDIT = "/work/shared/tools/pdfaudit.py"

# What must never reach the page: markup the renderer should have interpreted.
LEAKS = {
    "tag": re.compile(r"<[a-zA-Z/]"),
    "entity": re.compile(r"&[a-z]+;|&#"),
    "liquid": re.compile(r"\{\{|\{%"),
    "shortcode": re.compile(r":[a-z_]+:"),
    # pandoc's ^sup^ and ~sub~, GitHub's ~~strike~~ and [^note] references
    "markdown": re.compile(r"\^[^\s^]+\^|~[^\s~]+~|~~|\[\^\w+\]"),
}
# pdfaudit figures that count as problems when they are above zero
AUDIT_PROBLEMS = ("fonts_not_embedded", "fonts_no_unicode_map", "poppler_warnings", "qpdf_warnings",
                  "blank_glyphs", "overflow_chars", "kinsoku_violations", "loose_lines", "han_missing")
ALIGN_TOLERANCE_PT = 1.0
# page numbers in the other language (layouts that have both, as classic's): a Chinese résumé
# with some HTML or English must not be taken for an English one
FOREIGN_PAGE_NUMBER = {"zh": re.compile(r"Page \d+ of \d+"), "en": re.compile(r"第 ?\d+ ?页")}
# where a cell's first word (page, text, xMin, yMin, xMax, yMax) meets its column's edge
EDGES = {"left": lambda w: w[2], "right": lambda w: w[4], "center": lambda w: (w[2] + w[4]) / 2}
# a résumé renders in well under a second; bad input must not take long either: a 10,000-deep
# nest or 1,000 columns is no reason to hang
RENDER_SECONDS = 60
BAD_INPUT_SECONDS = 20


def run(cmd, timeout=None):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def render(jianli, name, layout, pdf, seconds):
    """jianli's answer for one corpus file, or None if it was still running after seconds."""
    try:
        return run([jianli, "-q", os.path.join(CORPUS, name), "-o", pdf, "--layout", layout], seconds)
    except subprocess.TimeoutExpired:
        return None


def squeeze(text):
    """Text without whitespace (pdftotext puts breaks and spaces where lines and gaps fall)."""
    return re.sub(r"\s+", "", text)


def loose(text):
    """Text without whitespace or hyphens, so that a word hyphenated at a line end still matches."""
    return re.sub(r"[\s\-\u00ad\u2010]+", "", text)


def check_leaks(text, outline, kinds=tuple(LEAKS)):
    failures = []
    for kind, pattern in ((k, LEAKS[k]) for k in kinds):
        for where, body in (("text", text), ("bookmarks", outline)):
            m = pattern.search(body)
            if m:
                sample = m.group(0) + re.match(r"[A-Za-z0-9_#;]*", body[m.end():]).group(0)  # <div, &emsp;, {{
                failures.append((kind, f"{where}: {sample}"))
    return failures


def outline_titles(pdf):
    def walk(items):
        for item in items:
            yield from walk(item) if isinstance(item, list) else [item.title or ""]
    try:
        return "\n".join(walk(pypdf.PdfReader(pdf).outline))
    except Exception:  # a broken PDF is pdfaudit's to report (qpdf), not a crash of the checker
        return ""


def check_name(pdf, name):
    # -raw: in the order the PDF draws its text. In reading order a side column that starts
    # beside the name comes first, since pdftotext reads the left column before the right one.
    first_page = run(["pdftotext", "-raw", "-enc", "UTF-8", "-f", "1", "-l", "1", pdf, "-"]).stdout
    if not squeeze(first_page).casefold().startswith(squeeze(name).casefold()):
        start = first_page.strip().split("\n")[0][:40] if first_page.strip() else "(no text)"
        return [("name", f"page 1 starts with {start!r}, not {name!r}")]
    return []


def form_draws(pdf):
    """The pages on which a Form XObject is drawn, once per `Do`: SVG images come as forms."""
    pages = []
    for number, page in enumerate(pypdf.PdfReader(pdf).pages, 1):
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        forms = {name for name, ref in xobjects.items() if ref.get_object().get("/Subtype") == "/Form"}
        content = page.get_contents()
        text = content.get_data().decode("latin-1") if content else ""
        pages += [number for name in re.findall(r"(/[^\s/\[\]()<>]+)\s+Do\b", text) if name in forms]
    return pages


def check_images(pdf, expect):
    rows = [l.split() for l in run(["pdfimages", "-list", pdf]).stdout.splitlines()[2:]]
    drawn = [r for r in rows if len(r) > 2 and r[2] == "image"]  # not their alpha masks (smask)
    drawn += [[str(page), "0", "form"] for page in form_draws(pdf)]
    failures = []
    if len(drawn) < expect.get("images", 0):
        failures.append(("images", f"{len(drawn)} drawn, {expect['images']} expected"))
    if expect.get("photo") and not any(r[0] == "1" for r in drawn):
        failures.append(("images", "no photo on page 1"))
    objects = {(r[10], r[11]) for r in drawn if len(r) > 11}
    if len(objects) > expect.get("embedded", len(objects)):
        failures.append(("images", f"{len(objects)} image objects, at most {expect['embedded']} expected"))
    return failures


def words_of(pdf):
    """Every word with its page and box, from pdftotext -bbox-layout."""
    out = run(["pdftotext", "-enc", "UTF-8", "-bbox-layout", pdf, "-"]).stdout
    out = re.sub(r"<!DOCTYPE[^>]*>", "", out).replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    root = ET.fromstring(out)
    words = []
    for page_number, page in enumerate(root.iter("page"), 1):
        for w in page.iter("word"):
            box = [float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")]
            words.append((page_number, w.text or "", *box))
    return words


def is_han(char):
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def starts_cell(word, token, whole=False):
    """Whether a word is the start of a cell that starts with token, hyphenated or not. Unless
    whole, Chinese text wrapped in its column starts the cell too: a line may end between any
    two Han characters, as a Latin word may end a line hyphenated, and pdftotext ends the word
    there ("百亿级样本的特" of 百亿级样本的特征生产 in a 55 mm side column)."""
    text = word[1]
    if text.startswith(token) or (text.endswith("-") and len(text) > 2 and token.startswith(text[:-1])):
        return True
    return (not whole and len(text) >= 2 and len(text) < len(token) and token.startswith(text)
            and is_han(text[-1]) and is_han(token[len(text)]))


def in_one_row(a, b):
    """Whether two words can start cells of one row: on one page, at most three of a's lines
    apart vertically, since a cell may be centred on a taller neighbour (HTML's middle)."""
    return a[0] == b[0] and abs((a[3] + a[5]) - (b[3] + b[5])) / 2 <= 3 * (a[5] - a[3])


def locate_row(words, row, whole=False):
    """The words that start the cells of one table row, left to right; of the candidates (a
    cell's first word may be found elsewhere too), the one whose cells are closest to one line."""
    rows = []
    for first in (w for w in words if starts_cell(w, row[0], whole)):
        found = [first]
        for token in row[1:]:
            near = [w for w in words
                    if starts_cell(w, token, whole) and w[2] > found[-1][2] and in_one_row(first, w)]
            if not near:
                break
            found.append(min(near, key=lambda w: w[2]))  # the next cell is the nearest to the right
        if len(found) == len(row):
            rows.append(found)
    return min(rows, key=lambda found: max(abs(w[3] - found[0][3]) for w in found), default=None)


def as_pairs(table, by_pair=False):
    """A key-value table folded to label/value pairs, as jianli sets one whose columns cannot
    fit their fields (a 4-column 基本信息 grid in a side column): each row's pairs one under
    another, in reading order, in the first two columns; or, under a header row that names the
    pairs (项目 内容 项目 内容), pair by pair: every row's first pair, then every row's second."""
    rows = [[str(c) for c in row] for row in table["rows"]]
    starts = range(0, max(map(len, rows), default=0), 2)
    pairs = ([row[i:i + 2] for i in starts for row in rows if row[i:i + 2]] if by_pair
             else [row[i:i + 2] for row in rows for i in range(0, len(row), 2)])
    return {"align": table["align"][:2], "rows": pairs}


def same_line(a, b):
    """Whether two words sit on one line: one page, their middles within half a line."""
    return a[0] == b[0] and abs((a[3] + a[5]) - (b[3] + b[5])) / 2 <= (a[5] - a[3]) / 2


def labelled_value(words, label, token, whole):
    """Whether the word `label`, at a line's start, begins a column's name that a stacked value
    starting with `token` follows on its line, as jianli labels values under a header row
    ("Years: 5", "Right to work: UK", "熟练程度：精通", one pdftotext word)."""
    if "：" in label[1] and starts_cell(label[:1] + (label[1].split("：", 1)[1],) + label[2:], token, whole):
        return True
    line = sorted((w for w in words if same_line(w, label) and w[2] >= label[2]), key=lambda w: w[2])
    for w, after in zip(line, line[1:]):
        if w[1].endswith((":", "：")):
            return starts_cell(after, token, whole)
    return False


def locate_stacked(words, rows, whole):
    """A stacked table, as jianli sets one whose columns cannot fit their longest words: every
    cell one under another at one left edge, in reading order; each may follow its column's
    name on its line (labelled_value). The words at that edge, or None."""
    def starts(w, token):
        return starts_cell(w, token, whole) or labelled_value(words, w, token, whole)

    def below(after, token, x):
        near = [w for w in words if (w[0], w[3]) > (after[0], after[3])
                and abs(w[2] - x) <= ALIGN_TOLERANCE_PT and starts(w, token)]
        return min(near, key=lambda w: (w[0], w[3]), default=None)

    tokens = [str(c) for row in rows for c in row]
    for first in (w for w in words if starts(w, tokens[0])):
        found = [first]
        for token in tokens[1:]:
            found.append(below(found[-1], token, first[2]))
            if found[-1] is None:
                break
        if found[-1] is not None:
            return found
    return None


def locate_table(words, table):
    """Each row's cell-starting words (None for a row not found), and the table's form: written;
    folded to pairs, for a key-value table that is not found as written; or stacked, its columns
    one under another. A key-value table's fields (a name, 中共党员) must be whole on their line."""
    whole = table.get("key_value", False)
    located = [locate_row(words, [str(c) for c in row], whole) for row in table["rows"]]
    if None not in located:
        return table, located
    for by_pair in (False, True) if whole else ():
        folded = as_pairs(table, by_pair)
        pairs = [locate_row(words, row, whole) for row in folded["rows"]]
        in_order = all(a and b and (b[0][0], b[0][3]) > (a[0][0], a[0][3]) for a, b in zip(pairs, pairs[1:]))
        if None not in pairs and in_order:
            return folded, pairs
    if locate_stacked(words, table["rows"], whole):
        return {"align": [], "rows": table["rows"]}, [[]] * len(table["rows"])  # one left edge, checked
    return table, located


def check_tables(words, tables):
    failures = []
    for t, written in enumerate(tables, 1):
        table, located = locate_table(words, written)
        missing = [" | ".join(map(str, row)) for row, found in zip(table["rows"], located) if found is None]
        if missing:
            failures.append(("table", f"table {t}: row not found as a grid: {missing[0]}"))
            continue
        for c, align in enumerate(table["align"]):
            xs = [EDGES[align](found[c]) for found in located]
            if max(xs) - min(xs) > ALIGN_TOLERANCE_PT:
                spread = max(xs) - min(xs)
                failures.append(("table", f"table {t} column {c + 1}: {align} edges spread {spread:.1f} pt"))
    return failures


def check_audit(pdf, source):
    out = run([sys.executable, PDFAUDIT, pdf, source, "--json"]).stdout
    try:
        figures = json.loads(out)
    except json.JSONDecodeError:
        return [("audit", "pdfaudit gave no figures")]
    bad = [f"{k}={figures[k]}" for k in AUDIT_PROBLEMS if figures.get(k, 0) > 0]
    if figures.get("qpdf_ok") is False:
        bad.append("qpdf_ok=false")
    for sample in ("blank_sample", "kinsoku_sample", "loose_worst", "han_missing_sample"):
        if figures.get(sample):
            bad.append(f"{sample}: {figures[sample][:40]}")
    return [("audit", ", ".join(bad))] if bad else []


def check(jianli, name, layout, expect, scratch):
    source = os.path.join(CORPUS, name)
    pdf = os.path.join(scratch, f"{name[:-3]}.{layout}.pdf")
    rendered = render(jianli, name, layout, pdf, RENDER_SECONDS)
    if rendered is None:
        return [("render", f"still running after {RENDER_SECONDS} s")]
    if rendered.returncode != 0 or not os.path.exists(pdf):
        lines = rendered.stderr.splitlines()
        error = next((l for l in lines if "error" in l), lines[0] if lines else "")
        return [("render", f"exit {rendered.returncode}: {error[:200]}")]
    text = run(["pdftotext", "-enc", "UTF-8", pdf, "-"]).stdout
    # a two-column page's lines interleave in reading order; drawing order keeps each column whole
    drawn = run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"]).stdout
    info = run(["pdfinfo", pdf]).stdout
    failures = check_leaks(text, outline_titles(pdf))
    failures += check_name(pdf, expect["name"])
    title = re.search(r"^Title:\s*(.*)$", info, re.M)
    title = title.group(1).strip() if title else ""
    if not title or expect.get("title", title) not in title:
        failures.append(("title", f"the PDF's title is {title!r}, not {expect.get('title', 'empty')!r}"))
    failures += check_images(pdf, expect)
    failures += [("strings", f"missing {s!r}") for s in expect.get("strings", [])
                 if loose(s) not in loose(text) and loose(s) not in loose(drawn)]
    failures += [("strings", f"shown: {s!r}") for s in expect.get("absent", []) if loose(s) in loose(text)]
    foreign = FOREIGN_PAGE_NUMBER[expect["lang"]].search(text)
    if foreign:
        failures.append(("lang", f"a {expect['lang']} résumé numbered {foreign.group(0)!r}"))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    if pages < expect.get("min_pages", 1):
        failures.append(("pages", f"{pages} pages, at least {expect['min_pages']} expected"))
    if expect.get("tables"):
        failures += check_tables(words_of(pdf), expect["tables"])
    failures += check_audit(pdf, source)
    return failures


def check_bad(jianli, name, layout, expect, scratch):
    """A bad input: a located warning and a PDF, or a located error and none; no crash, no hang."""
    pdf = os.path.join(scratch, f"{name.replace('/', '-')[:-3]}.{layout}.pdf")
    rendered = render(jianli, name, layout, pdf, BAD_INPUT_SECONDS)
    if rendered is None:
        return [("render", f"still running after {BAD_INPUT_SECONDS} s")]
    at = re.escape(os.path.basename(name))
    located = re.findall(rf"{at}:(\d+)(:\d+)?: (warning|error): (.*)", rendered.stderr)
    failures = []
    if rendered.returncode == 0 and not os.path.exists(pdf):
        failures.append(("render", "exit 0 and no PDF"))
    elif rendered.returncode == 1 and os.path.exists(pdf):
        failures.append(("render", "exit 1 and a PDF written"))
    elif rendered.returncode == 1 and not any(column and kind == "error" for _, column, kind, _ in located):
        failures.append(("message", "exit 1 with no error at FILE:LINE:COL"))
    elif rendered.returncode not in (0, 1):
        failures.append(("render", f"exit {rendered.returncode}: {rendered.stderr.strip()[-200:]}"))
    for want in expect["messages"]:
        line, says = want.get("line"), want.get("says", "")
        if not any((line is None or int(at) == line) and says.casefold() in message.casefold()
                   for at, _, _, message in located):
            failures.append(("message", f"nothing at line {line or 'any'} says {says!r}"))
    if os.path.exists(pdf):
        text = run(["pdftotext", "-enc", "UTF-8", pdf, "-"]).stdout
        failures += check_leaks(text, outline_titles(pdf), ("tag", "entity", "liquid"))
    return failures


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def layouts_of(jianli):
    return [line.split()[0] for line in run([jianli, "--list-layouts"]).stdout.splitlines() if line.strip()]


def print_table(names, layouts, results):
    kinds = {key: sorted({kind for kind, _ in fails}) for key, fails in results.items()}
    width = max(len(n) for n in names)
    cells = {key: ",".join(k) or "pass" for key, k in kinds.items()}  # bad inputs: one layout only
    col = {l: max([len(l)] + [len(cells.get((n, l), "")) for n in names]) for l in layouts}
    print(" " * width + "  " + "  ".join(l.ljust(col[l]) for l in layouts))
    for n in names:
        print(n.ljust(width) + "  " + "  ".join(cells.get((n, l), "").ljust(col[l]) for l in layouts))
    # each failure once, with the layouts it happens in; failures that differ only in their
    # figures (a spread of 30.2 pt in one layout, 28.8 in another) are one, shown by its first
    where = {}
    for (n, l), fails in sorted(results.items()):
        for kind, message in fails:
            key = (n, kind, re.sub(r"\d+\.\d+", "#", message)[:50])
            layouts_seen = where.setdefault(key, (message, []))[1]
            if l not in layouts_seen:
                layouts_seen.append(l)
    for (n, kind, _), (message, ls) in sorted(where.items()):
        in_layouts = "all layouts" if len(ls) == len(layouts) > 1 else ", ".join(ls)
        print(f"{n} {kind}: {message} [{in_layouts}]")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("jianli", help="the built jianli binary")
    parser.add_argument("--only", help="one corpus file, e.g. 01-lin-shuyuan.md or bad/deep-html.md")
    parser.add_argument("--layout", help="one layout")
    parser.add_argument("-j", type=int, default=1, help="checks run in parallel")
    args = parser.parse_args()
    expected = load_yaml(os.path.join(CORPUS, "expected.yaml"))
    bad = {f"bad/{n}": e for n, e in load_yaml(os.path.join(CORPUS, "bad", "expected.yaml")).items()}
    only = os.path.relpath(args.only, CORPUS) if args.only and os.path.exists(args.only) else args.only
    names = [only] if only else sorted(expected) + sorted(bad)
    layouts = [args.layout] if args.layout else layouts_of(args.jianli)
    unknown = [n for n in names if n not in expected and n not in bad]
    if unknown:
        sys.exit(f"not in expected.yaml: {', '.join(unknown)}")
    with tempfile.TemporaryDirectory() as scratch, concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        jobs = {(n, l): pool.submit(check, args.jianli, n, l, expected[n], scratch)
                for n in names if n in expected for l in layouts}
        jobs.update({(n, layouts[0]): pool.submit(check_bad, args.jianli, n, layouts[0], bad[n], scratch)
                     for n in names if n in bad})
        results = {key: job.result() for key, job in jobs.items()}
    print_table(names, [l for l in layouts if any(key[1] == l for key in results)], results)
    sys.exit(1 if any(results.values()) else 0)


if __name__ == "__main__":
    main()
