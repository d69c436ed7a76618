#!/usr/bin/env bash
# Regenerates seed_boxes.txt, the golden file of tests/e2e/appearance_test.cpp: every word of
# the seed résumé as poppler extracts it (pdftotext -bbox-layout), with its box rounded to
# 0.1 pt, one "xMin yMin xMax yMax text" line per word and a "page N" line per page.
#
# Regenerate ONLY for a deliberate change of the layout (spacing, fonts, line breaking,
# a layout file): then review the diff of seed_boxes.txt like any other change of output.
# Never regenerate to make a performance change pass: the file is what keeps the PDF
# looking the same while the backend (src/pdf/, font subsetting, qpdf) is optimised.
#
# usage: tests/data/e2e/regen_boxes.sh [JIANLI_BINARY] [INPUT.md]
#        (defaults: build/jianli, the seed resume.md; run from anywhere)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
bin=${1:-$root/build/jianli}
input=${2:-$root/resume.md}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" "$input" -o "$tmp/seed.pdf"
pdftotext -bbox-layout "$tmp/seed.pdf" "$tmp/seed.html"
"$here/word_boxes.sh" "$tmp/seed.html" > "$here/seed_boxes.txt"
echo "wrote $here/seed_boxes.txt ($(grep -vc '^page' "$here/seed_boxes.txt") words)"
