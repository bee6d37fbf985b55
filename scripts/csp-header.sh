#!/usr/bin/env bash
# Prints the Content-Security-Policy HTTP header value recommended for a
# deployment: the policy the build wrote into dist/index.html's <meta> (its
# script hashes change with every build), plus what only a header can say.
#   scripts/csp-header.sh [dist]
set -euo pipefail
index="${1:-$(dirname "$0")/../dist}/index.html"
policy="$(sed -n 's/.*<meta http-equiv="Content-Security-Policy" content="\([^"]*\)">.*/\1/p' "$index")"
if [ -z "$policy" ]; then
  echo "csp-header.sh: no CSP <meta> in $index (build with scripts/build.sh first)" >&2
  exit 1
fi
echo "$policy; frame-ancestors 'none'"
