#!/usr/bin/env bash
# Scale: whole-process time per page and peak memory for generated résumés of 10, 100
# and 1,000 pages, for 2 MB paragraphs with no break opportunity, and time per block for
# 10,000 to 80,000 headings in a run (issue 11 item 5: pagination was quadratic there).
# Time per page and per block should stay flat (within 2x) and memory bounded as the
# input grows. Then the inputs that once cost far more than their size (issue 12), each
# at x1, x10 and x100: time and memory should grow tenfold a step, no more.
# usage: bench/scale.sh [BINARY]   (default: build/jianli)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/jianli}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs the binary on $1 (more arguments after it) and prints: pages, wall seconds, peak RSS in kB.
measure() {
  local md=$1 pdf=$work/out.pdf
  shift
  "$bin" "$md" -o "$pdf" "$@" >/dev/null 2>&1  # warm the page cache and fontconfig's cache
  local best_wall= best_kb=
  for _ in 1 2 3; do
    local stats wall kb
    stats=$(/usr/bin/time -f '%e %M' "$bin" "$md" -o "$pdf" "$@" 2>&1 >/dev/null | tail -n 1)
    read -r wall kb <<<"$stats"
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN {exit !(a < b)}'; then
      best_wall=$wall best_kb=$kb
    fi
  done
  local pages
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  echo "$pages $best_wall $best_kb"
}

# Prints one row: LABEL, then the figures for FILE.md; the time column is per page, or per
# block when BLOCKS is given (in µs).
report() {
  local label=$1 md=$2 blocks=${3:-} pages wall kb per
  read -r pages wall kb <<<"$(measure "$md")"
  if [ -n "$blocks" ]; then
    per=$(awk -v w="$wall" -v n="$blocks" 'BEGIN {printf "%.1f", w * 1e6 / n}')
  else
    per=$(awk -v w="$wall" -v p="$pages" 'BEGIN {printf "%.2f", w * 1000 / p}')
  fi
  printf '%-22s %9s %7s %8s %12s %9.1f\n' "$label" "$(stat -c %s "$md")" "$pages" "$wall" \
    "$per" "$(awk -v k="$kb" 'BEGIN {print k / 1024}')"
}

printf '%-22s %9s %7s %8s %12s %9s\n' input bytes pages wall_s ms/page peak_MB
for n in 10 100 1000; do
  python3 bench/gen_resume.py pages "$n" >"$work/p$n.md"
  report "résumé, $n pages" "$work/p$n.md"
done
for kind in word dashes digits; do
  python3 bench/gen_resume.py "$kind" $((2 * 1024 * 1024)) >"$work/$kind.md"
  report "2 MB $kind" "$work/$kind.md"
done
# Issue 11 item 5: a run of headings with no text under them (each keeps with the next).
printf '\n%-22s %9s %7s %8s %12s %9s\n' input bytes pages wall_s us/block peak_MB
for n in 10000 20000 40000 80000; do
  python3 bench/gen_resume.py headings "$n" >"$work/h$n.md"
  report "$n headings" "$work/h$n.md" "$n"
done

# The sidebar sets a contact line one item a line; the others use the default layout.
# `url` past x1 is over the 21,000-byte link limit and set as text; `link` stays a link at
# x100 (20 KB over about 220 lines, 6 pages), whose lines share one copy of the address.
printf '\n%-22s %7s %9s %10s %12s %9s\n' input bytes pages wall_s peak_MB pdf_KB
for kind_size in "contact 1000" "strike 2700" "url 2400" "link 200" "yaml 1000"; do
  read -r kind size <<<"$kind_size"
  for scale in 1 10 100; do
    python3 bench/gen_resume.py "$kind" $((size * scale)) >"$work/$kind.md"
    if [ "$kind" = contact ]; then
      bin_args=(--layout sidebar)
    else
      bin_args=()
    fi
    read -r pages wall kb <<<"$(measure "$work/$kind.md" "${bin_args[@]}")"
    printf '%-22s %7s %9s %10s %12.1f %9.1f\n' "$kind x$scale" "$(stat -c %s "$work/$kind.md")" \
      "$pages" "$wall" "$(awk -v k="$kb" 'BEGIN {print k / 1024}')" \
      "$(awk -v b="$(stat -c %s "$work/out.pdf")" 'BEGIN {print b / 1024}')"
  done
done
