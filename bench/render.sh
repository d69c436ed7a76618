#!/usr/bin/env bash
# Whole-process figures for rendering a résumé (default: the seed, resume.md):
# median wall time over warm runs, peak resident memory, PDF size, core count, and — when the
# Typst peer is installed (../shared/peers/install-typst.sh) — Typst's median and the
# jianli/Typst ratio from runs of the two alternating in this one call, so that both see the
# same machine load (absolute times drift with the load; the ratio much less).
# usage: bench/render.sh [INPUT.md] [RUNS]
#   BIN=path/to/jianli (default build/jianli), PEERS=/tmp/jianli-peers (Typst's install),
#   TYPST_RUNS=N (alternating pairs; default RUNS), NO_TYPST=1 to skip the peer.
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-resume.md}
runs=${2:-11}
bin=${BIN:-build/jianli}
peers=${PEERS:-/tmp/jianli-peers}
render_typst=${RENDER_TYPST:-../shared/peers/render-typst.sh}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

now_us() { echo $(( $(date +%s%N) / 1000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_us() {  # runs "$@" once, prints its wall time in microseconds
  local start end
  start=$(now_us)
  "$@" >/dev/null
  end=$(now_us)
  echo $(( end - start ))
}

"$bin" "$input" -o "$out/warm.pdf"  # warm the page cache and fontconfig's cache
times=()
for _ in $(seq "$runs"); do times+=("$(time_us "$bin" "$input" -o "$out/out.pdf")"); done
median_us=$(printf '%s\n' "${times[@]}" | median)
peak_kb=$(/usr/bin/time -v "$bin" "$input" -o "$out/out.pdf" 2>&1 >/dev/null |
  awk -F': ' '/Maximum resident set size/ {print $2}')
bytes=$(stat -c %s "$out/out.pdf")
pages=$(pdfinfo "$out/out.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')

printf 'input        %s\n' "$input"
printf 'cores        %s (load %s)\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
awk -v us="$median_us" -v n="$runs" 'BEGIN {printf "wall median  %.1f ms (%d warm runs)\n", us / 1000, n}'
awk -v kb="$peak_kb" 'BEGIN {printf "peak memory  %.1f MB\n", kb / 1024}'
printf 'pdf          %s bytes, %s pages\n' "$bytes" "${pages:-?}"

# The peer: the seed's hand-written Typst equivalent, alternating with jianli run by run.
if [[ -n ${NO_TYPST:-} || ! -d $peers/typst/node_modules || ! -x $render_typst ]]; then
  printf 'typst        not installed (../shared/peers/install-typst.sh), no ratio\n'
  exit 0
fi
pairs=${TYPST_RUNS:-$runs}
export PEERS=$peers
"$render_typst" >/dev/null 2>&1 || { printf 'typst        failed to run, no ratio\n'; exit 0; }
jianli_us=() typst_us=()
for _ in $(seq "$pairs"); do
  jianli_us+=("$(time_us "$bin" "$input" -o "$out/out.pdf")")
  typst_us+=("$(time_us "$render_typst")")
done
j=$(printf '%s\n' "${jianli_us[@]}" | median)
t=$(printf '%s\n' "${typst_us[@]}" | median)
typst_kb=$(/usr/bin/time -v "$render_typst" 2>&1 >/dev/null |
  awk -F': ' '/Maximum resident set size/ {print $2}')
typst_bytes=$(stat -c %s "$peers/out/typst.pdf" 2>/dev/null || echo '?')
awk -v j="$j" -v t="$t" -v n="$pairs" -v kb="$typst_kb" -v b="$typst_bytes" 'BEGIN {
  printf "alternating  %d pairs: jianli median %.1f ms, typst median %.1f ms\n", n, j / 1000, t / 1000
  printf "typst        peak %.1f MB, pdf %s bytes\n", kb / 1024, b
  printf "ratio        jianli/typst = %.3f (goal <= 0.05)\n", j / t
}'
