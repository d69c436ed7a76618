#!/usr/bin/env bash
# Runs each libFuzzer target: first over every saved crash in tests/fuzz/regressions/
# (each must now pass), then for SECONDS from the seed corpus. Fails on any crash,
# leak, timeout or sanitizer report; the crashing input is kept in the build folder.
# usage: tests/fuzz/run.sh BUILD_DIR/tests/fuzz [SECONDS]
set -euo pipefail
bin=${1:?usage: run.sh FUZZ_BIN_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$here/../lsan.supp:print_suppressions=0

for target in fuzz_parse fuzz_render; do
  work=$bin/$target.run
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
  regressions=("$here"/regressions/*)
  if [ -e "${regressions[0]}" ]; then
    echo "== $target: ${#regressions[@]} regression inputs"
    "$bin/$target" -rss_limit_mb=2048 -timeout=30 "${regressions[@]}" 2>"$work/regressions.log" ||
      { cat "$work/regressions.log"; exit 1; }
  fi
  echo "== $target: fuzzing for ${seconds}s"
  # One job: CI has two cores and other steps run beside it.
  if ! "$bin/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -max_len=4096 \
      -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
      "$work/corpus" "$here/corpus" 2>"$work/fuzz.log"; then
    tail -n 80 "$work/fuzz.log"
    echo "$target: crash; the input is in $work/artifacts/" >&2
    exit 1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|^#.*DONE" "$work/fuzz.log" || true
done
