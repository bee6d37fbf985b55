// Size figures of the built site, shared by the size test and
// scripts/perf-report.mjs: which files the first view downloads, and their
// raw / gzip / brotli sizes (the .gz/.br copies the build wrote, else computed
// here at gzip -9 / brotli 11).

import { existsSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import path from 'node:path';

/** 130 KB, counted as 130 000 bytes. */
export const BROTLI_BUDGET = 130_000;

/**
 * Files (relative to dist) that the first view downloads: index.html, every
 * local href/src in it, and every same-site URL the browser requested.
 * @param {string} html dist/index.html
 * @param {string[]} requested URLs the browser requested
 * @param {string} base the page URL (for resolving)
 */
export function firstViewFiles(html, requested = [], base = 'http://x/') {
  const files = new Set(['index.html']);
  const add = (url) => {
    const u = new URL(url, base);
    const b = new URL(base);
    if (u.origin !== b.origin || !u.pathname.startsWith(b.pathname)) return;
    const rel = decodeURIComponent(u.pathname.slice(b.pathname.length));
    files.add(rel === '' || rel.endsWith('/') ? rel + 'index.html' : rel);
  };
  for (const m of html.matchAll(/<(?:link|script|img)\b[^>]*?\s(?:href|src)="([^"]+)"[^>]*>/g)) {
    // Lazy images load as the reader scrolls, not in the first view.
    if (/\sloading="lazy"/.test(m[0])) continue;
    if (!/^(?:[a-z]+:|\/\/|#)/i.test(m[1])) add(m[1]);
  }
  // The app module the loader starts: <meta name="app-module" content=js data-wasm=wasm>.
  const app = html.match(/<meta name="app-module"[^>]*>/)?.[0] ?? '';
  for (const m of app.matchAll(/\s(?:content|data-wasm)="([^"]+)"/g)) add(m[1]);
  for (const url of requested) add(url);
  return [...files].sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
}

/** raw, gzip and brotli bytes of each file in dist. */
export function sizeRows(dist, files) {
  return files.map((file) => {
    const full = path.join(dist, file);
    const raw = statSync(full).size;
    const gz = existsSync(full + '.gz') ? statSync(full + '.gz').size : null;
    const br = existsSync(full + '.br') ? statSync(full + '.br').size : null;
    const data = gz === null || br === null ? readFileSync(full) : null;
    return {
      file,
      raw,
      gzip: gz ?? gzipSync(data, { level: 9 }).length,
      brotli:
        br ??
        brotliCompressSync(data, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
        }).length,
      precompressed: gz !== null && br !== null,
    };
  });
}

const kb = (n) => (n / 1000).toFixed(1);

/** A plain-text table with a total line and the budget verdict. */
export function formatSizeTable(rows, budget = BROTLI_BUDGET) {
  const total = rows.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  const name = Math.max(24, ...rows.map((r) => r.file.length));
  const line = (f, raw, gz, br, note = '') =>
    `${f.padEnd(name)}  ${raw.padStart(10)}  ${gz.padStart(10)}  ${br.padStart(10)}${note ? '  ' + note : ''}`;
  const out = [
    line('first view (KB = 1000 B)', 'raw KB', 'gzip -9 KB', 'brotli KB'),
    ...rows.map((r) => line(r.file, kb(r.raw), kb(r.gzip), kb(r.brotli), r.precompressed ? '' : '(not precompressed)')),
    line('total', kb(total.raw), kb(total.gzip), kb(total.brotli),
      `budget ≤ ${kb(budget)} KB brotli: ${total.brotli <= budget ? 'pass' : 'FAIL'}`),
  ];
  return out.join('\n');
}
