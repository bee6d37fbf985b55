// The reader's first screens (issue 14): the comparison with the province
// leads the page; the case explorer fits a phone's first screen, its filters
// folded under 筛选 with faceted counts and removable chips; sharing; the
// preview metadata; charts readable at every width.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSite, openPage, distDir, VIEWPORTS } from './harness.mjs';
import { report, expectedCases, bigrams, caseText } from './report-data.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const phone = VIEWPORTS.phone;
const desktop = VIEWPORTS.desktop;

/** Document-relative box of the first element matching `selector`. */
function box(page, selector) {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, width: r.width, height: r.height, viewTop: r.top, viewBottom: r.bottom };
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`the comparison with the province leads the overview (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const visit = await openPage(site.browser, site.url, phone, { waitForApp: javaScriptEnabled, javaScriptEnabled });
    try {
      const { page } = visit;
      const chart = await box(page, '#overview .overview-chart');
      assert.ok(chart.top < 1480, `the chart starts within two phone screens: ${chart.top}`);
      const img = page.locator('#overview .overview-chart img');
      await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
      const alt = await img.getAttribute('alt');
      for (const m of report.outcomes.metrics) {
        const value = m.unit === '%' ? `${m.school}%` : `${m.school} ${m.unit}`;
        assert.ok(alt.includes(`${m.label} ${value}`), `${m.key} in the text alternative`);
        if (m.province === null) assert.ok(alt.includes(`${m.label} ${value}，全省均值未公布`), alt);
      }
      const cards = await box(page, '#overview .cards');
      assert.ok(cards.top > chart.bottom, 'the key-figure cards follow the chart');
      const link = page.locator('#overview .overview-chart a[href^="#s-"]');
      assert.equal(await link.getAttribute('href'), `#s-${report.outcomes.section.replaceAll('.', '-')}`);
      assert.match(await page.locator('#overview .overview-chart .chart-summary').innerText(), /项指标中/);
    } finally {
      await visit.close();
    }
  });
}

test('at 360×740 the case explorer\'s search, count and first result fit the first screen', async () => {
  const visit = await site.open(phone, { path: '#cases' });
  try {
    const { page } = visit;
    await page.waitForFunction(() => Math.abs(document.getElementById('cases').getBoundingClientRect().top) < 60);
    for (const selector of ['#case-q', '#cases .result-count', 'article.case:not([hidden]) .case-title']) {
      const b = await box(page, selector);
      assert.ok(b.viewTop >= 0 && b.viewBottom <= phone.height, `${selector} on the first screen: ${b.viewTop}–${b.viewBottom}`);
    }
    // The chapter and topic filters are folded under 筛选.
    const toggle = page.locator('.filter-toggle');
    assert.ok(await toggle.isVisible());
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('.chapter-chips').isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('.chapter-chips').isVisible());
  } finally {
    await visit.close();
  }
});

test('at 1280×800 the filters stay open', async () => {
  const visit = await site.open(desktop, { path: '#cases' });
  try {
    const { page } = visit;
    assert.equal(await page.locator('.filter-toggle').isVisible(), false);
    assert.ok(await page.locator('.chapter-chips').isVisible());
    assert.ok(await page.locator('.tag-chips').isVisible());
  } finally {
    await visit.close();
  }
});

test('active filters are removable chips, with the count of active filters and 清除全部', async () => {
  const visit = await site.open(phone, { path: '#cases' });
  try {
    const { page } = visit;
    await page.locator('.filter-toggle').click();
    const chapter = report.chapters.find((c) => report.cases.some((k) => k.chapter === c.number));
    await page.locator('.chapter-chips button', { hasText: chapter.title }).click();
    const tag = report.topics.find((t) => report.cases.some((c) => c.chapter === chapter.number && c.tags.includes(t)));
    await page.locator('.tag-chips button', { hasText: tag }).click();
    await page.locator('.filter-toggle').click(); // fold again: the chips stay in view
    assert.match(await page.locator('.filter-toggle').innerText(), /已选 2/);
    const chips = await page.locator('.active-chip').allInnerTexts();
    assert.deepEqual(chips.map((c) => c.replace('×', '').trim()), [chapter.title, tag]);
    await page.locator('.active-chip', { hasText: tag }).click();
    assert.deepEqual(new URL(page.url()).searchParams.getAll('tag'), []);
    assert.equal(new URL(page.url()).searchParams.get('chapter'), String(chapter.number));
    await page.locator('.clear-all').click();
    assert.equal(new URL(page.url()).search, '');
    assert.equal(await page.locator('.active-chip').count(), 0);
  } finally {
    await visit.close();
  }
});

