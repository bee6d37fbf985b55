// Size budget of the first view: everything the page downloads before the
// reader scrolls (index.html with its inline styles, the js, wasm and favicon
// it references, plus anything else the browser fetched) must be at most
// 130 KB brotli.
// Prints a raw / gzip / brotli table. Sizes only, no timing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSite, distDir, VIEWPORTS } from './harness.mjs';
import { firstViewFiles, sizeRows, formatSizeTable, BROTLI_BUDGET } from './sizes.mjs';

test(`first view is at most ${BROTLI_BUDGET / 1000} KB brotli`, async () => {
  const dist = distDir();
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');

  // What the browser actually asked for at first view, on a phone.
  const site = await startSite();
  let fetched;
  try {
    const visit = await site.open(VIEWPORTS.phone);
    await visit.settle();
    fetched = visit.requests;
    await visit.close();
  } finally {
    await site.close();
  }

  const files = firstViewFiles(html, fetched, site.url);
  for (const kind of ['index.html', '.js', '.wasm', 'favicon']) {
    assert.ok(files.some((f) => f.includes(kind)), `first view includes ${kind}: ${files.join(', ')}`);
  }
  const rows = sizeRows(dist, files);
  console.log(formatSizeTable(rows));
  const missing = rows.filter((r) => !r.precompressed).map((r) => r.file);
  assert.deepEqual(missing, [], 'every first-view text/wasm file has .br and .gz copies');
  const total = rows.reduce((sum, r) => sum + r.brotli, 0);
  assert.ok(total <= BROTLI_BUDGET, `first view ${total} B brotli > budget ${BROTLI_BUDGET} B`);
});
