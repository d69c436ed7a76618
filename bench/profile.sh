#!/usr/bin/env bash
# Counts the instructions of one render of a résumé (default: the seed) with valgrind's
# callgrind — repeatable on a busy machine, unlike wall time — and prints the total and the
# top entries by inclusive count (a function and everything it calls).
# usage: bench/profile.sh [INPUT.md] [TOP]
#   BIN=path/to/jianli (default build/jianli); KEEP=file.out keeps callgrind's output for
#   callgrind_annotate / kcachegrind (e.g. --tree=calling to see who calls what).
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-resume.md}
top=${2:-40}
bin=${BIN:-build/jianli}
command -v valgrind >/dev/null || { echo "needs valgrind: apt-get install valgrind" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${KEEP:-$work/callgrind.out}

valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" "$input" -o "$work/out.pdf" \
  2> "$work/valgrind.log" || { cat "$work/valgrind.log" >&2; exit 1; }
total=$(awk '/^summary:/ {print $2}' "$out")
printf '%s: %s instructions (callgrind), pdf %s bytes\n' "$input" \
  "$(echo "$total" | sed -E ':a; s/([0-9])([0-9]{3})($|,)/\1,\2\3/; ta')" "$(stat -c %s "$work/out.pdf")"
# Inclusive counts; the program's own frames (main, run, below main, the dynamic loader's
# entry) come first and are left out, as are a library's unnamed internal functions (???:0x…):
# what is under them is what matters.
callgrind_annotate --inclusive=yes "$out" 2>/dev/null |
  awk '/^-+$/ {dash++; next} dash >= 3 && NF' |
  grep -v -E '\(below main\)|libc-start|libc_start_call_main|:main \[|cli::run\(' |
  grep -v -E '\?\?\?:0x[0-9a-f]+(\x27[0-9]+)? \[|^Ir|file:function' |
  sed -E 's/\[[^]]*\/([^/]+)\]$/[\1]/; s/std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >/std::string/g' |
  cut -c1-150 | head -n "$top"
