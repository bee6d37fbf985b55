#!/usr/bin/env bash
# Command B: install what is missing, then check everything:
#   rustfmt, the dependency audit (offline: advisories, licences, sources,
#   duplicates), clippy (native and wasm32), native tests, a fresh release build
#   into dist/, and the browser tests (tests/e2e/) against that dist/ served
#   from a sub-path of a local static server, in headless Chromium; then the
#   same for the test fixture, a second report (tests/fixtures/), built into
#   dist-fixture/ and checked by every browser test that is not about this
#   year's facts (all but tests/e2e/facts.test.mjs).
# REPORT_DATA=path/to/report.json tests another report in place of
# data/report.json (this year's facts are then not checked).
# Exits non-zero on the first failure; prints the native and browser test
# counts, for each report.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
source scripts/setup.sh test

fixture="tests/fixtures/sample-report.json"
report="${REPORT_DATA:-data/report.json}"
# The browser tests of this year's facts; every other file is generic.
facts="tests/e2e/facts.test.mjs"
generic=()
for file in tests/e2e/*.test.mjs; do
  [ "$file" = "$facts" ] || generic+=("$file")
done
if [ "$(realpath "$report")" = "$(realpath data/report.json)" ]; then
  browser=(tests/e2e/)
else
  browser=("${generic[@]}")
fi

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

step() {
  echo
  echo "==> $*"
  SECONDS=0
}
took() { echo "    (${SECONDS}s)"; }

step "cargo fmt --check"
cargo fmt --check
took

step "dependency audit: scripts/audit.sh (cargo audit, cargo deny; offline)"
scripts/audit.sh
took

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings
took

step "cargo clippy --target wasm32-unknown-unknown --bins --lib -- -D warnings"
cargo clippy --target wasm32-unknown-unknown --bins --lib -- -D warnings
took

# The test suites all run, and their counts are printed, even if one fails.
status=0
step "cargo test"
cargo test 2>&1 | tee "$logs/native.log" || status=1
took

step "trunk build --release (into dist/, $report)"
trunk build --release
took

# Two test files at a time: most of a browser test is waiting (halves the time on 2 cores).
concurrency="--test-concurrency=2"
step "browser tests: node --test ${browser[*]} on dist/ (headless /usr/bin/chromium)"
DIST="$root/dist" node --test $concurrency --test-reporter=spec "${browser[@]}" 2>&1 | tee "$logs/browser.log" || status=1
took

# The second report: the same code and the generic tests, another school.
# (REPORT_DATA changes what build.rs bakes; Cargo rebuilds only this crate.)
step "trunk build --release (into dist-fixture/, $fixture)"
REPORT_DATA="$fixture" trunk build --release --dist dist-fixture
took

step "browser tests: node --test (${#generic[@]} generic files) on dist-fixture/"
DIST="$root/dist-fixture" REPORT_DATA="$fixture" node --test $concurrency --test-reporter=spec "${generic[@]}" 2>&1 |
  tee "$logs/browser-fixture.log" || status=1
took

# Totals, from the runners' own summaries.
native_pass=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($i ~ /^passed;?$/) n += $(i - 1) } END { print n + 0 }' "$logs/native.log")
native_fail=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($i ~ /^failed;?$/) n += $(i - 1) } END { print n + 0 }' "$logs/native.log")
# "ℹ pass N" / "ℹ fail N" from a node --test log; 0 if absent.
node_count() { sed -n "s/^ℹ $1 \([0-9]*\)$/\1/p" "$2" | tail -1 | grep . || echo 0; }
browser_pass=$(node_count pass "$logs/browser.log")
browser_fail=$(node_count fail "$logs/browser.log")
fixture_pass=$(node_count pass "$logs/browser-fixture.log")
fixture_fail=$(node_count fail "$logs/browser-fixture.log")
echo
echo "native tests (cargo test): $native_pass passed, $native_fail failed"
echo "browser tests, $report (dist/): $browser_pass passed, $browser_fail failed"
echo "browser tests, $fixture (dist-fixture/): $fixture_pass passed, $fixture_fail failed"
echo "total: $((native_pass + browser_pass + fixture_pass)) passed, $((native_fail + browser_fail + fixture_fail)) failed"
if [ "$native_pass" -eq 0 ] || [ "$browser_pass" -eq 0 ] || [ "$fixture_pass" -eq 0 ]; then
  echo "error: a test suite ran no test" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "error: a test suite failed (see above)" >&2
fi
exit "$status"
