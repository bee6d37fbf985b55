// The no-script baseline of scripts/perf-report.mjs: the release index.html
// with every script, preload and module tag removed (the same content,
// nothing to wait for), beside the same files, precompressed the same way, so
// the page's paint can be compared with plain HTML's in the same run.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** index.html without scripts, preloads, modulepreloads and module metas. */
export function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:preload|modulepreload)\b[^>]*>/gi, '')
    .replace(/<meta\b[^>]*\bname=["']?(?:app-module|charts-module)\b[^>]*>/gi, '');
}

/** A copy of `dist` whose index.html (and its .br/.gz) is the baseline; returns its directory. */
export function baselineDist(dist) {
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-baseline-'));
  cpSync(dist, dir, { recursive: true });
  const html = withoutScripts(readFileSync(path.join(dist, 'index.html'), 'utf8'));
  if (/<script\b/i.test(html)) throw new Error('baseline still has a <script>');
  const bytes = Buffer.from(html);
  writeFileSync(path.join(dir, 'index.html'), bytes);
  writeFileSync(path.join(dir, 'index.html.gz'), gzipSync(bytes, { level: 9 }));
  writeFileSync(
    path.join(dir, 'index.html.br'),
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  );
  return dir;
}
