// A small static server for the built site, as a plain web host would serve it:
// one directory under a URL prefix (default /report/2023/), real content types
// (application/wasm), the precompressed .br/.gz copies when the request accepts
// them (with Content-Encoding and Vary), optional extra headers (e.g. a CSP
// header), 404 for anything else. No rewrites, no fallback to index.html.
//
// Library:  const server = await startServer({ root: 'dist' }); server.url; await server.close();
// Command:  node tests/e2e/server.mjs [--root dist] [--prefix /report/2023/] [--port 8081]

import { createServer } from 'node:http';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// Preferred first: what the request accepts decides among these.
const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
];

/** Encodings the Accept-Encoding header allows (q > 0), lower-cased. */
export function acceptedEncodings(header = '') {
  const accepted = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name);
  }
  return accepted;
}

/** Trunk's content-hashed file names (name-0123456789abcdef.ext) never change. */
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

/**
 * Starts serving `root` under `prefix` on 127.0.0.1.
 * @param {object} o
 * @param {string} o.root directory to serve (the built dist/)
 * @param {string} [o.prefix='/report/2023/'] URL path prefix, with slashes at both ends
 * @param {number} [o.port=0] 0 picks a free port
 * @param {Record<string,string>|((file:string)=>Record<string,string>)} [o.headers] extra response headers
 * @param {boolean} [o.precompressed=true] serve .br/.gz copies when accepted
 * @returns {Promise<{url:string, origin:string, prefix:string, port:number,
 *   log:Array<{method:string,path:string,status:number,encoding:string|null}>, close:()=>Promise<void>}>}
 */
export async function startServer({
  root,
  prefix = '/report/2023/',
  port = 0,
  host = '127.0.0.1',
  headers = {},
  precompressed = true,
} = {}) {
  if (!root) throw new Error('startServer: root is required');
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) {
    throw new Error(`startServer: prefix must start and end with "/": ${prefix}`);
  }
  const rootDir = path.resolve(root);
  const log = [];

  const server = createServer(async (req, res) => {
    const entry = { method: req.method, path: req.url, status: 0, encoding: null };
    log.push(entry);
    try {
      await respond(req, res, entry);
    } catch (err) {
      entry.status = 500;
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(err));
    }
  });

  async function respond(req, res, entry) {
    const send = (status, extra = {}, body = '') => {
      entry.status = status;
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, { Allow: 'GET, HEAD' }, 'method not allowed\n');
    }
    const url = new URL(req.url, 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(400, {}, 'bad request\n');
    }
    if (pathname === prefix.slice(0, -1)) return send(301, { Location: prefix + url.search });
    if (!pathname.startsWith(prefix)) return send(404, {}, 'not found\n');
    let rel = pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(rootDir, rel);
    if (!file.startsWith(rootDir + path.sep)) return send(404, {}, 'not found\n');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return send(404, {}, 'not found\n');

    const ext = path.extname(file).toLowerCase();
    const out = {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(typeof headers === 'function' ? headers(file) : headers),
    };
    let body = file;
    let size = info.size;
    if (precompressed) {
      const accepted = acceptedEncodings(req.headers['accept-encoding']);
      let variants = false;
      for (const { token, suffix } of ENCODINGS) {
        const candidate = await stat(file + suffix).catch(() => null);
        if (!candidate?.isFile()) continue;
        variants = true;
        if (body === file && accepted.has(token)) {
          body = file + suffix;
          size = candidate.size;
          out['Content-Encoding'] = token;
          entry.encoding = token;
        }
      }
      if (variants) out.Vary = 'Accept-Encoding';
    }
    out['Content-Length'] = String(size);
    entry.status = 200;
    res.writeHead(200, out);
    if (req.method === 'HEAD') return res.end();
    const handle = await open(body);
    const stream = handle.createReadStream();
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  const origin = `http://${host}:${actualPort}`;
  return {
    url: origin + prefix,
    origin,
    prefix,
    port: actualPort,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// As a command: serve until interrupted.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const server = await startServer({
    root: arg('root', 'dist'),
    prefix: arg('prefix', '/report/2023/'),
    port: Number(arg('port', '8081')),
  });
  console.log(`serving ${path.resolve(arg('root', 'dist'))} at ${server.url}`);
  process.on('SIGINT', () => server.close().then(() => process.exit(0)));
  process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
}
