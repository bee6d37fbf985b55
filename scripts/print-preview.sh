#!/usr/bin/env bash
# The README's print preview: prints the release build (dist/, built if
# missing) to PDF like a reader's browser, then renders the page that holds
# the graduates' comparison with the province (a chart and its table) to
# docs/print-page.png. Needs poppler-utils (pdftotext, pdftoppm), installed
# if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh test
_setup_apt poppler-utils
[ -f dist/index.html ] || trunk build --release
pdf=target/print/report.pdf
node scripts/print-preview.mjs --dist dist --out "$pdf"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
marker="本校与全省高职平均值比较"
page=""
for ((p = 1; p <= pages; p++)); do
  if pdftotext -f "$p" -l "$p" "$pdf" - | tr -d ' \n' | grep -q "$marker"; then
    page=$p
  fi
done
page=${page:-1}
pdftoppm -f "$page" -l "$page" -r 72 -png -singlefile "$pdf" docs/print-page
echo "print-preview: page $page of $pages -> docs/print-page.png"
