#!/usr/bin/env bash
# Two builds of jianli side by side (before/after a change), run alternately in this one call
# so that both see the same machine load: CPU per document of a batch of N variants of the
# seed (one run, --jobs 1, one core, as bench/batch.sh) and CPU of one cold render of the seed
# (perf stat -r 30 task-clock, one core), ROUNDS rounds, medians; and the load.
# usage: bench/ab.sh OLD_BINARY NEW_BINARY [N] [ROUNDS]   (default: 60 5)
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1") new=$(realpath "$2")
n=${3:-60}
rounds=${4:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out"
for ((i = 0; i < n; i++)); do { cat resume.md; printf '\n变体 %d\n' "$i"; } >"$work/in/r$i.md"; done

batch_ms() {  # CPU ms per document of one batch run
  /usr/bin/time -f '%U %S' -o "$work/time" taskset -c 0 "$1" -q --jobs 1 -d "$work/out" "$work"/in/r*.md
  awk -v n="$n" '{printf "%.1f\n", ($1 + $2) * 1000 / n}' "$work/time"
}
cold_ms() {  # CPU ms of one cold render, mean of 30
  taskset -c 0 perf stat -x, -e task-clock -r 30 "$1" -q resume.md -o "$work/cold.pdf" 2>&1 >/dev/null |
    awk -F, '/task-clock/ {printf "%.1f\n", $1}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-5s %14s %14s\n' round build batch_ms/doc cold_ms
ob=() nb=() oc=() nc=()
for ((r = 1; r <= rounds; r++)); do
  ob+=("$(batch_ms "$old")") nb+=("$(batch_ms "$new")")
  oc+=("$(cold_ms "$old")") nc+=("$(cold_ms "$new")")
  printf '%-6s %-5s %14s %14s\n' "$r" old "${ob[-1]}" "${oc[-1]}" "$r" new "${nb[-1]}" "${nc[-1]}"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median old: batch $(median "${ob[@]}") ms/doc, cold $(median "${oc[@]}") ms"
echo "median new: batch $(median "${nb[@]}") ms/doc, cold $(median "${nc[@]}") ms"
