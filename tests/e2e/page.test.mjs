// The page as a reader gets it: title after the wasm mounts, head metadata,
// no horizontal overflow on phones, no errors, only its own origin, any sub-path.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSite, startServer, openPage, distDir, VIEWPORTS } from './harness.mjs';
import { report } from './report-data.mjs';

const REPORT_TITLE = report.title;

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test('the report title is visible once the wasm has mounted', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    const title = visit.page.locator('h1', { hasText: REPORT_TITLE });
    assert.equal(await title.count(), 1, 'one <h1> with the report title');
    assert.ok(await title.isVisible(), 'the title is visible');
    assert.equal((await title.textContent()).trim(), REPORT_TITLE);
  } finally {
    await visit.close();
  }
});

test('head: lang, title, description, viewport; favicon loads; no 404s', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    const title = await page.title();
    assert.equal(title, REPORT_TITLE, 'the report\'s own <title>');
    assert.ok(title.includes(report.school) && title.includes(String(report.year)), `real <title>: ${title}`);
    const description = await page.getAttribute('meta[name="description"]', 'content');
    assert.ok(description && description.length >= 20, `meta description: ${description}`);
    const viewport = await page.getAttribute('meta[name="viewport"]', 'content');
    assert.match(viewport ?? '', /width=device-width/);

    // Headless Chromium does not fetch favicons by itself: ask for it.
    const icon = await page.evaluate(async () => {
      const link = document.querySelector('link[rel~="icon"]');
      if (!link) return null;
      const res = await fetch(link.href);
      return { href: link.href, status: res.status, type: res.headers.get('content-type') };
    });
    assert.ok(icon, 'a <link rel="icon">');
    assert.equal(icon.status, 200, `favicon ${icon.href}`);
    assert.match(icon.type, /^image\//);

    await visit.settle();
    assert.deepEqual(visit.badResponses, [], 'no response >= 400');
  } finally {
    await visit.close();
  }
});

for (const [name, viewport] of [
  ['360×740 @3x', VIEWPORTS.phone],
  ['320×640', { ...VIEWPORTS.smallPhone }],
]) {
  test(`no horizontal overflow at ${name}`, async () => {
    const visit = await site.open(viewport);
    try {
      await visit.settle();
      const result = await visit.page.evaluate(() => {
        const root = document.scrollingElement;
        const width = root.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right ${Math.round(el.getBoundingClientRect().right)})`);
        return { scrollWidth: root.scrollWidth, clientWidth: width, wide };
      });
      assert.ok(
        result.scrollWidth <= result.clientWidth,
        `scrollWidth ${result.scrollWidth} > clientWidth ${result.clientWidth}; widest: ${result.wide.join(', ')}`,
      );
    } finally {
      await visit.close();
    }
  });
}

test('no console errors, page errors, CSP violations or failed requests', async () => {
  for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.phone]) {
    const visit = await site.open(viewport);
    try {
      await visit.settle(500);
      assert.deepEqual(visit.problems(), [], `at ${viewport.width}×${viewport.height}`);
    } finally {
      await visit.close();
    }
  }
});

test('every request goes to the page’s own origin', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    await visit.settle();
    const foreign = visit.requests.filter((url) => new URL(url).origin !== site.origin);
    assert.deepEqual(foreign, []);
    assert.ok(visit.requests.some((url) => url.endsWith('.wasm')), 'the wasm was requested');
    // The server saw nothing outside the sub-path either.
    const outside = site.server.log.filter((r) => !r.path.startsWith(site.server.prefix));
    assert.deepEqual(outside, []);
  } finally {
    await visit.close();
  }
});

test('works from another sub-path, and with the recommended CSP header', async () => {
  // The policy the build put in the <meta>, plus what only a header can say.
  const html = readFileSync(path.join(distDir(), 'index.html'), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, 'index.html carries a CSP <meta>');
  const policy = meta[1].replaceAll('&quot;', '"');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(policy, /unsafe-inline|https?:/);

  const server = await startServer({
    root: distDir(),
    prefix: '/a/deeper/path/to/the/report/',
    headers: { 'Content-Security-Policy': `${policy}; frame-ancestors 'none'` },
  });
  try {
    const visit = await openPage(site.browser, server.url, VIEWPORTS.phone);
    try {
      await visit.settle();
      assert.equal(await visit.page.locator('h1', { hasText: REPORT_TITLE }).count(), 1);
      assert.deepEqual(visit.problems(), []);
      const outside = server.log.filter((r) => !r.path.startsWith(server.prefix) || r.status !== 200);
      assert.deepEqual(outside, [], 'every request under the sub-path, all 200');
    } finally {
      await visit.close();
    }
  } finally {
    await server.close();
  }
});

test('the server sends precompressed files with the right headers', async () => {
  const html = readFileSync(path.join(distDir(), 'index.html'), 'utf8');
  const wasm = html.match(/data-wasm="\.\/([^"]+_bg\.wasm)"/)?.[1];
  assert.ok(wasm, "index.html names the app's wasm");
  for (const [accept, encoding] of [
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['identity', null],
  ]) {
    const res = await fetch(site.url + wasm, { headers: { 'Accept-Encoding': accept } });
    await res.arrayBuffer();
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/wasm');
    assert.equal(res.headers.get('content-encoding'), encoding, `Accept-Encoding: ${accept}`);
    assert.equal(res.headers.get('vary'), 'Accept-Encoding');
  }
  const missing = await fetch(site.origin + '/favicon.ico');
  assert.equal(missing.status, 404, 'nothing outside the sub-path');
});
