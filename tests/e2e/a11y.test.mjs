// axe-core finds no violation on the page: on a phone and a desktop, light
// and dark, with and without JavaScript, with the charts and tables live.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, openPage, requireFromTools, VIEWPORTS } from './harness.mjs';

const AXE = readFileSync(requireFromTools.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The page as a browser without JavaScript builds it — no scripts run, the
 * <noscript> content is shown — served to a page where axe itself can run.
 */
function asWithoutScript(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<\/?noscript>/g, '');
}

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Runs axe on the whole page; returns "rule: target" strings. */
async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return result;
}

/** Brings every chart and table to life, so their live markup is checked too. */
async function wakeIslands(page) {
  for (const island of await page.locator('[data-island="chart"], [data-island="table"]').all()) {
    await island.scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-island="table"]')].every((t) => t.hasAttribute('data-live')) &&
    [...document.querySelectorAll('[data-island="chart"] canvas')].every((c) => c.hasAttribute('data-drawn')),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}

for (const [name, viewport, colorScheme] of [
  ['360 px', VIEWPORTS.phone, 'light'],
  ['1280 px', VIEWPORTS.desktop, 'light'],
  ['360 px, dark', VIEWPORTS.phone, 'dark'],
  ['1280 px, dark', VIEWPORTS.desktop, 'dark'],
]) {
  test(`axe: no violations at ${name}, with the app`, async () => {
    const visit = await openPage(site.browser, site.url, viewport, { bypassCSP: true, colorScheme });
    try {
      await wakeIslands(visit.page);
      // The filters unfolded on a phone, and a search with its snippets.
      const toggle = visit.page.locator('.filter-toggle');
      if (await toggle.isVisible()) await toggle.click();
      await visit.page.locator('#case-q').fill('乡村');
      await visit.settle(200);
      assert.deepEqual(await violations(visit.page), []);
    } finally {
      await visit.close();
    }
  });

  test(`axe: no violations at ${name}, without JavaScript`, async () => {
    const visit = await openPage(site.browser, site.url, viewport, {
      bypassCSP: true,
      colorScheme,
      waitForApp: false,
      beforeLoad: (page) =>
        page.route(site.url, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: asWithoutScript(await response.text()) });
        }),
    });
    try {
      assert.equal(await visit.page.evaluate(() => document.documentElement.classList.contains('js')), false);
      assert.ok(await visit.page.locator('#case-1 .case-body p').last().isVisible(), 'styled as without script');
      assert.deepEqual(await violations(visit.page), []);
    } finally {
      await visit.close();
    }
  });
}

test('axe reports a planted violation (the check can fail)', async () => {
  const visit = await openPage(site.browser, site.url, VIEWPORTS.phone, { bypassCSP: true });
  try {
    await visit.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'favicon.svg';
      document.querySelector('main').prepend(img);
    });
    const found = await violations(visit.page);
    assert.ok(found.some((v) => v.startsWith('image-alt')), found.join('\n'));
  } finally {
    await visit.close();
  }
});
