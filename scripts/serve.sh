#!/usr/bin/env bash
# Command A: install what is missing, then serve a debug build on
# http://127.0.0.1:8080/ with live reload. Extra arguments go to `trunk serve`
# (e.g. `scripts/serve.sh --release`).
#
# Builds into dist-dev/, so dist/ stays the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh build
exec trunk serve --dist dist-dev "$@"
