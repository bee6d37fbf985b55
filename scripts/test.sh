#!/usr/bin/env bash
# Command B: install what is missing, then check everything:
#   rustfmt, the dependency audit (offline: advisories, licences, sources,
#   duplicates), clippy (native and wasm32), native tests, a fresh release build
#   into dist/, and the browser tests (tests/e2e/) against that dist/ served
#   from a sub-path of a local static server, in headless Chromium.
# Exits non-zero on the first failure; prints the native and browser test counts.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
source scripts/setup.sh test

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

# The two test suites both run, and their counts are printed, even if one fails.
status=0
step "cargo test"
cargo test 2>&1 | tee "$logs/native.log" || status=1
took

step "trunk build --release (into dist/)"
trunk build --release
took

step "browser tests: node --test tests/e2e/ (headless /usr/bin/chromium)"
DIST="$root/dist" node --test --test-reporter=spec tests/e2e/ 2>&1 | tee "$logs/browser.log" || status=1
took

# Totals, from the runners' own summaries.
native_pass=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($i ~ /^passed;?$/) n += $(i - 1) } END { print n + 0 }' "$logs/native.log")
native_fail=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($i ~ /^failed;?$/) n += $(i - 1) } END { print n + 0 }' "$logs/native.log")
browser_pass=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$logs/browser.log" | tail -1)
browser_fail=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$logs/browser.log" | tail -1)
browser_pass=${browser_pass:-0}
browser_fail=${browser_fail:-0}
echo
echo "native tests (cargo test): $native_pass passed, $native_fail failed"
echo "browser tests (node --test tests/e2e/): $browser_pass passed, $browser_fail failed"
echo "total: $((native_pass + browser_pass)) passed, $((native_fail + browser_fail)) failed"
if [ "$native_pass" -eq 0 ] || [ "$browser_pass" -eq 0 ]; then
  echo "error: a test suite ran no test" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "error: a test suite failed (see above)" >&2
fi
exit "$status"
