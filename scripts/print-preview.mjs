// Prints the release build to PDF as a reader's browser would (A4, print
// stylesheet, JavaScript on, every chart and table mounted), for the README's
// print preview (scripts/print-preview.sh turns one page into a PNG).
// Usage: node scripts/print-preview.mjs --dist dist --out target/print/report.pdf

import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { startSite, VIEWPORTS, ROOT } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
if (arg('--dist')) process.env.DIST = path.resolve(arg('--dist'));
const out = path.resolve(arg('--out', path.join(ROOT, 'target', 'print', 'report.pdf')));
mkdirSync(path.dirname(out), { recursive: true });

const site = await startSite();
try {
  const visit = await site.open(VIEWPORTS.desktop);
  const { page } = visit;
  // Bring every chart and table to life first, as a reader who scrolled would.
  for (const island of await page.locator('[data-island="chart"], [data-island="table"]').all()) {
    await island.scrollIntoViewIfNeeded();
  }
  await visit.settle(500);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: out, format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  console.log(`print-preview: ${path.relative(ROOT, out)}`);
  await visit.close();
} finally {
  await site.close();
}
