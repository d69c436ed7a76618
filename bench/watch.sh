#!/usr/bin/env bash
# jianli --watch's latency: the median time from a save's close-write to the rename of the
# new PDF, over SAVES saves of INPUT (default: the seed, resume.md). Goal: ≤ 15 ms.
# usage: bench/watch.sh [INPUT.md] [SAVES]   BIN=path/to/jianli (default build/jianli)
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 bench/watch_latency.py "${BIN:-build/jianli}" "${1:-resume.md}" "${2:-41}"
