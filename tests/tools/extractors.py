#!/usr/bin/python3
"""What four text extractors give back from a PDF, against the résumé it was made from.

usage: extractors.py SOURCE.md FILE.pdf
Prints one line per extractor (pdftotext, pdftotext -raw, mutool draw -F txt, pypdf) with
  joined:  hard-hyphen compounds of the source ("EPS-MoE") that come back without their hyphen
  spaces:  spaces between a Han character and a Latin letter or digit that the source lacks
For docs/extraction.md; exits 0 whatever it finds."""
import re
import subprocess
import sys

import pypdf

HAN = "\u3400-\u9fff"
GAP = re.compile(f"[{HAN}] [A-Za-z0-9]|[A-Za-z0-9] [{HAN}]")


def extractors(pdf):
    run = lambda *cmd: subprocess.run(cmd, capture_output=True, text=True).stdout
    yield "pdftotext", run("pdftotext", "-enc", "UTF-8", pdf, "-")
    yield "pdftotext -raw", run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-")
    yield "mutool", run("mutool", "draw", "-q", "-F", "txt", pdf)
    yield "pypdf", "\n".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)


def measure(source, text):
    compounds = set(re.findall(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+", source))
    joined = sum(
        len(re.findall(rf"\b{re.escape(c.replace('-', ''))}\b", text))
        - len(re.findall(rf"\b{re.escape(c.replace('-', ''))}\b", source))
        for c in compounds
    )
    spaces = len(GAP.findall(text)) - len(GAP.findall(source))
    return max(joined, 0), max(spaces, 0)


if __name__ == "__main__":
    source = open(sys.argv[1], encoding="utf-8").read()
    for name, text in extractors(sys.argv[2]):
        joined, spaces = measure(source, text)
        print(f"{name:15} joined={joined:3} spaces={spaces:3}")
