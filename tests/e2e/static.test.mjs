// One renderer: the whole report — every case, every chart — is in the HTML
// the build writes, so it reads without JavaScript, without WebAssembly, and
// when a module fails to download; with the app, the same elements come to
// life (one element per id, nothing moves).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, openPage, VIEWPORTS } from './harness.mjs';
import { report, chartKeys, middleCase, bigrams, withUnit, comparisonRow } from './report-data.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const phone = VIEWPORTS.phone;
const APP_WASM = /\/quality-report-[0-9a-f]+_bg\.wasm/;
const CHARTS_WASM = /\/charts_bg\.wasm/;
/** A case far enough down the page to need scrolling to. */
const deep = middleCase();
const deepId = `case-${deep.number}`;

/** The page with JavaScript off. */
function withoutScript(path = '') {
  return openPage(site.browser, site.url + path, phone, { waitForApp: false, javaScriptEnabled: false });
}

/** The page with one module's requests failing. */
function withBlocked(pattern, path = '') {
  return openPage(site.browser, site.url + path, phone, {
    waitForApp: false,
    beforeLoad: (page) => page.route(pattern, (route) => route.abort('failed')),
  });
}

/** Text of each case article that is shown, by case number. */
function shownCaseText(page) {
  return page.$$eval('article.case', (articles) =>
    articles.filter((a) => a.checkVisibility()).map((a) => ({ id: a.id, text: a.innerText })),
  );
}

function squeeze(text) {
  return text.replace(/\s+/g, '');
}

/** Every case's title, paragraphs and captions are shown in its article. */
async function assertEveryCaseReads(page) {
  const shown = await shownCaseText(page);
  assert.deepEqual(shown.map((a) => a.id), report.cases.map((c) => `case-${c.number}`));
  for (const [i, c] of report.cases.entries()) {
    const text = squeeze(shown[i].text);
    for (const part of [c.title, ...c.paragraphs, ...(c.figures ?? [])]) {
      assert.ok(text.includes(squeeze(part)), `case ${c.number} shows “${part.slice(0, 20)}…”`);
    }
  }
}

/** Every chart figure shows its build-time image, loaded, with a text alternative. */
async function assertChartImages(page) {
  // The report's charts (islands), and the overview's comparison.
  const figures = await page.locator('figure[data-island="chart"]').all();
  assert.equal(figures.length, chartKeys().length, 'every chart figure');
  figures.push(page.locator('figure.overview-chart'));
  for (const figure of figures) {
    await figure.scrollIntoViewIfNeeded();
    const img = figure.locator('img');
    await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
    assert.ok(await img.isVisible(), `${await figure.getAttribute('id')} image visible`);
    const alt = await img.getAttribute('alt');
    assert.match(alt ?? '', /\d/, `${await figure.getAttribute('id')} alt states figures: ${alt}`);
  }
}

test('without JavaScript: all cases with their full text, captions and tags', async () => {
  const visit = await withoutScript();
  try {
    await assertEveryCaseReads(visit.page);
    assert.equal(await visit.page.locator('.case-controls').isVisible(), false, 'no controls that need script');
    assert.ok(await visit.page.locator('noscript').count() > 0);
  } finally {
    await visit.close();
  }
});

test('without JavaScript: #case-N is in view with its text', async () => {
  const visit = await withoutScript(`#${deepId}`);
  try {
    const { page } = visit;
    const top = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, deepId);
    assert.ok(top >= 0 && top < 200, `${deepId} at the top of the screen: ${top}`);
    const last = deep.paragraphs.at(-1);
    assert.ok(await page.locator(`#${deepId} p`, { hasText: last.slice(0, 15) }).isVisible());
  } finally {
    await visit.close();
  }
});

test('without JavaScript: every chart is an image with its figures, and its table', async () => {
  const visit = await withoutScript();
  try {
    const { page } = visit;
    await assertChartImages(page);
    for (const figure of await page.locator('figure[data-island="chart"]').all()) {
      assert.ok(await figure.locator('table').isVisible(), 'the table of values is shown');
      assert.ok(await figure.locator('.chart-summary').isVisible());
    }
    // A metric without a provincial average says so, in words.
    const alt = await page.locator('#chart-outcomes img').getAttribute('alt');
    for (const m of report.outcomes.metrics.filter((m) => m.province == null)) {
      const row = page.locator('#chart-outcomes tbody tr', { hasText: m.label });
      const cells = (await row.locator('th, td').allInnerTexts()).map((t) => t.trim());
      assert.deepEqual(cells, comparisonRow(m), '未公布, and no difference');
      assert.ok(alt.includes(`${m.label} ${withUnit(m.school, m.unit)}，全省均值未公布`), `${m.label} in ${alt}`);
    }
  } finally {
    await visit.close();
  }
});