test('every option shows how many cases it would give, updated as the reader types; 0 disables it', async () => {
  const visit = await site.open(desktop, { path: '#cases' });
  try {
    const { page } = visit;
    const check = async (q, chapter = null) => {
      for (const c of report.chapters.filter((c) => report.cases.some((k) => k.chapter === c.number))) {
        const button = page.locator('.chapter-chips button', { hasText: c.title });
        const expected = expectedCases({ q, chapter: c.number }).length;
        assert.equal(Number(await button.locator('.chip-count').innerText()), expected, `${c.title} for “${q}”`);
        const pressed = (await button.getAttribute('aria-pressed')) === 'true';
        assert.equal(await button.isDisabled(), expected === 0 && !pressed, `${c.title} disabled only at 0`);
      }
      for (const t of report.topics) {
        const button = page.locator('.tag-chips button', { hasText: t });
        const expected = expectedCases({ q, chapter, tags: [t] }).length;
        assert.equal(Number(await button.locator('.chip-count').innerText()), expected, `${t} for “${q}”`);
        assert.equal(await button.isDisabled(), expected === 0, `${t} disabled only at 0`);
      }
    };
    await check('');
    // A term that leaves some topics with cases and others with none.
    const q = report.cases
      .flatMap((c) => bigrams(caseText(c)))
      .find((term) => {
        const counts = report.topics.map((t) => expectedCases({ q: term, tags: [t] }).length);
        return counts.some((n) => n === 0) && counts.some((n) => n > 0) && expectedCases({ q: term }).length > 1;
      });
    assert.ok(q, 'the cases give a term that disables some topics');
    await page.locator('#case-q').pressSequentially(q, { delay: 20 });
    await page.waitForFunction((n) => document.querySelector('#cases .result-count').textContent.includes(`找到 ${n} `), expectedCases({ q }).length);
    await check(q);
  } finally {
    await visit.close();
  }
});

for (const [what, target] of [
  ['a case', '#case-3'],
  ['a chart', '#chart-outcomes'],
]) {
  test(`sharing ${what} copies its link and says so`, async () => {
    const visit = await site.open(phone, { path: target });
    try {
      const { page } = visit;
      await visit.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      // A chart's figure is mounted live when it comes near: share from that one.
      if (target.startsWith('#chart-')) await page.waitForSelector(`${target} canvas[data-drawn]`);
      const button = page.locator(`${target} button.share`);
      await button.scrollIntoViewIfNeeded();
      await button.click();
      const status = page.locator('#share-status');
      await page.waitForFunction(() => document.getElementById('share-status').textContent === '链接已复制');
      assert.ok(await status.isVisible(), 'the confirmation is visible');
      assert.equal(await status.getAttribute('role'), 'status');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, `${site.url}${target}`);
    } finally {
      await visit.close();
    }
  });
}

test('the page carries its preview metadata, and no invented address', async () => {
  const html = readFileSync(path.join(distDir(), 'index.html'), 'utf8');
  const meta = (attr, name) => html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
  assert.equal(meta('property', 'og:title'), report.title);
  assert.ok((meta('property', 'og:description') ?? '').length > 20);
  assert.equal(meta('property', 'og:type'), 'website');
  assert.equal(meta('property', 'og:locale'), 'zh_CN');
  assert.ok(meta('name', 'twitter:card'));
  // This build was not given SITE_URL.
  assert.equal(meta('property', 'og:url'), undefined);
  assert.equal(meta('property', 'og:image'), undefined);
  assert.doesNotMatch(html, /content="https?:\/\//);
});

for (const [name, viewport, minimum] of [
  ['a 320 px phone', VIEWPORTS.smallPhone, 12],
  ['a 360 px phone', phone, 12],
  ['a 1280 px screen', desktop, 13],
]) {
  test(`chart text is at least ${minimum} px on ${name}; charts keep a comfortable width`, async () => {
    const visit = await site.open(viewport);
    try {
      const { page } = visit;
      for (const figure of await page.locator('figure.chart-figure').all()) {
        await figure.scrollIntoViewIfNeeded();
        const img = figure.locator('img');
        await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
        // The image (and the canvas over it) fills the frame.
        const shown = await figure.evaluate((f) => ({
          src: f.querySelector('img').currentSrc,
          width: f.querySelector('.chart-frame').getBoundingClientRect().width,
        }));
        const file = new URL(shown.src).pathname.split('/').slice(-2).join('/');
        const svg = readFileSync(path.join(distDir(), file), 'utf8');
        const svgWidth = Number(svg.match(/<svg[^>]*\swidth="([\d.]+)"/)[1]);
        const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
        const smallest = (Math.min(...sizes) * shown.width) / svgWidth;
        assert.ok(smallest >= minimum - 0.05, `${file}: smallest text ${smallest.toFixed(1)} px at ${viewport.width} px`);
        if (viewport.width >= 1000) assert.ok(shown.width <= 640, `${file}: ${shown.width} px wide at most`);
      }
    } finally {
      await visit.close();
    }
  });
}
