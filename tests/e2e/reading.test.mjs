// What a reader meets after the first screen (issue 15, the parts about the
// case explorer, the charts and printing): search that explains itself,
// Back that behaves, readouts where the finger is, one statement once,
// downloads that carry their context, honest captions, a clean print.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSite, VIEWPORTS } from './harness.mjs';
import { report, expectedCases, visibleCaseNumbers, usefulTag, bigrams } from './report-data.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const phone = VIEWPORTS.phone;
const SIZES = [
  ['320×568', { width: 320, height: 568, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
  ['390×844', { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true }],
  ['1280×800', VIEWPORTS.desktop],
];

/**
 * Whether `locator` shows, given a moment: the app marks itself ready before
 * the case articles get their live content (a few per task, in page order),
 * so a late article's marks and snippet follow the result count shortly.
 */
async function showsSoon(locator) {
  return locator.first().waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
}

async function search(page, q) {
  await page.locator('#case-q').fill(q);
  await page.waitForFunction((n) => document.querySelector('#cases .result-count').textContent.includes(`找到 ${n} `), expectedCases({ q }).length);
}

test('searching a topic finds every case carrying it, and the tag is highlighted', async () => {
  const visit = await site.open(phone, { path: '#cases' });
  try {
    const { page } = visit;
    const topic = usefulTag();
    const tagged = report.cases.filter((c) => c.tags.includes(topic)).map((c) => c.number);
    await search(page, topic);
    const shown = await visibleCaseNumbers(page);
    for (const n of tagged) assert.ok(shown.includes(n), `case ${n} (tagged ${topic}) is found`);
    assert.deepEqual(shown, expectedCases({ q: topic }));
    for (const n of tagged) {
      assert.ok(await showsSoon(page.locator(`#case-${n} .tags mark`, { hasText: topic })), `case ${n}'s tag is highlighted`);
    }
  } finally {
    await visit.close();
  }
});

/**
 * A search term (a topic if one will do, else a pair of characters from the
 * cases), and the cases whose first hit of it lies in their text well past
 * what the folded preview shows (or, in a report of short cases, anywhere in
 * their text rather than their title).
 */
function deepHits() {
  const bodyOf = (c) => [...c.paragraphs, ...(c.figures ?? [])].join('\n');
  const terms = [...report.topics, ...report.cases.flatMap((c) => bigrams(bodyOf(c)))];
  for (const preview of [80, 0]) {
    for (const term of terms) {
      const cases = report.cases.filter((c) => !c.title.includes(term) && bodyOf(c).indexOf(term) >= preview);
      if (cases.length > 0) return { topic: term, cases: cases.map((c) => c.number) };
    }
  }
  throw new Error('no case text has a term to search for');
}

test('every result shows a highlighted snippet around its first hit, even deep in the folded text', async () => {
  const visit = await site.open(phone, { path: '#cases' });
  try {
    const { page } = visit;
    const { topic, cases } = deepHits();
    await search(page, topic);
    for (const n of cases) {
      const snippet = page.locator(`#case-${n} .case-snippet`);
      assert.ok(await showsSoon(snippet), `case ${n} shows a snippet`);
      const mark = snippet.locator('mark');
      assert.ok(await showsSoon(mark), `case ${n}'s snippet highlights the hit`);
      assert.equal(await mark.first().innerText(), topic);
    }
    // Unfolded, the case shows its whole text instead.
    await page.locator(`#case-${cases[0]} .case-actions button[aria-expanded]`).click();
    assert.equal(await page.locator(`#case-${cases[0]} .case-snippet`).count(), 0);
  } finally {
    await visit.close();
  }
});

test('three chip taps, then one Back leaves the explorer; Back and Forward restore the scroll position', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    const arrival = page.url();
    await page.locator('#cases').scrollIntoViewIfNeeded();
    // Three topics that each tag some case (their chips are enabled).
    const topics = report.topics.filter((t) => report.cases.some((c) => c.tags.includes(t))).slice(0, 3);
    assert.equal(topics.length, 3, 'the report has three topics in use');
    for (const t of topics) await page.locator('.tag-chips button:not([disabled])', { hasText: t }).first().click();
    assert.deepEqual(new URL(page.url()).searchParams.getAll('tag'), topics);
    const explorerScroll = await page.evaluate(() => scrollY);
    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    assert.equal(page.url().split('#')[0], arrival.split('#')[0], 'one Back leaves the explorer');
    assert.deepEqual(await visibleCaseNumbers(page), report.cases.map((c) => c.number));
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('tag').length === 3);
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, explorerScroll);
  } finally {
    await visit.close();
  }
});

test('Back from a case opened from its section returns to where the reader was', async () => {
  const visit = await site.open(phone);
  try {
    const { page } = visit;
    const links = page.locator('.section-cases a');
    const link = links.nth(Math.min(3, (await links.count()) - 1));
    await link.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -100));
    const before = await page.evaluate(() => scrollY);
    await link.click();
    await page.waitForFunction(() => location.hash.startsWith('#case-'));
    await page.goBack();
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, before, { timeout: 5000 });
  } finally {
    await visit.close();
  }
});

