// Screenshots of the release build's first screen, on a phone (360×740) and
// a desktop (1280×800), with the app mounted, into docs/ (the README shows
// them). Usage: node scripts/screenshots.mjs [--dist DIR] [--out DIR]
// (scripts/screenshots.sh builds dist/ first).

import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { startSite, VIEWPORTS, ROOT } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
if (arg('--dist')) process.env.DIST = path.resolve(arg('--dist'));
const out = path.resolve(arg('--out', path.join(ROOT, 'docs')));
mkdirSync(out, { recursive: true });

const shots = [
  ['first-screen-360.png', { ...VIEWPORTS.phone, deviceScaleFactor: 2 }, ''],
  ['first-screen-1280.png', VIEWPORTS.desktop, ''],
  ['cases-360.png', { ...VIEWPORTS.phone, deviceScaleFactor: 2 }, '#cases'],
];

const site = await startSite();
try {
  for (const [file, viewport, hash] of shots) {
    const visit = await site.open(viewport, { path: hash });
    await visit.settle(500);
    await visit.page.screenshot({ path: path.join(out, file) });
    console.log(`screenshots: ${path.relative(ROOT, path.join(out, file))} (${viewport.width}×${viewport.height}${hash})`);
    await visit.close();
  }
} finally {
  await site.close();
}
