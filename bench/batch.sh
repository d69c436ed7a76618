#!/usr/bin/env bash
# Batch throughput (issue 15 item 3): N variants of the seed résumé (each with one line added)
# in one jianli run, against Typst warm (one Node process compiling N variants of the peer's
# hand-written equivalent, fonts loaded once: ../shared/peers/typst-batch.js), both pinned to
# one core and run alternately, ROUNDS times. Prints each tool's cost per document and the
# ratio. Then time and peak memory for 100 and 1,000 inputs in one run: memory should stay
# flat with the number of inputs.
# usage: bench/batch.sh [BINARY] [N] [ROUNDS]   (default: build/jianli 60 3)
# Typst: sh ../shared/peers/install-typst.sh installs it into /tmp/jianli-peers; without it
# jianli is measured alone. Figures measured: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/jianli}")
n=${2:-60}
rounds=${3:-3}
peers=$(realpath ../shared/peers 2>/dev/null || echo /work/shared/peers)
typst_modules=${PEERS:-/tmp/jianli-peers}/typst/node_modules
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# N variants of the seed in $work/in$N, the line added in the seed's own language.
make_inputs() {
  local count=$1 dir=$work/in$1
  mkdir -p "$dir" "$dir.out"
  for ((i = 0; i < count; i++)); do
    { cat resume.md; printf '\n变体 %d\n' "$i"; } >"$dir/r$i.md"
  done
}

# One jianli run over the N inputs on one core, one worker: prints "wall_s cpu_s peak_kB".
run_jianli() {
  local count=$1 dir=$work/in$1
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    taskset -c 0 "$bin" -q --jobs 1 -d "$dir.out" "$dir"/r*.md
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time"
}

# One Typst process compiling N variants: prints "wall_s cpu_s median_ms".
run_typst() {
  local out
  out=$(/usr/bin/time -f '%e %U %S' -o "$work/time" taskset -c 0 env NODE_PATH="$typst_modules" \
    node "$peers/typst-batch.js" "$peers/resume.typ" "$1")
  local median
  median=$(sed -n 's/.*per doc median \([0-9.]*\) ms.*/\1/p' <<<"$out")
  awk -v m="$median" '{printf "%s %.2f %s\n", $1, $2 + $3, m}' "$work/time"
}

have_typst=0
[ -d "$typst_modules/@myriaddreamin" ] && have_typst=1
make_inputs "$n"
echo "== $n variants of the seed in one run, one core (taskset -c 0), $rounds rounds alternately"
[ "$have_typst" = 1 ] || echo "(Typst is not installed: sh $peers/install-typst.sh; jianli alone)"
printf '%-6s %-8s %8s %8s %12s %12s\n' round tool wall_s cpu_s wall_ms/doc cpu_ms/doc
jianli_per=() typst_per=()
for ((round = 1; round <= rounds; round++)); do
  read -r wall cpu kb <<<"$(run_jianli "$n")"
  printf '%-6s %-8s %8s %8s %12.1f %12.1f\n' "$round" jianli "$wall" "$cpu" \
    "$(awk -v w="$wall" -v n="$n" 'BEGIN {print w * 1000 / n}')" \
    "$(awk -v c="$cpu" -v n="$n" 'BEGIN {print c * 1000 / n}')"
  jianli_per+=("$(awk -v c="$cpu" -v n="$n" 'BEGIN {print c * 1000 / n}')")
  if [ "$have_typst" = 1 ]; then
    read -r wall cpu median <<<"$(run_typst "$n")"
    printf '%-6s %-8s %8s %8s %12.1f %12.1f   (its own median per compile: %s ms)\n' "$round" \
      typst "$wall" "$cpu" "$(awk -v w="$wall" -v n="$n" 'BEGIN {print w * 1000 / n}')" \
      "$(awk -v c="$cpu" -v n="$n" 'BEGIN {print c * 1000 / n}')" "$median"
    typst_per+=("$(awk -v c="$cpu" -v n="$n" 'BEGIN {print c * 1000 / n}')")
  fi
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
j=$(median "${jianli_per[@]}")
echo "jianli: $j ms of CPU per document (whole process / $n, start-up included)"
if [ "$have_typst" = 1 ]; then
  t=$(median "${typst_per[@]}")
  echo "typst warm: $t ms of CPU per document (whole process / $n, Node and font loading included)"
  awk -v j="$j" -v t="$t" 'BEGIN {printf "ratio jianli/typst: %.2f (goal: 0.25 or less)\n", j / t}'
fi

echo
echo "== time and peak memory by number of inputs (one run, one core, --jobs 1)"
printf '%-8s %8s %8s %12s %9s\n' inputs wall_s cpu_s cpu_ms/doc peak_MB
for count in 100 1000; do
  [ -d "$work/in$count" ] || make_inputs "$count"
  read -r wall cpu kb <<<"$(run_jianli "$count")"
  printf '%-8s %8s %8s %12.1f %9.1f\n' "$count" "$wall" "$cpu" \
    "$(awk -v c="$cpu" -v n="$count" 'BEGIN {print c * 1000 / n}')" \
    "$(awk -v k="$kb" 'BEGIN {print k / 1024}')"
  rm -rf "$work/in$count" "$work/in$count.out"
done
