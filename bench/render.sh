#!/usr/bin/env bash
# Whole-process figures for rendering a résumé (default: the seed, resume.md):
# median wall time over warm runs, peak resident memory, PDF size, core count.
# usage: bench/render.sh [INPUT.md] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-resume.md}
runs=${2:-11}
bin=build/jianli
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin" "$input" -o "$out/warm.pdf"  # warm the page cache and fontconfig's cache
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$bin" "$input" -o "$out/out.pdf"
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
median_us=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
peak_kb=$(/usr/bin/time -v "$bin" "$input" -o "$out/out.pdf" 2>&1 >/dev/null |
  awk -F': ' '/Maximum resident set size/ {print $2}')
bytes=$(stat -c %s "$out/out.pdf")
pages=$(pdfinfo "$out/out.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')

printf 'input        %s\n' "$input"
printf 'cores        %s\n' "$(nproc)"
awk -v us="$median_us" -v n="$runs" 'BEGIN {printf "wall median  %.1f ms (%d warm runs)\n", us / 1000, n}'
awk -v kb="$peak_kb" 'BEGIN {printf "peak memory  %.1f MB\n", kb / 1024}'
printf 'pdf          %s bytes, %s pages\n' "$bytes" "${pages:-?}"