test('the app module fails to download: the report stays, a notice offers a retry, nothing uncaught', async () => {
  const visit = await withBlocked(APP_WASM, `#${deepId}`);
  try {
    const { page } = visit;
    const notice = page.locator('#load-failed');
    await notice.waitFor({ state: 'visible' });
    assert.match(await notice.innerText(), /互动功能.*未能加载/);
    assert.doesNotMatch(await notice.innerText(), /浏览器/, 'the notice does not blame the browser');
    await assertEveryCaseReads(page);
    await assertChartImages(page);
    assert.deepEqual(visit.pageErrors, []);
    // Retry, with the network back: the app starts.
    await page.unroute(APP_WASM);
    await notice.getByRole('button', { name: '重试' }).click();
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    assert.equal(await page.locator('#load-failed').isVisible(), false);
  } finally {
    await visit.close();
  }
});

test('the charts module fails to download: chart images and tables stay, a notice, nothing uncaught', async () => {
  const visit = await withBlocked(CHARTS_WASM);
  try {
    const { page } = visit;
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    await page.locator('#chart-outcomes').scrollIntoViewIfNeeded();
    await page.locator('#load-failed').waitFor({ state: 'visible' });
    await assertChartImages(page);
    assert.equal(await page.locator('canvas[data-drawn]').count(), 0);
    assert.deepEqual(visit.pageErrors, []);
    // The cases are live all the same.
    await page.locator('#case-q').fill(bigrams(report.cases[0].title)[0]);
    await page.waitForFunction(() => /找到 \d+ 个案例/.test(document.querySelector('.result-count').textContent));
  } finally {
    await visit.close();
  }
});

test('a browser without WebAssembly gets the readable report and the notice', async () => {
  const visit = await openPage(site.browser, site.url, phone, {
    waitForApp: false,
    beforeLoad: (page) => page.addInitScript(() => delete globalThis.WebAssembly),
  });
  try {
    const { page } = visit;
    await page.locator('#load-failed').waitFor({ state: 'visible' });
    await assertEveryCaseReads(page);
    assert.deepEqual(visit.pageErrors, []);
  } finally {
    await visit.close();
  }
});

test('the app takes over the prerendered case articles and charts: same elements, one per id, nothing moves', async () => {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  const visit = await openPage(site.browser, `${site.url}#${deepId}`, phone, {
    waitForApp: false,
    beforeLoad: (page) =>
      page.route(APP_WASM, async (route) => {
        await gate;
        await route.continue();
      }),
  });
  try {
    const { page } = visit;
    // Before the app: mark every prerendered article and figure, note where the case is.
    const before = await page.evaluate((id) => {
      for (const el of document.querySelectorAll('article.case, figure.chart-figure')) el.__prerendered = true;
      return document.getElementById(id).getBoundingClientRect().top;
    }, deepId);
    assert.equal(await page.locator('html[data-app="ready"]').count(), 0, 'the app waits for its module');
    release();
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    await visit.settle();
    const after = await page.evaluate((id) => ({
      top: document.getElementById(id).getBoundingClientRect().top,
      articles: [...document.querySelectorAll('article.case')].map((a) => a.__prerendered === true),
    }), deepId);
    assert.equal(after.articles.length, report.cases.length);
    assert.ok(after.articles.every(Boolean), 'every article is the prerendered element');
    assert.ok(Math.abs(after.top - before) <= 1, `${deepId} stays put: ${before} → ${after.top}`);
    for (const c of report.cases) {
      assert.equal(await page.locator(`[id="case-${c.number}"]`).count(), 1, `one #case-${c.number}`);
    }
    // The explorer works on those articles.
    await page.locator('#case-q').fill(bigrams(deep.title)[0]);
    await page.waitForFunction(() => /找到 \d+ 个案例/.test(document.querySelector('.result-count').textContent));
    assert.ok(await page.locator(`#${deepId} mark`).count() > 0, 'hits are highlighted in the article');
    // The charts: the same figure elements get a canvas.
    await page.locator('#chart-outcomes').scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-outcomes canvas[data-drawn]');
    assert.equal(await page.evaluate(() => document.getElementById('chart-outcomes').__prerendered), true);
    assert.equal(await page.locator('[id="chart-outcomes"]').count(), 1);
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});
