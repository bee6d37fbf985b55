// What the main wasm is made of, for scripts/perf-report.mjs: its sections
// (code, data, the rest) raw and brotli, from the shipped file; and twiggy's
// largest items from the same module before wasm-opt, which still has its
// function names (the shipped one has none), so the next byte to cut is visible.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';

const run = promisify(execFile);
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const SECTION = { 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export', 9: 'element', 10: 'code', 11: 'data', 12: 'datacount', 0: 'custom' };

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** Raw and brotli bytes of the code, data and other sections of a wasm file. */
export function wasmSections(file) {
  const bytes = readFileSync(file);
  const parts = { code: [], data: [], other: [] };
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, body] = leb(bytes, at + 1);
    const name = SECTION[id] ?? 'other';
    (parts[name] ?? parts.other).push(bytes.subarray(at, body + size));
    at = body + size;
  }
  return Object.entries(parts).map(([name, chunks]) => {
    const all = Buffer.concat(chunks);
    return { name, raw: all.length, brotli: all.length ? br(all) : 0 };
  });
}

/** twiggy's `top` lines for the named module, or a note saying why there are none. */
export async function twiggyTop(namedWasm, count = 12) {
  if (!existsSync(namedWasm)) return [`(no ${namedWasm}: build the release first)`];
  try {
    const { stdout } = await run('twiggy', ['top', '-n', String(count), namedWasm], { maxBuffer: 16 << 20 });
    return stdout.trimEnd().split('\n');
  } catch (err) {
    return [`(twiggy not run: ${String(err.message).split('\n')[0]}; scripts/perf-report.sh installs it)`];
  }
}
