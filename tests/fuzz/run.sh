#!/usr/bin/env bash
# Runs each libFuzzer target: first over every saved crash in tests/fuzz/regressions/
# (each must now pass), then from the seed corpus. Fails on any crash, leak, timeout or
# sanitizer report.
#
# usage: tests/fuzz/run.sh BUILD_DIR/tests/fuzz runs P R   # P inputs of fuzz_parse and of
#                                                           # fuzz_html, R of fuzz_render,
#                                                           # from a fixed seed:
#                                                           # the same commit, the same result
#        tests/fuzz/run.sh BUILD_DIR/tests/fuzz seconds S  # open-ended, S seconds a target
#
# `make test` runs a fixed number (a landing fails only on what the change broke); `make fuzz`
# runs open-ended. On a failure the log carries all that is needed to reproduce it, since CI's
# clone is deleted afterwards: the sanitizer's report and the input, in base64
# (`base64 -d > input; build-fuzz/tests/fuzz/TARGET input`).
set -euo pipefail
bin=${1:?usage: run.sh FUZZ_BIN_DIR runs PARSE_RUNS RENDER_RUNS | seconds S}
mode=${2:-runs}
amount=${3:-100000}
render_amount=${4:-$amount}
here=$(cd "$(dirname "$0")" && pwd)
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$here/../lsan.supp:print_suppressions=0
case "$mode" in
  runs | seconds) ;;
  *) echo "run.sh: mode must be runs or seconds, not '$mode'" >&2; exit 2 ;;
esac
budget_of() {  # target
  local n=$amount
  [ "$1" = fuzz_render ] && n=$render_amount
  # fuzz_html reads each input twice (an HTML block through gumbo, then a whole document
  # around it) and its corpus grows rich fast: ~160 inputs/s, so a tenth of fuzz_parse's.
  [ "$1" = fuzz_html ] && [ "$mode" = runs ] && n=$((amount / 10))
  if [ "$mode" = runs ]; then echo "-runs=$n -seed=20261130"; else echo "-max_total_time=$n"; fi
}

report_failure() {  # target, log, artifacts folder
  tail -n 80 "$2"
  for input in "$3"/*; do
    [ -e "$input" ] || continue
    echo "== $1: failing input $(basename "$input") ($(stat -c %s "$input") bytes), base64:"
    base64 -w 76 "$input"
  done
  echo "$1: failed; reproduce with: base64 -d > input, then $bin/$1 input" >&2
}

for target in fuzz_parse fuzz_html fuzz_render; do
  work=$bin/$target.run
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
  regressions=("$here"/regressions/*)
  if [ -e "${regressions[0]}" ]; then
    echo "== $target: ${#regressions[@]} regression inputs"
    "$bin/$target" -rss_limit_mb=2048 -timeout=30 "${regressions[@]}" 2>"$work/regressions.log" ||
      { tail -n 80 "$work/regressions.log"; exit 1; }
  fi
  read -r -a budget <<<"$(budget_of "$target")"
  seeds=("$here/corpus")
  [ "$target" = fuzz_html ] && seeds+=("$here/corpus_html")
  echo "== $target: ${budget[*]}"
  # One job: CI has two cores and other steps run beside it.
  if ! "$bin/$target" "${budget[@]}" -rss_limit_mb=2048 -timeout=30 -max_len=4096 \
      -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
      "$work/corpus" "${seeds[@]}" 2>"$work/fuzz.log"; then
    report_failure "$target" "$work/fuzz.log" "$work/artifacts"
    exit 1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|^#.*DONE" "$work/fuzz.log" || true
done
