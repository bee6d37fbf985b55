#!/usr/bin/env bash
# Builds the release site into dist/ and takes screenshots of its first
# screen at 360×740 and 1280×800 (and the case explorer on a phone) into
# docs/, which the README shows. Options go to scripts/screenshots.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh test
trunk build --release
node scripts/screenshots.mjs "$@"
