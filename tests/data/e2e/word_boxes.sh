#!/usr/bin/env bash
# Turns `pdftotext -bbox-layout` XHTML into "xMin yMin xMax yMax text" lines (0.1 pt),
# with a "page N" line before each page's words. Used by regen_boxes.sh and by
# tests/e2e/appearance_test.cpp, so that the golden file and the test read boxes the same way.
# usage: word_boxes.sh FILE.html
set -euo pipefail
awk '
  /<page / { printf "page %d\n", ++page }
  /<word / {
    line = $0
    n = 0
    while (match(line, /(xMin|yMin|xMax|yMax)="[-0-9.]+"/)) {
      attr = substr(line, RSTART, RLENGTH)
      sub(/^[a-zA-Z]+="/, "", attr); sub(/"$/, "", attr)
      v[++n] = attr + 0
      line = substr(line, RSTART + RLENGTH)
    }
    text = $0
    sub(/^.*<word[^>]*>/, "", text); sub(/<\/word>.*$/, "", text)
    printf "%.1f %.1f %.1f %.1f %s\n", v[1], v[2], v[3], v[4], text
  }
' "$1"
