// How the page loads: nothing competes with the first paint. No wasm is
// requested before it; the app starts when the page is idle or at the first
// interaction; a link with filters ends filtered without showing the
// unfiltered list; the first screen's styles are inline and the live chart's
// come with the charts; no console warning or error.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, VIEWPORTS } from './harness.mjs';
import { expectedCases, usefulTag, visibleCaseNumbers } from './report-data.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const phone = VIEWPORTS.phone;
const isWasm = (url) => new URL(url).pathname.endsWith('.wasm');
const ready = (page) => page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 15_000 });

/** Never idle: the app may only start on an interaction (or a filtering link). */
const neverIdle = (page) =>
  page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });

test('no wasm is requested before the first paint, and the load logs nothing', async () => {
  const visit = await site.open(phone);
  try {
    const { page } = visit;
    await visit.settle();
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]),
      wasm: performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.endsWith('.wasm'))
        .map((r) => [r.name, r.startTime]),
    }));
    const firstPaint = Object.fromEntries(timing.paint)['first-paint'];
    assert.ok(firstPaint > 0, `first paint recorded: ${JSON.stringify(timing.paint)}`);
    assert.ok(timing.wasm.length >= 1, 'the app wasm was loaded after all');
    for (const [url, start] of timing.wasm) {
      assert.ok(start > firstPaint, `${url} requested at ${start} ms, first paint at ${firstPaint} ms`);
    }
    assert.deepEqual(visit.problems(), []);
    assert.deepEqual(visit.consoleWarnings, [], 'no console warning on load');
  } finally {
    await visit.close();
  }
});

test('<head> preloads nothing and blocks on no stylesheet file', async () => {
  // As served: the loader adds modulepreloads for the glue's imports only once the app starts.
  const html = await (await fetch(site.url)).text();
  const head = html.slice(0, html.search(/<body[\s>]/));
  assert.doesNotMatch(head, /rel=["']?(?:preload|modulepreload)\b/, 'no preload in <head>');
  assert.doesNotMatch(head, /rel=["']?stylesheet\b/, 'no stylesheet file before the first paint');
  const visit = await site.open(phone);
  try {
    const styles = await visit.page.evaluate(() => ({
      inline: [...document.querySelectorAll('head style')].map((s) => s.textContent.length),
      canvasRule: [...document.styleSheets].some((s) =>
        [...s.cssRules].some((r) => r.selectorText === '.chart-canvas'),
      ),
    }));
    assert.ok(styles.inline.length >= 1 && styles.inline.every((n) => n > 100), `inline styles: ${styles.inline}`);
    assert.equal(styles.canvasRule, false, "the live chart's styles are not in the first view");
  } finally {
    await visit.close();
  }
});

test('the app waits for the first interaction when the page is never idle', async () => {
  const visit = await site.open(phone, { waitForApp: false, beforeLoad: neverIdle });
  try {
    const { page } = visit;
    await page.waitForTimeout(1000);
    assert.deepEqual(visit.requests.filter(isWasm), [], 'no wasm before any interaction');
    assert.equal(await page.getAttribute('html', 'data-app'), null);
    await page.keyboard.press('Tab');
    await ready(page);
    assert.ok(visit.requests.some(isWasm));
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});

test('without requestIdleCallback (Safari) the app starts shortly after load', async () => {
  const visit = await site.open(phone, {
    waitForApp: false,
    beforeLoad: (page) => page.addInitScript(() => delete window.requestIdleCallback),
  });
  try {
    await ready(visit.page);
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});

test('a link with filters ends filtered and never shows the unfiltered list', async () => {
  const topic = usefulTag();
  const expected = expectedCases({ tags: [topic] });
  const visit = await site.open(phone, {
    path: `?tag=${encodeURIComponent(topic)}#cases`,
    waitForApp: false,
    beforeLoad: async (page) => {
      await neverIdle(page);
      // Samples every frame: is the case list visible before the app has filtered it?
      await page.addInitScript(() => {
        window.__unfilteredFrames = 0;
        const sample = () => {
          const list = document.querySelector('.case-list');
          if (list && !document.documentElement.dataset.app && getComputedStyle(list).visibility === 'visible') {
            window.__unfilteredFrames += 1;
          }
          if (!document.documentElement.dataset.app) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
    },
  });
  try {
    const { page } = visit;
    await ready(page);
    assert.deepEqual(await visibleCaseNumbers(page), expected, topic);
    assert.equal(await page.evaluate(() => window.__unfilteredFrames), 0, 'no frame showed the unfiltered list');
    assert.ok(await page.locator('.case-list').isVisible());
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});

test("a chart brings its live styles along and its canvas covers the image", async () => {
  const visit = await site.open(phone);
  try {
    const { page } = visit;
    const figure = page.locator('#chart-outcomes');
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-outcomes canvas[data-drawn]', { timeout: 15_000 });
    const box = await figure.evaluate((f) => {
      const r = (el) => el.getBoundingClientRect();
      const c = r(f.querySelector('canvas.chart-canvas'));
      const i = r(f.querySelector('.chart-frame img'));
      return { c: [c.x, c.y, c.width, c.height], i: [i.x, i.y, i.width, i.height] };
    });
    box.c.forEach((v, k) => assert.ok(Math.abs(v - box.i[k]) <= 1, `canvas ${box.c} over image ${box.i}`));
    assert.ok(visit.requests.some((u) => /chart-canvas[^/]*\.css$/.test(new URL(u).pathname)));
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});
