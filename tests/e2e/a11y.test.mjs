// axe-core finds no violation on the page: on a phone and a desktop, light
// and dark, with and without JavaScript, with the charts and tables live.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, openPage, requireFromTools, VIEWPORTS } from './harness.mjs';
import { report } from './report-data.mjs';

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

/**
 * Brings every chart and table to life, so their live markup is checked too.
 * Each island mounts when it comes near, so each is waited for in view (one
 * scrolled past before the charts module arrived would wait for the reader
 * to come back).
 */
async function wakeIslands(page) {
  for (const island of await page.locator('[data-island="chart"], [data-island="table"]').all()) {
    await island.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (el) => (el.dataset.island === 'table' ? el.hasAttribute('data-live') : !!el.querySelector('canvas[data-drawn]')),
      await island.elementHandle(),
      { timeout: 15_000 },
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Runs axe in the light and then the dark colour scheme. */
async function violationsInBothSchemes(page) {
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await violations(page)).map((v) => `${colorScheme}: ${v}`));
  }
  return found;
}

for (const [name, viewport] of [
  ['360 px', VIEWPORTS.phone],
  ['1280 px', VIEWPORTS.desktop],
]) {
  test(`axe: no violations at ${name}, light and dark, with the app`, async () => {
    const visit = await openPage(site.browser, site.url, viewport, { bypassCSP: true });
    try {
      await wakeIslands(visit.page);
      // The filters unfolded on a phone, and a search with its snippets.
      const toggle = visit.page.locator('.filter-toggle');
      if (await toggle.isVisible()) await toggle.click();
      await visit.page.locator('#case-q').fill(report.cases[0].title.slice(0, 2));
      await visit.settle(200);
      assert.deepEqual(await violationsInBothSchemes(visit.page), []);
    } finally {
      await visit.close();
    }
  });

  test(`axe: no violations at ${name}, light and dark, without JavaScript`, async () => {
    const visit = await openPage(site.browser, site.url, viewport, {
      bypassCSP: true,
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
      assert.deepEqual(await violationsInBothSchemes(visit.page), []);
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
