#!/usr/bin/env bash
# Performance report (not part of the test command): builds the release into
# dist-perf/, serves it locally with its precompressed files, and prints one
# table of sizes, Lighthouse (mobile, median of 3) beside a no-script baseline,
# the app's start and interactions on the mobile profile, first-chart timing
# and the native benchmark, each beside its budget. Exits 1 if a budget fails.
#   scripts/perf-report.sh [--runs N] [--no-bench] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh test
_setup_node_tools "$PWD/tools/perf"   # lighthouse 12.8.2, kept out of tools/ for the tests
# twiggy (what the wasm is made of): from the crate registry, once (~2 min).
command -v twiggy >/dev/null || cargo install --locked --quiet twiggy --version 0.8.0
if [[ " $* " != *" --no-build "* ]]; then
  trunk build --release --dist dist-perf
fi
args=()
for a in "$@"; do [ "$a" = --no-build ] || args+=("$a"); done
exec node scripts/perf-report.mjs --dist dist-perf "${args[@]}"
