// Hardening: never a blank page (panic notice, no-JS and no-WebAssembly
// fallbacks), only the page's own origin while every feature is used, links
// that leave the page, and deep links that survive a reload on a sub-path.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, openPage, liveTable, VIEWPORTS } from './harness.mjs';
import { report, tableSelector, shownFigure } from './report-data.mjs';

const REPORT_TITLE = report.title;
const firstTable = tableSelector(report.tables[0]);

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const headline = report.figures.filter((f) => f.headline);

test('a panic in the app shows a notice instead of a dead page', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    const { page } = visit;
    await page.evaluate(() => {
      try {
        window.wasmBindings.simulate_panic_for_tests();
      } catch {
        // The wasm traps after the panic hook ran: expected.
      }
    });
    const notice = page.locator('#app-error[role="alert"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /页面出现错误，请刷新重试/);
    assert.ok(await page.locator('h1', { hasText: REPORT_TITLE }).isVisible(), 'the report is still there');
    assert.ok(visit.consoleErrors.some((e) => e.text.includes('simulated panic')), 'details go to the console');
  } finally {
    await visit.close();
  }
});

test('with JavaScript off the report still reads: title, headline figures, text, a notice', async () => {
  const visit = await openPage(site.browser, site.url, VIEWPORTS.phone, { waitForApp: false, javaScriptEnabled: false });
  try {
    const { page } = visit;
    assert.ok(await page.locator('h1', { hasText: REPORT_TITLE }).isVisible());
    const values = await page.locator('#overview .card-number').allTextContents();
    assert.deepEqual(values, headline.map((f) => shownFigure(f.value, f.unit).number));
    assert.ok(await page.locator('noscript').count() > 0);
    const last = report.chapters.at(-1);
    const heading = last.challenges?.[0]?.title ?? last.sections?.[0]?.title ?? last.title;
    assert.equal(await page.locator(`#ch-${last.number}`, { hasText: heading }).count(), 1);
    assert.equal(await page.locator(`${firstTable} tbody tr`).count(), report.tables[0].rows.length, 'tables are plain HTML');
  } finally {
    await visit.close();
  }
});

test('using every feature stays on the page’s own origin, with no CSP violation', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    await page.locator('#case-q').fill(report.school.slice(0, 2));
    await page.locator('.tag-chips button').first().click();
    await page.locator('.chapter-chips button').nth(1).click();
    await page.locator('.clear-all').click();
    await page.locator('article.case:not([hidden]) button[aria-expanded]').first().click();
    await liveTable(page, report.tables[0].key);
    await page.locator(`${firstTable} th button`).last().click();
    await page.locator(`${firstTable} input[type="search"]`).fill(report.school.slice(0, 2));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator(`${firstTable} .table-tools a[download]`).click()]);
    assert.match(csv.suggestedFilename(), /\.csv$/);
    // Charts: load, draw, switch views, download every format.
    await page.locator('#chart-outcomes').scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-outcomes canvas[data-drawn]');
    // Clear of the sticky navigation bar.
    await page.$eval('#chart-outcomes canvas', (c) => {
      c.scrollIntoView();
      window.scrollBy(0, -120);
    });
    await page.locator('#chart-outcomes canvas').click({ position: { x: 150, y: 40 } });
    await page.click('#chart-outcomes [data-view=table]');
    await page.click('#chart-outcomes [data-view=chart]');
    for (const format of ['csv', 'png', 'svg']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#chart-outcomes [data-format=${format}]`)]);
      assert.ok(download.suggestedFilename().endsWith(`.${format}`));
    }
    await page.locator('.chapter-nav a').last().click();
    await page.goBack();
    await visit.settle();
    assert.deepEqual(visit.problems(), []);
    const foreign = visit.requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
    assert.deepEqual(foreign, [], 'every request goes to the page’s own origin');
    assert.ok(visit.requests.some((u) => u.includes('charts_bg.wasm')), 'the charts module was loaded');
  } finally {
    await visit.close();
  }
});

test('links that leave the page open safely', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const external = await visit.page.$$eval('a[href]', (links) =>
      links
        .filter((a) => new URL(a.href, location.href).origin !== location.origin)
        .map((a) => ({ href: a.href, rel: (a.rel || '').split(/\s+/) })),
    );
    for (const link of external) {
      assert.ok(link.rel.includes('noopener') && link.rel.includes('noreferrer'), link.href);
    }
  } finally {
    await visit.close();
  }
});

test('a deep link with query and fragment survives a reload on a sub-path', async () => {
  // A case with a tag, filtered by its chapter and that tag, opened by its fragment.
  const target = report.cases.findLast((c) => c.tags?.length);
  const id = `case-${target.number}`;
  const query = `?chapter=${target.chapter}&tag=${encodeURIComponent(target.tags[0])}`;
  const visit = await site.open(VIEWPORTS.phone, { path: `${query}#${id}` });
  try {
    const { page } = visit;
    const shown = () => page.$$eval('article.case', (as) => as.filter((a) => !a.hidden).map((a) => a.id));
    const first = await shown();
    assert.ok(first.includes(id));
    await visit.settle(); // nothing in flight for the reload to abort
    await page.reload();
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    assert.deepEqual(await shown(), first);
    assert.equal(await page.locator(`#${id} button[aria-expanded]`).getAttribute('aria-expanded'), 'true');
    assert.ok(page.url().startsWith(`${site.url}?chapter=${target.chapter}`));
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});
