#!/usr/bin/env bash
# Command A: install what is missing, then serve a debug build on
# http://127.0.0.1:8080/ with live reload. Extra arguments go to `trunk serve`
# (e.g. `scripts/serve.sh --release`).
#
#   REPORT_DATA=tests/fixtures/sample-report.json scripts/serve.sh
# serves another report (default data/report.json; relative paths from the
# repository root): build.rs bakes that file, and editing it rebuilds.
#
# Builds into dist-dev/, so dist/ stays the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh build

watch=()
if [ -n "${REPORT_DATA:-}" ]; then
  if [ ! -f "$REPORT_DATA" ]; then
    echo "serve.sh: REPORT_DATA=$REPORT_DATA: no such file (relative paths start at $PWD)" >&2
    exit 1
  fi
  data="$(realpath -- "$REPORT_DATA")"
  folder="$(dirname -- "$data")"
  # `--watch` replaces Trunk.toml's [watch] list: pass that list, plus the
  # data file's folder (or the file alone if that folder is the repository,
  # whose target/ and dist*/ must never be watched).
  listed=false
  while read -r path; do
    [ -n "$path" ] || continue
    watch+=(--watch "$path")
    if [ "$(realpath -- "$path")" = "$folder" ]; then listed=true; fi
  done < <(sed -n 's/^watch *= *\[\(.*\)\]/\1/p' Trunk.toml | tr ',' '\n' | tr -d ' "')
  if [ "$folder" = "$PWD" ]; then
    watch+=(--watch "$data")
  elif [ "$listed" = false ]; then
    watch+=(--watch "$folder")
  fi
  echo "serve.sh: serving the report in $data" >&2
fi
exec trunk serve --dist dist-dev "${watch[@]}" "$@"
