#!/usr/bin/env bash
# Installs what is missing, then builds the deployable site into dist/:
# release wasm (wasm-opt -Oz), prerendered index.html with its CSP <meta>,
# and .br/.gz copies beside every text and wasm file.
# REPORT_DATA=path/to/report.json builds another report (default
# data/report.json; relative paths from the repository root).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh build
trunk build --release "$@"
