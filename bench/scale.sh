#!/usr/bin/env bash
# Scale: whole-process time per page and peak memory for generated résumés of 10, 100
# and 1,000 pages, and for 2 MB paragraphs with no break opportunity. Time per page
# should stay flat (within 2x) and memory bounded as the input grows.
# usage: bench/scale.sh [BINARY]   (default: build/jianli)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/jianli}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs the binary on $1 and prints: pages, wall seconds, peak RSS in kB.
measure() {
  local md=$1 pdf=$work/out.pdf
  "$bin" "$md" -o "$pdf" >/dev/null 2>&1  # warm the page cache and fontconfig's cache
  local best_wall= best_kb=
  for _ in 1 2 3; do
    local stats wall kb
    stats=$(/usr/bin/time -f '%e %M' "$bin" "$md" -o "$pdf" 2>&1 >/dev/null | tail -n 1)
    read -r wall kb <<<"$stats"
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN {exit !(a < b)}'; then
      best_wall=$wall best_kb=$kb
    fi
  done
  local pages
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  echo "$pages $best_wall $best_kb"
}

printf '%-22s %7s %9s %10s %9s %12s\n' input bytes pages wall_s ms/page peak_MB
for n in 10 100 1000; do
  python3 bench/gen_resume.py pages "$n" >"$work/p$n.md"
  read -r pages wall kb <<<"$(measure "$work/p$n.md")"
  printf '%-22s %7s %9s %10s %9.2f %12.1f\n' "résumé, $n pages" "$(stat -c %s "$work/p$n.md")" \
    "$pages" "$wall" "$(awk -v w="$wall" -v p="$pages" 'BEGIN {print w * 1000 / p}')" \
    "$(awk -v k="$kb" 'BEGIN {print k / 1024}')"
done
for kind in word dashes digits; do
  python3 bench/gen_resume.py "$kind" $((2 * 1024 * 1024)) >"$work/$kind.md"
  read -r pages wall kb <<<"$(measure "$work/$kind.md")"
  printf '%-22s %7s %9s %10s %9.2f %12.1f\n' "2 MB $kind" "$(stat -c %s "$work/$kind.md")" \
    "$pages" "$wall" "$(awk -v w="$wall" -v p="$pages" 'BEGIN {print w * 1000 / p}')" \
    "$(awk -v k="$kb" 'BEGIN {print k / 1024}')"
done