test('a case names its section with a link, and its captions as the printed report\'s figures', async () => {
  const visit = await site.open(phone);
  try {
    const { page } = visit;
    for (const c of report.cases) {
      const href = await page.locator(`#case-${c.number} .case-meta a`).getAttribute('href');
      assert.equal(href, `#s-${c.section.replaceAll('.', '-')}`);
      const labels = await page.locator(`#case-${c.number} .case-figures .caption-label`).allTextContents();
      assert.equal(labels.length, (c.figures ?? []).length);
      assert.ok(labels.every((l) => l === '原报告配图：'), `case ${c.number}`);
    }
  } finally {
    await visit.close();
  }
});

for (const [name, viewport] of SIZES) {
  test(`a tapped bar's value shows next to it, inside the chart, with its pair outlined (${name})`, async () => {
    const visit = await site.open(viewport);
    try {
      const { page } = visit;
      const figure = page.locator('#chart-outcomes');
      await figure.scrollIntoViewIfNeeded();
      await page.waitForSelector('#chart-outcomes canvas[data-drawn]');
      const canvas = page.locator('#chart-outcomes canvas');
      await canvas.evaluate((c) => c.scrollIntoView({ block: 'center' }));
      const frame = await canvas.boundingBox();
      // The second metric's school bar: its province bar is right under it.
      const y = frame.y + frame.height * 0.2;
      if (viewport.hasTouch) await page.touchscreen.tap(frame.x + frame.width / 2, y);
      else await page.mouse.click(frame.x + frame.width / 2, y);
      const readout = page.locator('#chart-outcomes .chart-readout');
      assert.match(await readout.innerText(), /本校|全省/);
      const r = await readout.boundingBox();
      assert.ok(r.y >= frame.y - 1 && r.y + r.height <= frame.y + frame.height + 1, 'inside the chart');
      assert.ok(r.y >= 0 && r.y + r.height <= viewport.height, 'on the screen');
      assert.ok(Math.min(Math.abs(r.y - y), Math.abs(r.y + r.height - y)) < viewport.height / 3, 'next to the tapped bar');
      const mark = await page.locator('#chart-outcomes .chart-mark').boundingBox();
      assert.ok(mark.y <= y && mark.y + mark.height >= y, 'the outline covers the tapped bar');
      const text = await readout.innerText();
      const metric = report.outcomes.metrics.find((m) => text.includes(m.label));
      assert.ok(metric, `the readout names a metric: ${text}`);
      // Keyboard: the next item is the same metric's province bar, inside the same outline.
      await canvas.focus();
      const before = mark;
      await page.keyboard.press(text.includes('本校') ? 'ArrowDown' : 'ArrowUp');
      const after = await page.locator('#chart-outcomes .chart-mark').boundingBox();
      assert.deepEqual(after, before, 'school and province share one outline');
    } finally {
      await visit.close();
    }
  });
}

test('a chart says what it shows in one short line; the full description is its text alternative', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    for (const figure of await page.locator('figure[data-island="chart"]').all()) {
      const summary = figure.locator('.chart-summary');
      const lines = await summary.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
      assert.equal(lines, 1, `${await figure.getAttribute('id')}: ${await summary.innerText()}`);
      const alt = await figure.locator('img').getAttribute('alt');
      assert.ok(alt.length > (await summary.innerText()).length, 'the description says more');
    }
    assert.match(await page.locator('#chart-outcomes .chart-summary').innerText(), new RegExp(`^${report.outcomes.metrics.length} 项指标中 `));
  } finally {
    await visit.close();
  }
});

test('downloads carry the chart\'s title, summary, source and report', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    await page.locator('#chart-outcomes').scrollIntoViewIfNeeded();
    const file = async (format) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#chart-outcomes [data-format=${format}]`)]);
      return readFile(await download.path());
    };
    const title = await page.locator('#chart-outcomes .chart-title').innerText();
    const svg = (await file('svg')).toString('utf8');
    const headline = await page.locator('#chart-outcomes .chart-summary').innerText();
    for (const part of [title, headline, '数据来源', report.title]) {
      assert.ok(svg.includes(part), `the SVG carries “${part}”`);
    }
    const csv = (await file('csv')).toString('utf8').replace(/^\ufeff/, '').split('\r\n');
    assert.ok(csv[0].includes(title), csv[0]);
    assert.ok(csv.slice(0, 6).some((l) => l.includes(report.title)), 'the CSV names the report in its first lines');
    const png = await file('png');
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.ok(height > width * 0.9, `the PNG holds the framed chart: ${width}×${height}`);
  } finally {
    await visit.close();
  }
});

test('print: no hint, readout, download label, share button or case control', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    await page.locator('#chart-outcomes').scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-outcomes canvas[data-drawn]');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.chart-hint', '.chart-readout', '.chart-downloads-label', '.chart-downloads', '.share', '.case-controls', '.chart-switch']) {
      const visible = await page.$$eval(selector, (els) => els.filter((e) => e.checkVisibility()).length);
      assert.equal(visible, 0, `${selector} does not print`);
    }
    assert.ok(await page.locator('#chart-outcomes img').isVisible(), 'charts print as their images');
    assert.ok(await page.locator('#chart-outcomes table').isVisible(), 'with their figures');
  } finally {
    await visit.close();
  }
});
